import Foundation
import LiaisonTestSupport
import Testing
@testable import LiaisonCore

/// R5 keeps when a contact happened and when it was entered. A contact typed up the next
/// morning must not read in the handover like one recorded during the call.
@Suite struct ReportLateEntryTests {
    /// Tuesday 24 November 2026: one contact entered five minutes after the call, one entered at
    /// 11:00 the next day (20 hours late), and one entered exactly an hour after it happened.
    private static func report() throws -> HandoverReport {
        let f = try Fixture()
        let edith = try f.person("Edith Brown")
        let gp = try f.partner("Dr Patel")
        func add(_ summary: String, happened: Date, entered: Date) throws {
            f.clock.set(entered)
            _ = try f.store.addContact(ContactDraft(
                personID: edith.id, partnerID: gp.id, channel: .phone, happenedAt: happened, summary: summary))
        }
        try add("On time", happened: ReportFixture.at(2026, 11, 24, 9, 0), entered: ReportFixture.at(2026, 11, 24, 9, 5))
        try add("An hour on", happened: ReportFixture.at(2026, 11, 24, 10, 0), entered: ReportFixture.at(2026, 11, 24, 11, 0))
        try add("Typed up next day", happened: ReportFixture.at(2026, 11, 24, 15, 0), entered: ReportFixture.at(2026, 11, 25, 11, 0))
        f.clock.set(ReportFixture.at(2026, 11, 25, 12, 0))
        return try HandoverReport.gather(from: f.store, day: ReportFixture.at(2026, 11, 24, 0, 0))
    }

    @Test func theTextMarksOnlyTheContactEnteredMoreThanAnHourLate() throws {
        let text = try Self.report().text()
        let contacts = try #require(text.components(separatedBy: "\n\n").first { $0.hasPrefix("CONTACTS") })
        #expect(contacts == """
            CONTACTS (3, 0 reviewed)
            ------------------------
              09:00  Edith Brown · Dr Patel, GP (Riverside Surgery) · phone, incoming
                     On time
                     Recorded by Amara Shift-Lead · not reviewed
              10:00  Edith Brown · Dr Patel, GP (Riverside Surgery) · phone, incoming
                     An hour on
                     Recorded by Amara Shift-Lead · not reviewed
              15:00  Edith Brown · Dr Patel, GP (Riverside Surgery) · phone, incoming
                     Typed up next day
                     Recorded by Amara Shift-Lead · entered 20 h later, 25 Nov 11:00
                     not reviewed
            """)
    }

    @Test func markdownSaysSoBesideWhoRecordedIt() throws {
        let markdown = try Self.report().markdown()
        let rows = markdown.split(separator: "\n").filter { $0.contains("Typed up next day") || $0.contains("On time") }
        #expect(rows.count == 2)
        #expect(rows.first?.contains("| Amara Shift-Lead (entered 20 h later, 25 Nov 11:00) |") == false)
        #expect(rows.last?.contains("| Amara Shift-Lead (entered 20 h later, 25 Nov 11:00) |") == true)
    }

    @Test func csvAndJSONCarryTheEntryTimeOfEveryContact() throws {
        let report = try Self.report()
        let table = try #require(RFC4180Reader.table(report.csv()))
        let entered = table.filter { $0["section"] == "contact" }.map { $0["entered"] }
        #expect(entered == ["2026-11-24 09:05", "2026-11-24 11:00", "2026-11-25 11:00"])

        let object = try #require(try JSONSerialization.jsonObject(with: Data(report.json().utf8)) as? [String: Any])
        let contacts = try #require(object["contacts"] as? [[String: Any]])
        #expect(contacts.map { $0["enteredAt"] as? String } == ["2026-11-24T09:05:00Z", "2026-11-24T11:00:00Z", "2026-11-25T11:00:00Z"])
    }

    /// Advice typed up the next morning belongs to a day whose handover has been read: it is in
    /// the handover of the day it is entered, under its own heading, each contact reviewed or not
    /// by its own day's review, however soon after midnight it was typed.
    @Test func whatIsEnteredForAnEarlierDayIsInTheHandoverOfTheDayItIsEntered() throws {
        let f = try Fixture()
        let edith = try f.person("Edith Brown")
        let gp = try f.partner("Dr Patel")
        func at(_ day: Int, _ hour: Int, _ minute: Int) -> Date { ReportFixture.at(2026, 11, day, hour, minute) }
        func add(_ summary: String, happened: Date, entered: Date, advice: String? = nil) throws -> Contact {
            f.clock.set(entered)
            return try f.store.addContact(ContactDraft(
                personID: edith.id, partnerID: gp.id, channel: .phone, happenedAt: happened, summary: summary, advice: advice))
        }
        // Monday is reviewed at 20:00. On Tuesday a call at ten to midnight is typed at 00:10, one
        // of Monday's afternoon is typed up at 09:00 and reviewed on its own, and a visit of the
        // week before is typed in from paper.
        _ = try add("Monday's call", happened: at(23, 10, 0), entered: at(23, 10, 5))
        f.clock.set(at(23, 20, 0))
        _ = try f.store.markDayReviewed(at(23, 0, 0))
        let night = try add("Rang at ten to midnight", happened: at(23, 23, 50), entered: at(24, 0, 10), advice: "Check her hip every four hours")
        let typed = try add("Typed up next morning", happened: at(23, 15, 0), entered: at(24, 9, 0))
        f.clock.set(at(24, 9, 30))
        _ = try f.store.markReviewed(typed)
        let paper = try add("Visit from the paper notes", happened: at(17, 11, 0), entered: at(24, 10, 0))
        _ = try add("Tuesday's own call", happened: at(24, 11, 0), entered: at(24, 11, 5))
        f.clock.set(at(24, 12, 0))

        let report = try HandoverReport.gather(from: f.store, day: at(24, 0, 0))
        #expect(report.contacts.map(\.summary) == ["Tuesday's own call"])
        #expect(report.lateEntries.map(\.id) == [paper.id, typed.id, night.id])
        let text = report.text()
        let section = try #require(text.components(separatedBy: "\n\n").first { $0.hasPrefix("ENTERED FOR EARLIER DAYS") })
        #expect(section == """
            ENTERED FOR EARLIER DAYS (3, 1 reviewed)
            ----------------------------------------
              17 Nov 11:00  Edith Brown · Dr Patel, GP (Riverside Surgery) · phone, incoming
                     Visit from the paper notes
                     Recorded by Amara Shift-Lead · entered 6 d later, 24 Nov 10:00
                     not reviewed
              23 Nov 15:00  Edith Brown · Dr Patel, GP (Riverside Surgery) · phone, incoming
                     Typed up next morning
                     Recorded by Amara Shift-Lead · entered 18 h later, 24 Nov 09:00
                     reviewed by Amara Shift-Lead
              23 Nov 23:50  Edith Brown · Dr Patel, GP (Riverside Surgery) · phone, incoming
                     Rang at ten to midnight
                     Advice: “Check her hip every four hours”
                     Confirmation: decide: ask in writing (no decision recorded)
                     Recorded by Amara Shift-Lead · entered 24 Nov 00:10 · not reviewed
            """, "\(text)")
        // Monday's own handover, made again, still holds them as its contacts, and says its
        // review does not cover the two entered after it.
        let monday = try HandoverReport.gather(from: f.store, day: at(23, 0, 0))
        #expect(monday.contacts.count == 3 && monday.lateEntries.isEmpty)
        #expect(monday.text().contains("1 contact entered since is not reviewed"), "\(monday.text())")

        #expect(report.markdown().contains("""
            ## Entered for earlier days (3, 1 reviewed)

            | Happened | Person |
            """), "\(report.markdown())")
        #expect(report.markdown().contains("| 23 Nov 23:50 | Edith Brown | Dr Patel (GP) | phone, incoming | Rang at ten to midnight |"))
        #expect(report.markdown().contains("| Amara Shift-Lead (entered 24 Nov 00:10) | no |"))
        let table = try #require(RFC4180Reader.table(report.csv()))
        let late = table.filter { $0["section"] == "entered-late" }
        #expect(late.map { $0["id"] } == [paper.id, typed.id, night.id])
        #expect(late.map { $0["day"] } == ["2026-11-24", "2026-11-24", "2026-11-24"], "on the day it was entered")
        #expect(late.map { $0["time"] } == ["2026-11-17 11:00", "2026-11-23 15:00", "2026-11-23 23:50"])
        #expect(late.map { $0["reviewed"] } == ["no", "yes", "no"])
        #expect(report.markdown().contains("| Amara Shift-Lead (entered 18 h later, 24 Nov 09:00) | yes, by Amara Shift-Lead |"), "\(report.markdown())")
        let back = try HandoverReport.jsonDecoder.decode(HandoverReport.self, from: Data(report.json().utf8))
        #expect(back == report)

        // A week to Tuesday holds Monday's calls as its own contacts; only the visit from the
        // week before is entered for an earlier day, on the day it was entered.
        let week = try HandoverReport.gather(from: f.store, first: at(18, 0, 0), last: at(24, 0, 0))
        #expect(week.lateEntries.map(\.id) == [paper.id])
        #expect(try #require(RFC4180Reader.table(week.csv())).first { $0["section"] == "entered-late" }?["day"] == "2026-11-24")
        // Narrowed to a nature, the section is narrowed too: none of these is classified.
        let formal = try HandoverReport.gather(from: f.store, period: .day(at(24, 0, 0)), nature: ["formal"])
        #expect(formal.lateEntries.isEmpty)
        #expect(formal.text().contains("ENTERED FOR EARLIER DAYS (0, 0 reviewed, formal only)"), "narrowed, and says so: \(formal.text())")
        #expect(formal.markdown().contains("## Entered for earlier days (0, 0 reviewed, formal only)"))
    }

    /// An acknowledgement covers what was in the handover when it was read: a contact entered
    /// after it, for the day or for an earlier one, is said not to have been in it.
    @Test func whatWasEnteredAfterTheHandoverWasReadIsSaidNotToBeInIt() throws {
        let f = try Fixture()
        let edith = try f.person("Edith Brown")
        let gp = try f.partner("Dr Patel")
        func at(_ hour: Int, _ minute: Int) -> Date { ReportFixture.at(2026, 11, 24, hour, minute) }
        func add(_ summary: String, happened: Date, entered: Date) throws {
            f.clock.set(entered)
            _ = try f.store.addContact(ContactDraft(personID: edith.id, partnerID: gp.id, channel: .phone, happenedAt: happened, summary: summary))
        }
        try add("Morning call", happened: at(9, 0), entered: at(9, 5))
        f.clock.set(at(19, 0))
        _ = try f.store.acknowledgeHandover(of: at(0, 0))
        var text = try HandoverReport.gather(from: f.store, day: at(0, 0)).text(width: 200)
        #expect(text.contains("Handover read and acknowledged by Amara Shift-Lead at 24 Nov 19:00.\n"), "\(text)")
        try add("Send to A&E if her temperature passes 39", happened: at(19, 20), entered: at(19, 30))
        text = try HandoverReport.gather(from: f.store, day: at(0, 0)).text(width: 200)
        #expect(text.contains("at 24 Nov 19:00; 1 contact entered since was not in it.\n"), "\(text)")
        try add("Yesterday's visit", happened: ReportFixture.at(2026, 11, 23, 15, 0), entered: at(19, 40))
        let report = try HandoverReport.gather(from: f.store, day: at(0, 0))
        #expect(report.text(width: 200).contains("at 24 Nov 19:00; 2 contacts entered since were not in it.\n"), "\(report.text(width: 200))")
        #expect(report.markdown().contains("2 contacts entered since were not in it."), "\(report.markdown())")
    }

    /// A report written before it listed what was entered for earlier days still reads back.
    @Test func aReportWrittenBeforeLateEntriesReadsBack() throws {
        let json = try ReportFixture().report().json()
        var object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["enteredLate"] != nil)
        object["enteredLate"] = nil
        let older = try JSONSerialization.data(withJSONObject: object)
        let report = try HandoverReport.jsonDecoder.decode(HandoverReport.self, from: older)
        #expect(report.enteredLate == nil && report.lateEntries.isEmpty)
        #expect(report.text().contains("ENTERED FOR EARLIER DAYS (0, 0 reviewed)"))
    }

    @Test func lateIsCountedInWholeHoursFromAnHourOn() {
        let at = ReportFixture.at(2026, 11, 24, 9, 0)
        func late(after seconds: TimeInterval) -> Int? {
            HandoverReport.ContactEntry(
                id: "c", happenedAt: at, enteredAt: at.addingTimeInterval(seconds), person: "", partner: "", role: .gp,
                organisation: nil, channel: .phone, direction: .incoming, summary: "", advice: nil, confirmation: nil,
                carePlanAmendment: nil, sharedByUs: false, sharingException: nil, nature: nil, recordedBy: "", reviewed: false,
                reviewedBy: nil).hoursEnteredLate
        }
        #expect(late(after: 3_600) == nil)
        #expect(late(after: 3_660) == 1)
        #expect(late(after: 49 * 3_600) == 49)
        // A contact dated a little after its entry (clock skew between machines) is not late.
        #expect(late(after: -120) == nil)
    }
}

/// A share under an exception typed up the next morning is on the register of the day it is
/// entered (R3): the manager reads each day's, and the day it happened was handed over without it.
@Suite struct ReportLateExceptionTests {
    @Test func aShareEnteredForAnEarlierDayIsOnTheRegisterWithItsDate() throws {
        let f = try Fixture()
        let harold = try f.person("Harold Finch", basis: .withdrawn)
        let nurse = try f.partner("Kofi Asante", role: .districtNurse)
        f.clock.set(ReportFixture.at(2026, 11, 25, 9, 0))
        _ = try f.store.addContact(ContactDraft(
            personID: harold.id, partnerID: nurse.id, channel: .visit, happenedAt: ReportFixture.at(2026, 11, 24, 16, 30),
            summary: "Told the nurse about a sore", sharedByUs: true,
            exception: SharingException(kind: .safeguarding, reason: "Untreated sore; he is at risk without the nurse's visit")))
        _ = try f.store.addContact(ContactDraft(
            personID: harold.id, partnerID: nurse.id, channel: .phone, happenedAt: ReportFixture.at(2026, 11, 25, 8, 45),
            summary: "Sent the wound photos", sharedByUs: true,
            exception: SharingException(kind: .safeguarding, reason: "The nurse needs to see how it has spread")))
        f.clock.set(ReportFixture.at(2026, 11, 25, 12, 0))
        let report = try HandoverReport.gather(from: f.store, day: ReportFixture.at(2026, 11, 25, 0, 0))
        #expect(report.sharingExceptions.map(\.summary) == ["Told the nurse about a sore", "Sent the wound photos"], "oldest first")

        let text = report.text()
        let register = try #require(text.components(separatedBy: "\n\n").first { $0.hasPrefix("SHARING EXCEPTIONS REGISTER") })
        #expect(register.hasPrefix("SHARING EXCEPTIONS REGISTER (2, 0 acknowledged)"), "\(register)")
        #expect(register.contains("  24 Nov 16:30  Harold Finch · Kofi Asante, District nurse"), "\(register)")
        #expect(register.contains("  08:45  Harold Finch · Kofi Asante, District nurse"), "\(register)")

        let markdown = report.markdown()
        #expect(markdown.contains("| 24 Nov 16:30 | Harold Finch |") && markdown.contains("| 08:45 | Harold Finch |"), "\(markdown)")
        let rows = try #require(RFC4180Reader.table(report.csv())).filter { $0["section"] == "sharing-exception" }
        #expect(rows.map { $0["time"] } == ["2026-11-24 16:30", "2026-11-25 08:45"])

        // The day it happened, handed over before it was entered, did not have it; read again now, it does.
        let before = try HandoverReport.gather(from: f.store, day: ReportFixture.at(2026, 11, 24, 0, 0))
        #expect(before.sharingExceptions.map(\.summary) == ["Told the nurse about a sore"])
    }

    /// An earlier contact corrected today into a share under an exception, and any earlier share
    /// the manager has not acknowledged, are on today's register; one acknowledged is not.
    @Test func anEarlierShareNotYetAcknowledgedIsOnTheRegister() throws {
        let f = try Fixture()
        let harold = try f.person("Harold Finch", basis: .withdrawn)
        let nurse = try f.partner("Kofi Asante", role: .districtNurse)
        f.clock.set(ReportFixture.at(2026, 11, 22, 16, 0))
        let visit = try f.store.addContact(ContactDraft(
            personID: harold.id, partnerID: nurse.id, channel: .visit, summary: "Nurse dressed the sore", sharedByUs: false))
        let read = try f.store.addContact(ContactDraft(
            personID: harold.id, partnerID: nurse.id, channel: .phone, summary: "Sent the care plan", sharedByUs: true,
            exception: SharingException(kind: .safeguarding, reason: "The nurse needs the plan to keep him safe")))
        _ = try f.store.acknowledgeException(read)
        f.clock.set(ReportFixture.at(2026, 11, 25, 9, 0))
        var shared = visit
        shared.sharedByUs = true
        shared.sharingException = SharingException(kind: .safeguarding, reason: "We told the nurse about the sore to protect him")
        _ = try f.store.correct(shared, reason: "We did share: the sore was pointed out to the nurse")
        let report = try HandoverReport.gather(from: f.store, day: ReportFixture.at(2026, 11, 25, 0, 0))
        #expect(report.sharingExceptions.map(\.summary) == ["Nurse dressed the sore"], "the acknowledged one is not listed again")
        #expect(report.text().contains("  22 Nov 16:00  Harold Finch · Kofi Asante, District nurse"), "\(report.text())")
    }
}
