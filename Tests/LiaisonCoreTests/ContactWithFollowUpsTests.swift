import Foundation
import LiaisonTestSupport
import Testing
@testable import LiaisonCore

/// A contact and the follow-ups agreed in it are one save: all of them or none.
@Suite struct ContactWithFollowUpsTests {
    func draft(_ person: Person, _ partner: Partner) -> ContactDraft {
        ContactDraft(personID: person.id, partnerID: partner.id, channel: .phone, summary: "GP rang back", advice: "Push fluids")
    }

    @Test func contactAndFollowUpsAreSavedTogether() throws {
        let f = try Fixture()
        let person = try f.person(), partner = try f.partner()
        let due = Fixture.start.addingTimeInterval(3600)
        let saved = try f.store.addContact(draft(person, partner), followUps: [
            TaskDraft(title: "Chase the prescription", personID: person.id, partnerID: partner.id, due: due),
            TaskDraft(title: "Ring the GP back", personID: person.id, partnerID: partner.id, due: due, isPromise: true),
        ])
        #expect(saved.tasks.count == 2)
        #expect(f.store.recentContacts.map(\.id) == [saved.contact.id])
        #expect(Set(f.store.openTasks.map(\.id)) == Set(saved.tasks.map(\.id)))
    }

    /// A follow-up the store refuses (here it names no partner on record; in life a held store or
    /// a full disk stops it the same way) leaves no contact behind: a retry, or the draft offered
    /// after a crash, must not save the contact twice.
    @Test func aRefusedFollowUpSavesNothing() throws {
        let f = try Fixture()
        let person = try f.person(), partner = try f.partner()
        let due = Fixture.start.addingTimeInterval(3600)
        let error = fieldError {
            try f.store.addContact(draft(person, partner), followUps: [
                TaskDraft(title: "Chase the prescription", personID: person.id, partnerID: partner.id, due: due),
                TaskDraft(title: "Ask the pharmacy", personID: person.id, partnerID: "no-such-partner", due: due),
            ])
        }
        #expect(error?.field == "partner")
        #expect(f.store.recentContacts.isEmpty)
        #expect(f.store.openTasks.isEmpty)
        try f.store.reload()
        #expect(f.store.recentContacts.isEmpty)
        #expect(f.store.openTasks.isEmpty)
    }
}
