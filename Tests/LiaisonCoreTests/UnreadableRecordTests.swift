import Foundation
import GRDB
import LiaisonTestSupport
import Testing
@testable import LiaisonCore

/// A record whose stored body cannot be read is never passed over in silence. Its columns, which
/// SQLite generates from the body, are empty, so a query on them would leave it out: a handover
/// one contact short. Each read that lists such records refuses instead, in words that say how to
/// find the record and save the rest. An open task or escalation is listed on opening (the
/// working set), so a damaged one stops the store opening, in the same words.
@Suite struct UnreadableRecordTests {
    enum Damaged: String, CaseIterable, Sendable {
        case contact, task, escalation, agreement, dayReview, history
    }

    /// A store with one of each kind, the contact from three days back; then `damaged`'s body
    /// made into text that is not JSON, as a disk fault or another program could leave it.
    static func store(_ folder: TempFolder, damaged: Damaged) throws -> (path: String, person: Person) {
        let path = folder.path("care.sqlite")
        let clock = ManualClock(Fixture.start)
        let store = try Store.create(path: path, staff: "Amara", clock: clock, calendar: Fixture.utc)
        let person = try store.addPerson(PersonDraft(name: "Edith Brown"))
        let partner = try store.addPartner(PartnerDraft(name: "Dr Patel", role: .gp))
        let contact = try store.addContact(ContactDraft(personID: person.id, partnerID: partner.id, channel: .phone,
                                                        happenedAt: Fixture.start - 3 * 86_400, summary: "GP rang"))
        let task = try store.addTask(TaskDraft(title: "Ring the chemist", personID: person.id, due: Fixture.start))
        let escalation = try store.raiseEscalation(EscalationDraft(kind: .disagreement, summary: "Visit refused", manager: "Ruth Okafor"))
        let agreement = try store.addAgreement(PartnershipAgreement(personID: person.id, chair: "Ruth Okafor", audit: Audit(by: "Amara", at: Fixture.start)))
        let review = try store.markDayReviewed(Fixture.start - 3 * 86_400)
        var corrected = contact
        corrected.summary = "GP rang about the cough"
        _ = try store.correct(corrected, reason: "Misheard the summary")
        try store.close()
        let (table, id) = switch damaged {
        case .contact: ("contact", contact.id)
        case .task: ("task", task.id)
        case .escalation: ("escalation", escalation.id)
        case .agreement: ("agreement", agreement.id)
        case .dayReview: ("day_review", review[0].id)
        case .history: ("history", "")
        }
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            if table == "history" {
                try db.execute(sql: "UPDATE history SET body = '{not json'")
            } else {
                try db.execute(sql: "UPDATE \(table) SET body = '{not json' WHERE id = ?", arguments: [id])
            }
        }
        try queue.close()
        return (path, person)
    }

    @Test(arguments: Damaged.allCases)
    func aListThatWouldLeaveItOutRefusesInstead(_ damaged: Damaged) throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let (path, person) = try Self.store(folder, damaged: damaged)
        let refused = #expect(throws: StoreError.self) {
            let store = try Store.open(path: path, staff: "Amara", clock: ManualClock(Fixture.start), calendar: Fixture.utc)
            switch damaged {
            case .contact: _ = try store.contacts(on: Fixture.start - 3 * 86_400)
            case .task, .escalation: break  // listed on opening
            case .agreement: _ = try store.agreements(forPerson: person.id)
            case .dayReview: _ = try HandoverReport.gather(from: store, day: Fixture.start - 3 * 86_400)
            case .history: _ = try store.history(of: (try store.contacts(on: Fixture.start - 3 * 86_400)).first?.id ?? "")
            }
        }
        #expect(refused?.message.contains("cannot be read") == true, "\(refused?.message ?? "")")
        #expect(refused?.message.contains("liaison check") == true)
    }

    /// A command that lists nothing on opening still finds a damaged escalation when it reads
    /// the resolved ones (a search does), and a wall reading a store read-only finds a damaged
    /// open task as the dashboard does.
    @Test func readsBesideTheOpenListsRefuseToo() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let escalation = try Self.store(folder, damaged: .escalation).path
        let lookup = try Store.open(path: escalation, staff: "Amara", clock: ManualClock(Fixture.start), calendar: Fixture.utc, scope: .lookup)
        let searched = #expect(throws: StoreError.self) { _ = try lookup.searchEverything("visit") }
        #expect(searched?.message.contains("cannot be read") == true, "\(searched?.message ?? "")")
        try lookup.close()

        let other = try TempFolder()
        defer { other.remove() }
        let task = try Self.store(other, damaged: .task).path
        let wall = #expect(throws: StoreError.self) {
            try Store.open(path: task, mode: .readOnly, staff: "Amara", clock: ManualClock(Fixture.start), calendar: Fixture.utc)
        }
        #expect(wall?.message.contains("cannot be read") == true, "\(wall?.message ?? "")")
    }
}
