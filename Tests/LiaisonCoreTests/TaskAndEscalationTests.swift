import Foundation
import LiaisonTestSupport
import Testing
@testable import LiaisonCore

@Suite struct TaskRuleTests {
    @Test func overdueFollowsTheClock() throws {
        let f = try Fixture()
        let task = try f.store.addTask(TaskDraft(title: "Call Dr Patel back", due: Fixture.start.addingTimeInterval(3_600), isPromise: true))
        #expect(f.store.counts.overdueTasks == 0)
        f.clock.advance(by: 3_601)
        #expect(f.store.counts.overdueTasks == 1)
        #expect(task.owner == "Amara Shift-Lead")
    }

    @Test func closingNeedsAnOutcome() throws {
        let f = try Fixture()
        let task = try f.store.addTask(TaskDraft(title: "Send food chart", due: Fixture.start))
        #expect(fieldError { _ = try f.store.closeTask(task, outcome: "") }?.field == "outcome")
        let closed = try f.store.closeTask(task, outcome: "Emailed to the dietician")
        #expect(closed.status == .done)
        #expect(f.store.openTasks.isEmpty)
        #expect(fieldError { _ = try f.store.closeTask(closed, outcome: "again") }?.field == "status")
    }

    @Test func aDelayRecordsWhetherThePartnerKnows() throws {
        let f = try Fixture()
        let task = try f.store.addTask(TaskDraft(title: "Book review", due: Fixture.start))
        let later = Fixture.start.addingTimeInterval(86_400)
        let delayed = try f.store.logDelay(task, note: "Waiting for the GP's letter", partnerInformed: true, newDue: later)
        #expect(delayed.delays.first?.partnerInformed == true)
        #expect(delayed.due == later)
        // A delay puts it later, to a time still to come: earlier, or already past, is refused.
        let earlier = fieldError { _ = try f.store.logDelay(delayed, note: "x", partnerInformed: false, newDue: later - 3_600) }
        #expect(earlier?.message.hasPrefix("a delay puts the due time later; it is due ") == true, "\(earlier?.message ?? "")")
        f.clock.advance(by: 2 * 86_400)
        let past = fieldError { _ = try f.store.logDelay(delayed, note: "x", partnerInformed: false, newDue: later + 3_600) }
        #expect(past?.message == "the new due time has passed already; give one still to come")
        #expect(try f.store.task(id: task.id)?.delays.count == 1, "nothing more was saved")
    }

    @Test func unknownPartnerIsRefused() throws {
        let f = try Fixture()
        let error = fieldError { _ = try f.store.addTask(TaskDraft(title: "x", partnerID: "missing", due: Fixture.start)) }
        #expect(error?.field == "partner")
    }
}

@Suite struct EscalationTests {
    @Test func dueDatesComeFromTheTimescales() throws {
        let f = try Fixture()
        let e = try f.store.raiseEscalation(EscalationDraft(kind: .complaintFromPartner, summary: "Complaint about missed dressing", manager: "Ruth Okafor"))
        #expect(e.acknowledgeBy == Fixture.start.addingTimeInterval(3 * 86_400))
        #expect(e.resolveBy == Fixture.start.addingTimeInterval(20 * 86_400))
        f.clock.advance(by: 3 * 86_400 + 1)
        #expect(f.store.counts.overdueEscalations == 1)
    }

    @Test func customTimescalesApply() throws {
        let clock = ManualClock(Fixture.start)
        let scales = EscalationTimescales(byKind: [.disagreement: .init(acknowledgeDays: 7, resolveDays: 60)])
        let store = try Store.inMemory(clock: clock, calendar: Fixture.utc, timescales: scales)
        let e = try store.raiseEscalation(EscalationDraft(kind: .disagreement, summary: "Discharge plan", manager: "Ruth Okafor"))
        #expect(e.resolveBy.timeIntervalSince(Fixture.start) >= 59 * 86_400)
    }

    @Test func stagesMoveInOrder() throws {
        let f = try Fixture()
        let e = try f.store.raiseEscalation(EscalationDraft(kind: .disagreement, summary: "Disagree with the discharge plan", manager: "Ruth Okafor"))
        #expect(fieldError { _ = try f.store.resolve(e, outcome: "done") }?.field == "stage")
        let acked = try f.store.acknowledge(e, note: "Manager will call the ward")
        #expect(acked.stage == .acknowledged)
        #expect(acked.notes.count == 1)
        #expect(fieldError { _ = try f.store.acknowledge(acked) }?.field == "stage")
        let noted = try f.store.addNote(to: acked, "Ward agreed to meet")
        #expect(fieldError { _ = try f.store.resolve(noted, outcome: "") }?.field == "outcome")
        #expect(fieldError {
            _ = try f.store.resolve(noted, outcome: "Plan kept", viewAccepted: false, reasonNotAccepted: nil)
        }?.field == "reason-not-accepted")
        let done = try f.store.resolve(noted, outcome: "Plan kept", viewAccepted: false, reasonNotAccepted: "Bed needed; community support arranged instead")
        #expect(done.stage == .resolved)
        #expect(f.store.openEscalations.isEmpty)
        #expect(try f.store.history(of: e.id).map(\.version) == [1, 2, 3])
    }
}

@Suite struct AmendmentTests {
    @Test func anAmendmentKeepsTheOriginalReadable() throws {
        let f = try Fixture()
        let person = try f.person(), partner = try f.partner()
        let contact = try f.contact(person, partner, advice: "Two paracetamol")
        f.clock.advance(by: 60)
        var fixed = contact
        fixed.advice = "One paracetamol"
        let saved = try f.store.amend(fixed, reason: "Misheard on the phone")
        #expect(saved.audit.version == 2)
        #expect(saved.audit.changedAt == Fixture.start.addingTimeInterval(60))
        #expect(saved.audit.createdAt == Fixture.start)
        let history = try f.store.history(of: contact.id)
        #expect(history.count == 1)
        #expect(history[0].reason == "Misheard on the phone")
        #expect(history[0].amendedBy == "Amara Shift-Lead")
        #expect(try history[0].decode(Contact.self).advice == "Two paracetamol")
    }

    @Test func anAmendmentNeedsAReasonAndTheLatestVersion() throws {
        let f = try Fixture()
        let person = try f.person()
        var renamed = person
        renamed.preferredName = "Edie"
        #expect(fieldError { _ = try f.store.amend(renamed, reason: "") }?.field == "reason")
        try f.store.amend(renamed, reason: "She prefers Edie")
        #expect(fieldError { _ = try f.store.amend(renamed, reason: "Again") }?.field == "version")
    }

    @Test func dischargeKeepsThePerson() throws {
        let f = try Fixture()
        let person = try f.person()
        try f.store.leave(person, as: .discharged, on: f.store.now, note: nil, reason: "Moved to nursing care")
        #expect(f.store.people.count == 1)
        #expect(f.store.counts.people == 0)
    }

    @Test func amendingAContactStillChecksSharing() throws {
        let f = try Fixture()
        let contact = try f.contact(try f.person(basis: .withdrawn), try f.partner())
        var shared = contact
        shared.sharedByUs = true
        #expect(fieldError { _ = try f.store.amend(shared, reason: "Forgot to tick") }?.field == "shared")
    }
}

@Suite struct DateInputTests {
    let utc: Calendar = {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(identifier: "UTC")!
        return c
    }()

    @Test func acceptsTheUsualForms() throws {
        #expect(try DateInput.parse("2026-11-20", field: "due", now: Fixture.start, calendar: utc, precision: .moment) == Date(timeIntervalSince1970: 1_795_132_800))
        #expect(try DateInput.parse("2026-11-20 16:00", field: "due", now: Fixture.start, calendar: utc, precision: .moment) == Date(timeIntervalSince1970: 1_795_190_400))
        #expect(try DateInput.parse("2026-11-20T16:00:00Z", field: "due", now: Fixture.start, calendar: utc, precision: .moment) == Date(timeIntervalSince1970: 1_795_190_400))
    }

    @Test func refusesImpossibleDatesNamingTheField() {
        for text in ["2026-13-40", "2026-02-30", "2026-11-20 25:00", "soon", "31/11/2026", ""] {
            #expect(fieldError { _ = try DateInput.parse(text, field: "due", now: Fixture.start, calendar: utc, precision: .moment) }?.field == "due")
        }
    }
}
