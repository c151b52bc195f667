import Foundation
import GRDB
import LiaisonTestSupport
import Testing
@testable import LiaisonCore

/// `check` on records that are whole but whose facts cannot all be right, made as an older
/// version, an import or a hand with sqlite3 could make them: warnings naming each, and the
/// store still passes, since nothing is damaged.
@Suite struct StoreCheckFactsTests {
    @Test func factsThatCannotAllBeRightAreWarnedOf() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = folder.path("care.sqlite")
        let store = try Store.create(path: path, staff: "Amara", clock: ManualClock(Fixture.start), calendar: Fixture.utc)
        let edith = try store.addPerson(PersonDraft(name: "Edith Brown", location: "Room 3"))
        let gp = try store.addPartner(PartnerDraft(name: "Dr Patel", role: .gp))
        let advice = try store.addContact(ContactDraft(personID: edith.id, partnerID: gp.id, channel: .phone, summary: "GP rang",
                                                       advice: "Stop the aspirin", confirmation: .requested))
        let healthy = try StoreCheck.run(path: path, now: Fixture.start)
        #expect(healthy.problems.isEmpty && healthy.warnings.isEmpty, "\(healthy.warnings)")

        let audit = Audit(by: "Amara", at: Fixture.start)
        let yearOne = try #require(Fixture.utc.date(from: DateComponents(year: 26, month: 11, day: 24)))   // "0026" for 2026
        var received = advice
        received.id = RecordID.make()
        received.confirmation?.state = .received
        received.confirmation?.receivedAt = (advice.confirmation?.requestedAt ?? Fixture.start) - 86_400
        try store.bulkLoad { records in
            try records.add(Person(name: "Harold Finch", discharged: yearOne, audit: audit))
            // Two people still here who show alike, as an older store can hold them.
            try records.add(Person(name: "edith  brown", location: "room3", audit: audit))
            try records.add(received)
            try records.add(CareTask(title: "Book the review", due: Fixture.start + 200 * 365 * 86_400, audit: audit))
        }
        try store.close()
        let report = try StoreCheck.run(path: path, now: Fixture.start)
        #expect(report.problems.isEmpty && report.isHealthy, "\(report.problems)")
        let harold = report.warnings.first { $0.contains("the day they left") }
        #expect(harold?.hasSuffix("the day they left is dated 0026-11-24, before any record here can be; the year was most likely typed wrong, so correct it") == true,
                "\(report.warnings)")
        #expect(report.warnings.contains { $0.hasPrefix("task ") && $0.contains("when it is due is dated 2226-") && $0.contains("more than 100 years ahead") })
        #expect(report.warnings.contains("contact \(received.id): its written confirmation was received (2026-11-24) before it was asked for (2026-11-25)"),
                "\(report.warnings)")
        #expect(report.warnings.contains { $0.hasPrefix("person ") && $0.contains("shows exactly as person ") && $0.contains("give one a room") })
        #expect(report.warnings.count == 4, "\(report.warnings)")
    }
}

/// Steps whose times or outcome are missing or out of order, as an export edited by hand can
/// bring them: each is warned of, and text no form takes is a problem, since an export of the
/// store would not import.
@Suite struct StoreCheckStepsTests {
    @Test func stepsWithoutTheirTimesOrOutcomeAreWarnedOf() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = folder.path("care.sqlite")
        let store = try Store.create(path: path, staff: "Amara", clock: ManualClock(Fixture.start), calendar: Fixture.utc)
        let audit = Audit(by: "Amara", at: Fixture.start)
        var done = CareTask(title: "Book the review", due: Fixture.start + 86_400, audit: audit)
        done.status = .done
        var closedEarly = CareTask(title: "Ring the pharmacy", due: Fixture.start + 86_400, audit: audit)
        closedEarly.status = .done
        closedEarly.outcome = "Rang them back"
        closedEarly.closedAt = Fixture.start - 86_400
        var resolved = Escalation(kind: .disagreement, summary: "GP declined a visit", manager: "Ruth", raisedAt: Fixture.start,
                                  acknowledgeBy: Fixture.start + 86_400, resolveBy: Fixture.start + 3 * 86_400, audit: audit)
        resolved.stage = .resolved
        var acknowledgedEarly = resolved
        acknowledgedEarly.id = RecordID.make()
        acknowledgedEarly.stage = .acknowledged
        acknowledgedEarly.acknowledgedAt = Fixture.start - 86_400
        var died = Person(name: "Harold Finch", audit: audit)
        died.leaving = Person.Leaving(kind: .died)
        let escaped = Person(name: "Ann \u{1B}[2J", audit: audit)
        try store.bulkLoad { records in
            try records.add(done)
            try records.add(closedEarly)
            try records.add(resolved)
            try records.add(acknowledgedEarly)
            try records.add(died)
            try records.add(escaped)
        }
        try store.close()
        let report = try StoreCheck.run(path: path, now: Fixture.start)
        let expected = [
            "task \(done.id): it is done, with no time it was closed, so no handover lists it as closed",
            "task \(done.id): it is done, with no outcome",
            "task \(closedEarly.id): it was closed (2026-11-24) before it was entered (2026-11-25)",
            "escalation \(resolved.id): it is resolved, with no time it was resolved, so no handover lists it as resolved",
            "escalation \(resolved.id): it is resolved, with no outcome",
            "escalation \(acknowledgedEarly.id): it was acknowledged (2026-11-24) before it was raised (2026-11-25)",
            "person \(died.id): they left (died) on no day, so every list shows them as still here; correct the day they left",
        ]
        for warning in expected { #expect(report.warnings.contains(warning), "\(warning)\n\(report.warnings)") }
        #expect(report.warnings.count == expected.count, "\(report.warnings)")
        #expect(report.problems == [
            "person \(escaped.id): name: The person's name holds an invisible control character (␛); type it again without it; import refuses it, so an export of this store cannot be restored until it is corrected",
        ], "\(report.problems)")
    }
}

/// A store anyone on the machine can read (copied with `cp` under a wide umask, or a `chmod`
/// too wide) is warned of, naming the file and how to close it; a team's group permissions are not.
@Suite struct StoreCheckPermissionsTests {
    @Test func aStoreOthersCanReadIsWarnedOf() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = folder.path("care.sqlite")
        let store = try Store.create(path: path, staff: "Amara", clock: ManualClock(Fixture.start), calendar: Fixture.utc)
        try store.close()
        #expect(try StoreCheck.run(path: path, now: Fixture.start).warnings.isEmpty)
        chmod(path, 0o660)
        #expect(try StoreCheck.run(path: path, now: Fixture.start).warnings.isEmpty, "a team's group may read it")
        chmod(path, 0o644)
        let warnings = try StoreCheck.run(path: path, now: Fixture.start).warnings
        #expect(warnings == [
            "\(path) can be read by anyone who logs in to this machine (permissions 644); make it private with `chmod o-rwx \(path)`",
        ], "\(warnings)")
    }
}

/// A script's or an old build's fault repeated over many records: a few of each kind are named,
/// the rest counted, and every one when asked for.
@Suite struct StoreCheckWarningTallyTests {
    @Test func theFirstOfEachKindAreNamedAndTheRestCounted() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = folder.path("care.sqlite")
        let store = try Store.create(path: path, staff: "Amara", clock: ManualClock(Fixture.start), calendar: Fixture.utc)
        let audit = Audit(by: "Amara", at: Fixture.start)
        let kept = StoreCheck.samplesPerWarning
        // Tasks done with no closing time and an outcome: one kind, three more than are named.
        var done: [CareTask] = []
        for n in 0..<(kept + 3) {
            var task = CareTask(title: "Book review \(n)", due: Fixture.start + 86_400, audit: audit)
            task.status = .done
            task.outcome = "Booked"
            done.append(task)
        }
        // Due dates a century out, each a different year: one kind, whatever the year.
        let far = (0..<(kept + 1)).map { n in CareTask(title: "Far \(n)", due: Fixture.start + Double(150 + n) * 365 * 86_400, audit: audit) }
        try store.bulkLoad { records in
            for task in done + far { try records.add(task) }
        }
        try store.close()

        let report = try StoreCheck.run(path: path, now: Fixture.start)
        #expect(report.isHealthy)
        let unclosed = report.warnings.filter { $0.hasSuffix("it is done, with no time it was closed, so no handover lists it as closed") }
        #expect(unclosed.count == kept)
        #expect(unclosed.first == "task \(done[0].id): it is done, with no time it was closed, so no handover lists it as closed")
        let farOff = report.warnings.filter { $0.contains("when it is due is dated") }
        #expect(farOff.count == kept)
        #expect(report.warnings.filter { $0.hasPrefix("and ") } == [
            "and 3 more warnings like the \(kept) above about task records; `liaison check --every-warning` names them all",
            "and 1 more warning like the \(kept) above about task records; `liaison check --every-warning` names them all",
        ])
        // Each count follows the records of its kind.
        let firstCount = try #require(report.warnings.firstIndex { $0.hasPrefix("and 3 more") })
        #expect(report.warnings[firstCount - 1] == unclosed.last)

        let every = try StoreCheck.run(path: path, now: Fixture.start, warningsPerKind: nil)
        #expect(every.warnings.count == done.count + far.count)
        #expect(!every.warnings.contains { $0.hasPrefix("and ") })
    }
}

/// A record written by hand with an id Liaison never makes: a look-up by a name or a short id
/// could find it in place of the one meant, so `check` names it as a problem.
@Suite struct StoreCheckIDTests {
    @Test func anIdLiaisonNeverMakesIsAProblem() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = folder.path("care.sqlite")
        let store = try Store.create(path: path, staff: "Amara", clock: ManualClock(Fixture.start), calendar: Fixture.utc)
        _ = try store.addPerson(PersonDraft(name: "Edith Brown"))
        try store.bulkLoad { records in
            try records.add(Person(id: "edith brown", name: "Mallory Jones", audit: Audit(by: "Amara", at: Fixture.start)))
        }
        try store.close()
        let report = try StoreCheck.run(path: path, now: Fixture.start)
        #expect(!report.isHealthy)
        #expect(report.problems == ["person edith brown: “edith brown” is not an id Liaison makes (36 characters, as 9f2c1a7e-…, in lower case); "
            + "a record with it could be found in place of another when staff type a name or a short id"], "\(report.problems)")
    }
}

/// Moments said to have passed that are yet to come, as a hand or a machine with a fast clock
/// can write them: import refuses each, so `check` names each as a problem (review). A review
/// mark made "tomorrow" read every contact entered until then as reviewed.
@Suite struct StoreCheckMomentTests {
    @Test func aMomentYetToComeIsAProblemAsImportRefusesIt() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = folder.path("care.sqlite")
        let store = try Store.create(path: path, staff: "Amara", clock: ManualClock(Fixture.start), calendar: Fixture.utc)
        let edith = try store.addPerson(PersonDraft(name: "Edith Brown"))
        let gp = try store.addPartner(PartnerDraft(name: "Dr Patel", role: .gp))
        let tomorrow = Fixture.start + 86_400
        let mark = DayReview(day: DateInput.dayKey(Fixture.start, calendar: Fixture.utc), audit: Audit(by: "Amara", at: tomorrow))
        var early = try store.addContact(ContactDraft(personID: edith.id, partnerID: gp.id, channel: .phone, summary: "GP rang"))
        early.id = RecordID.make()
        early.audit.createdAt = Fixture.start - 7200
        early.audit.changedAt = early.audit.createdAt
        early.happenedAt = Fixture.start - 3600     // an hour after it was entered
        try store.bulkLoad { records in
            try records.add(mark)
            try records.add(early)
        }
        try store.close()
        let report = try StoreCheck.run(path: path, now: Fixture.start)
        #expect(report.problems.count == 2, "\(report.problems)")
        #expect(report.problems.contains { $0.hasPrefix("day-review \(mark.id): ") && $0.contains("which is later than now")
            && $0.hasSuffix("import refuses it, so an export of this store cannot be restored until it is corrected") }, "\(report.problems)")
        #expect(report.problems.contains { $0.hasPrefix("contact \(early.id): ") && $0.contains("after it was entered") }, "\(report.problems)")
        #expect(report.warnings.isEmpty, "said once, as a problem: \(report.warnings)")
    }

    /// A mark stamped now of a day ahead (an import's, or a file edited by hand) read every
    /// contact of that day as reviewed by someone who never saw it: import refuses it, and
    /// `check` names it, whatever time zone the file was written in.
    @Test func aMarkMadeBeforeItsDayBeganIsAProblem() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = folder.path("care.sqlite")
        let store = try Store.create(path: path, staff: "Amara", clock: ManualClock(Fixture.start), calendar: Fixture.utc)
        let audit = Audit(by: "Amara", at: Fixture.start)    // 2026-11-25 10:00 UTC
        let ahead = DayReview(day: "2026-11-27", audit: audit)
        let tomorrowInKiribati = DayReview(day: "2026-11-26", audit: audit)   // begun at UTC+14 by then
        let today = DayReview(day: "2026-11-25", audit: audit)
        try store.bulkLoad { records in
            try records.add(ahead)
            try records.add(tomorrowInKiribati)
            try records.add(today)
        }
        try store.close()
        let report = try StoreCheck.run(path: path, now: Fixture.start)
        #expect(report.problems == [
            "day-review \(ahead.id): marks 2026-11-27, but was made 2026-11-25T10:00:00Z, before that day began; "
                + "a day is marked once it has begun; import refuses it, so an export of this store cannot be restored until it is corrected",
        ], "\(report.problems)")
        #expect(fieldError { try EntryTimeRule.check(ahead, now: Fixture.start) }?.field == "day")
        #expect(fieldError { try EntryTimeRule.check(tomorrowInKiribati, now: Fixture.start) } == nil)
    }
}

/// A date no export can write so that import reads it back (a year 33658 put into a file by
/// hand) makes every backup of the store one that cannot be restored: `check` names it as a
/// problem, in a plan (a date to resolve by, a due date) as in a fact.
@Suite struct StoreCheckUnexportableDateTests {
    @Test func aYearNoExportCanCarryIsAProblem() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = folder.path("care.sqlite")
        let store = try Store.create(path: path, staff: "Amara", clock: ManualClock(Fixture.start), calendar: Fixture.utc)
        let audit = Audit(by: "Amara", at: Fixture.start)
        let farOff = try #require(Fixture.utc.date(from: DateComponents(year: 33658, month: 3, day: 1)))
        let beforeCalendars = try #require(Fixture.utc.date(from: DateComponents(era: 0, year: 5, month: 3, day: 1)))
        let early = try #require(Fixture.utc.date(from: DateComponents(year: 1500, month: 3, day: 1)))
        let escalation = Escalation(kind: .disagreement, summary: "GP declined a visit", manager: "Ruth", raisedAt: Fixture.start,
                                    acknowledgeBy: Fixture.start + 86_400, resolveBy: farOff, audit: audit)
        let task = CareTask(title: "Book the review", due: beforeCalendars, audit: audit)
        let agreement = PartnershipAgreement(personID: RecordID.make(), starts: early, audit: audit)
        try store.bulkLoad { records in
            try records.add(escalation)
            try records.add(task)
        }
        try store.close()
        let report = try StoreCheck.run(path: path, now: Fixture.start)
        #expect(report.problems.contains(
            "escalation \(escalation.id): resolve-by is dated 33658-03-01, which no export can write so that import reads it back; "
                + "correct it, or an export of this store cannot be restored"), "\(report.problems)")
        #expect(report.problems.contains { $0.hasPrefix("task \(task.id): due is dated 0005 BC-") }, "\(report.problems)")
        #expect(report.problems.count == 2, "\(report.problems)")
        #expect(!report.isHealthy)

        // A moment said to have passed in year 33658 is yet to come: named once, as that.
        var contact = Contact(personID: RecordID.make(), partnerID: RecordID.make(), channel: .phone, happenedAt: Fixture.start,
                              summary: "GP rang", audit: audit)
        contact.happenedAt = farOff
        #expect(contact.unexportableMoments(now: Fixture.start).isEmpty)
        contact.happenedAt = beforeCalendars
        #expect(contact.unexportableMoments(now: Fixture.start).count == 1)

        // Years Foundation writes with four digits come back as they went, before 1582 too.
        #expect(agreement.unexportableMoments(now: Fixture.start).isEmpty)
        #expect(ExportableDate.holds(early) && ExportableDate.holds(Fixture.start))
        #expect(!ExportableDate.holds(farOff) && !ExportableDate.holds(beforeCalendars))
    }
}

/// A partner's phone or email no one can use, kept from before the rules or imported: `check`
/// warns of it, so it is corrected before someone dials it mid-call; import still takes it.
@Suite struct StoreCheckPartnerDetailTests {
    @Test func aPhoneWithNoNumberAndAnEmailWithNoDomainAreWarnedOf() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = folder.path("care.sqlite")
        let store = try Store.create(path: path, staff: "Amara", clock: ManualClock(Fixture.start), calendar: Fixture.utc)
        let audit = Audit(by: "Amara", at: Fixture.start)
        let reception = Partner(name: "Dr Patel", role: .gp, phone: "call reception", email: "jones@", audit: audit)
        let fine = Partner(name: "Kofi Asante", role: .districtNurse, phone: "ext 2201", email: "kofi@trust.nhs.uk", audit: audit)
        try store.bulkLoad { records in
            try records.add(reception)
            try records.add(fine)
        }
        try store.close()
        let report = try StoreCheck.run(path: path, now: Fixture.start)
        #expect(report.warnings == [
            "partner \(reception.id): phone: “call reception” has no number to ring in it: a phone number is its digits (words such as “ext 12” or “mobile” may go with them)",
            "partner \(reception.id): email: “jones@” is not an email address: it is written name@place.domain in plain letters and digits, as jones@surgery.nhs.uk",
        ], "\(report.warnings)")
        #expect(report.problems.isEmpty && report.isHealthy)
    }
}
