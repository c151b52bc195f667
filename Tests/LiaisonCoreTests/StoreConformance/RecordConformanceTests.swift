import Foundation
import LiaisonTestSupport
import Testing
@testable import LiaisonCore

/// Every backend keeps each kind of record as it was given, refuses what the rules refuse in the
/// same words, keeps every earlier version, and deletes nothing.
@Suite(.liaisonPostgres) struct RecordConformanceTests {
    @Test(arguments: StoreKind.allCases)
    func eachKindOfRecordIsReadBackAsSaved(kind: StoreKind) throws {
        let made = try kind.make()
        let store = made.store
        let edith = try store.addPerson(PersonDraft(name: "Edith Brown", preferredName: "Edie", basis: .consent))
        let patel = try store.addPartner(PartnerDraft(name: "Dr Patel", role: .gp, organisation: "Riverside Surgery"))
        let (contact, tasks) = try store.addContact(
            ContactDraft(personID: edith.id, partnerID: patel.id, channel: .phone, summary: "Phoned about her cough", advice: "Fluids"),
            followUps: [TaskDraft(title: "Call back with temperature", personID: edith.id, partnerID: patel.id, due: Fixture.start + 3600)])
        let escalation = try store.raiseEscalation(EscalationDraft(kind: .disagreement, summary: "Refused a home visit", personID: edith.id, manager: "Amara Shift-Lead"))
        let agreement = try store.addAgreement(PartnershipAgreement(personID: edith.id, chair: "Dr Patel", audit: Audit(by: "x", at: Fixture.start)))
        let review = try store.markDayReviewed(Fixture.start)

        let other = try made.another()
        #expect(other.person(id: edith.id) == edith)
        #expect(other.partner(id: patel.id) == patel)
        #expect(try other.contact(id: contact.id) == contact)
        #expect(try other.task(id: tasks[0].id) == tasks[0])
        #expect(try other.escalation(id: escalation.id) == escalation)
        #expect(try other.agreements(forPerson: edith.id) == [agreement])
        #expect(try other.dayReview(for: Fixture.start).map { [$0] } == review)
        #expect(try other.contact(id: "no-such-contact") == nil)
        #expect(try other.isEmpty() == false)
        #expect(try kind.make().store.isEmpty())
    }

    @Test(arguments: StoreKind.allCases)
    func aRefusedReferenceNamesTheFieldAndSavesNothing(kind: StoreKind) throws {
        let store = try kind.make().store
        let edith = try store.addPerson(PersonDraft(name: "Edith Brown", basis: .consent))
        let noPartner = fieldError {
            _ = try store.addContact(ContactDraft(personID: edith.id, partnerID: "nobody", channel: .phone, summary: "Rang"))
        }
        #expect(noPartner?.field == "partner")
        #expect(noPartner?.message == "there is no partner with id nobody")
        let noPerson = fieldError { _ = try store.addTask(TaskDraft(title: "Ring back", personID: "nobody", due: Fixture.start + 60)) }
        #expect(noPerson?.field == "person")
        #expect(noPerson?.message == "there is no person with id nobody")
        let noAgreementPerson = fieldError {
            _ = try store.addAgreement(PartnershipAgreement(personID: "nobody", audit: Audit(by: "x", at: Fixture.start)))
        }
        #expect(noAgreementPerson?.field == "person")
        #expect(try store.contacts(on: Fixture.start).isEmpty)
        #expect(store.openTasks.isEmpty)
        #expect(try store.agreements(forPerson: "nobody").isEmpty)
    }

    @Test(arguments: StoreKind.allCases)
    func anExportIsTheSameDocumentWhicheverStoreHoldsTheRecords(kind: StoreKind) throws {
        let made = try kind.make()
        let store = made.store
        let edith = try store.addPerson(PersonDraft(name: "Edith Brown", preferredName: "Edie", basis: .consent))
        let patel = try store.addPartner(PartnerDraft(name: "Dr Patel", role: .gp, organisation: "Riverside Surgery"))
        let (contact, _) = try store.addContact(
            ContactDraft(personID: edith.id, partnerID: patel.id, channel: .phone, summary: "Phoned about her cough", advice: "Fluids «hourly», 王"),
            followUps: [TaskDraft(title: "Call back", personID: edith.id, partnerID: patel.id, due: Fixture.start + 3600)])
        made.clock.advance(by: 60)
        var changed = contact
        changed.summary = "Phoned about her chest"
        _ = try store.correct(changed, reason: "misheard")
        _ = try store.raiseEscalation(EscalationDraft(kind: .disagreement, summary: "Refused a home visit", personID: edith.id, manager: "Amara Shift-Lead"))

        // Into a store file and out again: the same bytes, so the format is the store's, not the engine's.
        let json = try store.exportJSON()
        let copy = try Store.inMemory(staff: "Importer", clock: made.clock, calendar: Fixture.utc)
        try copy.importJSON(json)
        #expect(try copy.exportJSON() == json)
        func csv(_ of: Store) throws -> Data {
            var data = Data()
            try of.exportCSV(to: ByteSink { data.append(contentsOf: $0) })
            return data
        }
        #expect(try csv(copy) == csv(store))
        #expect(String(decoding: json, as: UTF8.self).contains("Phoned about her cough"), "history travels with the export")
    }

    @Test(arguments: StoreKind.allCases)
    func anAmendmentKeepsHistoryAndAStaleVersionIsRefused(kind: StoreKind) throws {
        let made = try kind.make()
        let store = made.store
        let edith = try store.addPerson(PersonDraft(name: "Edith Brown", basis: .consent))
        let patel = try store.addPartner(PartnerDraft(name: "Dr Patel", role: .gp))
        let first = try store.addContact(ContactDraft(personID: edith.id, partnerID: patel.id, channel: .phone, summary: "Phoned about her cough"))
        made.clock.advance(by: 60)
        var changed = first
        changed.summary = "Phoned about her chest"
        let second = try store.correct(changed, reason: "misheard")
        #expect(second.audit.version == first.audit.version + 1)
        #expect(second.audit.changedBy == "Amara Shift-Lead")

        let history = try made.another().history(of: first.id)
        #expect(history.count == 1)
        #expect(history.first?.version == first.audit.version)
        #expect(history.first?.reason == "misheard")
        #expect(history.first?.isCorrection == true)
        #expect(try history.first?.decode(Contact.self) == first)
        #expect(try store.corrections(from: Fixture.start, to: Fixture.start).map(\.recordID) == [first.id])

        // The colleague still holding the first version is refused, and nothing changes.
        var stale = first
        stale.summary = "Phoned about her knee"
        let refused = fieldError { _ = try store.amend(stale, reason: "clearer") }
        #expect(refused?.field == "version")
        #expect(refused?.message == "Amara Shift-Lead changed this contact since you opened it; look again and repeat your change")
        #expect(try store.contact(id: first.id) == second)
        #expect(try store.history(of: first.id).count == 1)

        var unknown = first
        unknown.id = "no-such-contact"
        #expect(fieldError { _ = try store.amend(unknown, reason: "x") }?.field == "id")
    }

    @Test(arguments: StoreKind.allCases)
    func nothingIsEverDeleted(kind: StoreKind) throws {
        let made = try kind.make()
        let store = made.store
        let edith = try store.addPerson(PersonDraft(name: "Edith Brown", basis: .consent))
        let patel = try store.addPartner(PartnerDraft(name: "Dr Patel", role: .gp))
        let task = try store.addTask(TaskDraft(title: "Order dressings", personID: edith.id, due: Fixture.start + 3600))
        let escalation = try store.raiseEscalation(EscalationDraft(kind: .partnerPractice, summary: "Visits late", partnerID: patel.id, manager: "Amara Shift-Lead"))
        made.clock.advance(by: 600)
        let closed = try store.closeTask(task, outcome: "Dressings came")
        let acknowledged = try store.acknowledge(escalation)
        let resolved = try store.resolve(acknowledged, outcome: "Agreed a visiting window")
        let left = try store.leave(edith, as: .discharged, on: made.clock.now, note: nil, reason: "went home")

        let other = try made.another()
        #expect(other.person(id: edith.id) == left, "a person who left is kept, marked")
        #expect(other.openTasks.isEmpty && other.openEscalations.isEmpty)
        #expect(try other.task(id: task.id) == closed)
        #expect(try other.escalation(id: escalation.id) == resolved)
        #expect(try other.history(of: task.id).count == 1)
        #expect(try other.history(of: escalation.id).map(\.version) == [escalation.audit.version, escalation.audit.version + 1])
        #expect(try other.history(of: edith.id).count == 1)
        let found = try other.searchEverything("dressings")
        #expect(found.doneTasks == [closed])
        #expect(try other.searchEverything("visits").resolvedEscalations == [resolved])
    }
}
