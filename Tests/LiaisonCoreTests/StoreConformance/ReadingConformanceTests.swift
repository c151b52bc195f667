import Foundation
import LiaisonTestSupport
import Testing
@testable import LiaisonCore

/// Every backend answers the Store's reads alike: a day's contacts and reviews, search through
/// every version, the working set after reopening, lookup on disk, and another terminal's saves.
@Suite(.liaisonPostgres) struct ReadingConformanceTests {
    static let day: TimeInterval = 86_400

    @Test(arguments: StoreKind.allCases)
    func aDaysContactsAndReviews(kind: StoreKind) throws {
        let made = try kind.make()
        let store = made.store
        let edith = try store.addPerson(PersonDraft(name: "Edith Brown", basis: .consent))
        let patel = try store.addPartner(PartnerDraft(name: "Dr Patel", role: .gp))
        func contact(_ summary: String, at: Date) throws -> Contact {
            try store.addContact(ContactDraft(personID: edith.id, partnerID: patel.id, channel: .phone, happenedAt: at, summary: summary))
        }
        let yesterday = try contact("Yesterday evening", at: Fixture.start - Self.day + 8 * 3600)
        let late = try contact("This morning, later", at: Fixture.start - 3600)
        let early = try contact("This morning, early", at: Fixture.start - 2 * 3600)
        let other = try made.another()
        #expect(try other.contacts(on: Fixture.start) == [early, late])
        #expect(try other.contacts(on: Fixture.start - Self.day) == [yesterday])
        #expect(try other.contacts(from: Fixture.start - Self.day, to: Fixture.start) == [yesterday, early, late])
        #expect(try other.contacts(forPerson: edith.id) == [late, early, yesterday])
        #expect(try other.contacts(forPartner: patel.id, limit: 2) == [late, early])
        #expect(try other.findContact(String(early.id.prefix(8))) == early)

        #expect(try other.dayReview(for: Fixture.start) == nil)
        let mark = try store.markDayReviewed(Fixture.start)
        made.clock.advance(by: 60)
        #expect(try store.markDayReviewed(Fixture.start) == mark, "a day keeps its first mark")
        let mine = try store.acknowledgeHandover(of: Fixture.start)
        #expect(try store.acknowledgeHandover(of: Fixture.start) == mine, "each reader is kept once")
        let colleague = try made.another(staff: "Colleague")
        made.clock.advance(by: 60)
        let theirs = try colleague.acknowledgeHandover(of: Fixture.start)
        let reader = try made.another()
        #expect(try reader.dayReview(for: Fixture.start).map { [$0] } == mark)
        #expect(try reader.handoverAcknowledgements(for: Fixture.start) == mine + theirs)
        #expect(try reader.dayReview(for: Fixture.start - Self.day) == nil)
    }

    /// What was entered in a day for the days before it, found by when it was entered: not
    /// what happened that day, not what was entered another day, not what is dated ahead.
    @Test(arguments: StoreKind.allCases)
    func contactsEnteredInADayForEarlierDays(kind: StoreKind) throws {
        let made = try kind.make()
        let store = made.store
        let edith = try store.addPerson(PersonDraft(name: "Edith Brown", basis: .consent))
        let patel = try store.addPartner(PartnerDraft(name: "Dr Patel", role: .gp))
        let today = Fixture.utc.startOfDay(for: Fixture.start)
        func contact(_ summary: String, at: Date, entered: Date) throws -> Contact {
            made.clock.set(entered)
            return try store.addContact(ContactDraft(personID: edith.id, partnerID: patel.id, channel: .phone, happenedAt: at, summary: summary))
        }
        let lastWeek = try contact("Last week's visit", at: today - 6 * Self.day, entered: today + 9 * 3600)
        let midnight = try contact("Just before midnight", at: today - 600, entered: today + 600)
        _ = try contact("This morning", at: today + 3600, entered: today + 2 * 3600)
        _ = try contact("Typed up the day it happened", at: today - Self.day + 3600, entered: today - 1)
        _ = try contact("Typed up tomorrow", at: today - Self.day, entered: today + Self.day)
        made.clock.set(today + Self.day + 3600)
        let other = try made.another()
        #expect(try other.contactsEnteredLate(from: today, to: today) == [lastWeek, midnight])
        #expect(try other.contactsEnteredLate(from: today - Self.day, to: today) == [lastWeek], "a period's own days are not earlier days")
        #expect(try other.contactsEnteredLate(from: today - 2 * Self.day, to: today - 2 * Self.day) == [])
    }

    @Test(arguments: StoreKind.allCases)
    func searchFindsAmendedAwayText(kind: StoreKind) throws {
        let made = try kind.make()
        let store = made.store
        let edith = try store.addPerson(PersonDraft(name: "Edith Brown", basis: .consent))
        let patel = try store.addPartner(PartnerDraft(name: "Dr Patel", role: .gp))
        let bruise = try store.addContact(ContactDraft(
            personID: edith.id, partnerID: patel.id, channel: .phone, summary: "Bruised elbow after a fall", advice: "Ice twice daily"))
        _ = try store.addContact(ContactDraft(personID: edith.id, partnerID: patel.id, channel: .visit, summary: "Flu jab given"))
        var corrected = bruise
        corrected.summary = "Grazed knee after a fall"
        let saved = try store.correct(corrected, reason: "wrong limb")
        let other = try made.another()
        #expect(try other.search("bruised") == [saved], "earlier text is still found, as the record it now is")
        #expect(try other.search("GRAZ knee") == [saved], "every word, each as a word's start, any case")
        #expect(try other.search("ice daily") == [saved], "advice too")
        #expect(try other.search("bruised flu").isEmpty)
        #expect(try other.search("  ").isEmpty)
        #expect(try other.searchEverything("fall").contacts == [saved])
    }

    @Test(arguments: StoreKind.allCases)
    func theWorkingSetIsTheSameAfterReopening(kind: StoreKind) throws {
        let made = try kind.make()
        let store = made.store
        let edith = try store.addPerson(PersonDraft(name: "Edith Brown", basis: .consent))
        _ = try store.addPerson(PersonDraft(name: "Albert Cole", basis: .consent))
        let patel = try store.addPartner(PartnerDraft(name: "Dr Patel", role: .gp))
        func contact(_ summary: String, daysAgo: Double, confirmation: ConfirmationState? = nil, advice: String? = nil) throws -> Contact {
            try store.addContact(ContactDraft(
                personID: edith.id, partnerID: patel.id, channel: .phone, happenedAt: Fixture.start - daysAgo * Self.day,
                summary: summary, advice: advice, confirmation: confirmation))
        }
        _ = try contact("Long ago, still owed", daysAgo: 30, confirmation: .requested, advice: "Change dressing daily")
        _ = try contact("Long ago, undecided", daysAgo: 20, advice: "Walk daily")
        _ = try contact("Old and done", daysAgo: 10)
        _ = try contact("Recent", daysAgo: 2)
        _ = try contact("Today", daysAgo: 0)
        let done = try store.addTask(TaskDraft(title: "Done one", due: Fixture.start + 60))
        _ = try store.closeTask(done, outcome: "done")
        _ = try store.addTask(TaskDraft(title: "Open one", personID: edith.id, due: Fixture.start + 120))
        _ = try store.raiseEscalation(EscalationDraft(kind: .disagreement, summary: "Open escalation", manager: "Amara Shift-Lead"))

        let reopened = try made.another()
        #expect(reopened.workingSet == store.workingSet)
        #expect(reopened.recentContacts.map(\.summary) == ["Today", "Recent"])
        #expect(reopened.chaseList.map(\.summary) == ["Long ago, still owed"])
        #expect(reopened.undecidedAdvice.map(\.summary) == ["Long ago, undecided"])
        #expect(reopened.openTasks.map(\.title) == ["Open one"])
        #expect(reopened.openEscalations.count == 1)
        #expect(reopened.people.map(\.name) == ["Albert Cole", "Edith Brown"])
        #expect(reopened.counts == store.counts)
    }

    @Test(arguments: StoreKind.allCases)
    func lookupFindsByIdAndNameOnDisk(kind: StoreKind) throws {
        let made = try kind.make()
        let store = made.store
        let siobhan = try store.addPerson(PersonDraft(name: "Siobhán Ní Bhriain", preferredName: "Shiv", basis: .consent))
        _ = try store.addPerson(PersonDraft(name: "John Smith"))
        _ = try store.addPerson(PersonDraft(name: "John Smith", location: "Room 2", namesake: true))
        let patel = try store.addPartner(PartnerDraft(name: "Dr Patel", role: .gp))
        let lookup = try made.another(scope: .lookup)
        #expect(lookup.people.isEmpty && lookup.partners.isEmpty)
        for reference in [siobhan.id, siobhan.id.uppercased(), "Siobhán Ní Bhriain", "siobhan ni bhriain", "Shiv"] {
            #expect(try lookup.findPerson(reference) == siobhan, "\(reference)")
        }
        #expect(try lookup.findPartner("dr patel") == patel)
        let twice = fieldError { _ = try lookup.findPerson("John Smith") }
        #expect(twice?.message.hasPrefix("“John Smith” fits 2 records: John Smith (") == true, "\(twice?.message ?? "")")
        #expect(twice?.message.contains("John Smith (Room 2, ") == true, "a room tells them apart: \(twice?.message ?? "")")
        // The start of an id the refusal offers finds that one.
        let offered = try #require(twice?.message.split(separator: " ").last.map(String.init))
        #expect(try lookup.findPerson(offered).id.hasPrefix(offered) && offered.count == 8)
        let nobody = fieldError { _ = try lookup.findPartner("Dr Who") }
        #expect(nobody?.field == "partner")
        #expect(nobody?.message == "there is no partner called “Dr Who”; check the spelling or add them first")
        let contact = try lookup.addContact(ContactDraft(personID: siobhan.id, partnerID: patel.id, channel: .phone, summary: "Rang"))
        #expect(try store.contact(id: contact.id) == contact)
    }

    /// However a store takes in colleagues' saves (reading them one by one where the backend
    /// names them, or everything again), what it then holds is what opening it afresh gives.
    @Test(arguments: StoreKind.shared)
    func colleaguesSavesTakenInLeaveWhatReopeningGives(kind: StoreKind) throws {
        let made = try kind.make()
        let store = made.store
        let colleague = try made.another(staff: "Colleague")
        let edith = try colleague.addPerson(PersonDraft(name: "Edith Brown", basis: .consent))
        let patel = try colleague.addPartner(PartnerDraft(name: "Dr Patel", role: .gp))
        #expect(try store.refreshIfChanged())
        #expect(store.workingSet == (try made.another()).workingSet)

        // Single records: a contact with advice, a task closed, an escalation resolved, a partner renamed.
        let (contact, tasks) = try colleague.addContact(
            ContactDraft(personID: edith.id, partnerID: patel.id, channel: .phone, summary: "Rang", advice: "Fluids"),
            followUps: [TaskDraft(title: "Ring back", personID: edith.id, due: Fixture.start + 3600)])
        let escalation = try colleague.raiseEscalation(EscalationDraft(kind: .disagreement, summary: "Refused a visit", personID: edith.id, manager: "Amara Shift-Lead"))
        #expect(try store.refreshIfChanged())
        #expect(store.workingSet == (try made.another()).workingSet)
        #expect(store.undecidedAdvice.map(\.id) == [contact.id])
        _ = try colleague.closeTask(tasks[0], outcome: "done")
        _ = try colleague.resolve(try colleague.acknowledge(escalation), outcome: "Visit agreed")
        var renamed = patel
        renamed.name = "Dr Anita Patel"
        _ = try colleague.amend(renamed, reason: "full name")
        #expect(try store.refreshIfChanged())
        #expect(store.workingSet == (try made.another()).workingSet)
        #expect(store.openTasks.isEmpty && store.openEscalations.isEmpty)
        #expect(store.partner(id: patel.id)?.name == "Dr Anita Patel")
        #expect(try store.refreshIfChanged() == false)
    }

    @Test(arguments: StoreKind.shared)
    func anotherConnectionsSaveIsNoticed(kind: StoreKind) throws {
        let made = try kind.make()
        let store = made.store
        let colleague = try made.another(staff: "Colleague")
        let wall = try made.another(staff: "Wall", mode: .readOnly)
        var changes: [StoreChange] = []
        wall.addObserver { changes.append($0) }
        #expect(try store.refreshIfChanged() == false)
        #expect(try wall.refreshIfChanged() == false)
        let person = try colleague.addPerson(PersonDraft(name: "Øyvind Haugen", basis: .consent))
        #expect(try store.refreshIfChanged() == true)
        #expect(store.person(id: person.id) == person)
        #expect(try wall.refreshIfChanged() == true)
        #expect(changes == [.reloaded])
        #expect(try wall.refreshIfChanged() == false)
        _ = try store.addPartner(PartnerDraft(name: "Dr Ward", role: .gp))
        #expect(try store.refreshIfChanged() == false, "a store's own save is in memory already")
        #expect(wall.isReadOnly)
        #expect(throws: StoreError.self) { try wall.addPerson(PersonDraft(name: "X")) }
        try store.waitingAtMost(Store.formSaveWait) { _ = try store.addPerson(PersonDraft(name: "Within the wait")) }
        #expect(try colleague.refreshIfChanged() == true)
        #expect(colleague.people.map(\.name) == ["Øyvind Haugen", "Within the wait"], "in the order names are typed: Ø among the O's")
    }
}
