import Foundation
import LiaisonTestSupport
import TerminalUI
import Testing
@testable import Dashboard
@testable import LiaisonCore

/// Picker rows that tell records apart, and dates that say their year when it is not this one.
@Suite struct PickerRowsTests {
    /// The nurse's round: the same summary about two people on one morning.
    @Test func twoContactsWithTheSameSummarySayWhomAndWhen() throws {
        let fixture = try EntryFixture()
        for (person, minutes) in [(fixture.zoe, 60.0), (fixture.harold, 30.0)] {
            _ = try fixture.store.addContact(ContactDraft(
                personID: person.id, partnerID: fixture.kofi.id, channel: .visit,
                happenedAt: EntryFixture.start.addingTimeInterval(-minutes * 60), summary: "Nurse reviewed the anxiety plan"))
        }
        let rows = EntryItems.contacts(fixture.store).map { "\($0.title) | \($0.detail)" }.sorted()
        #expect(rows == [
            "Harold Finch: Nurse reviewed the anxiety plan | Wed 25 Nov 09:30 · Kofi Asante",
            "Zoë Adams: Nurse reviewed the anxiety plan | Wed 25 Nov 09:00 · Kofi Asante",
        ])
    }

    @Test func tasksAndEscalationsSayWhomTheyConcern() throws {
        let fixture = try EntryFixture()
        _ = try fixture.store.addTask(TaskDraft(title: "Send the BP readings", personID: fixture.zoe.id, owner: "Amara Okafor",
                                                due: EntryFixture.start.addingTimeInterval(40 * 86_400)))
        _ = try fixture.store.raiseEscalation(EscalationDraft(kind: .partnerPractice, summary: "Visit missed", personID: fixture.harold.id,
                                                              manager: "Ruth Okafor"))
        #expect(EntryItems.tasks(fixture.store).map { "\($0.title) | \($0.detail)" } == [
            "Zoë Adams: Send the BP readings | due Mon 4 Jan 2027 10:00 · Amara Okafor",
        ])
        #expect(EntryItems.escalations(fixture.store).map(\.title) == ["Harold Finch: Visit missed"])
        // Leaving closes neither: the rows say they left, where the contacts' rows (history) do not.
        _ = try fixture.store.leave(fixture.harold, as: .died, on: EntryFixture.start, note: nil, reason: "")
        #expect(EntryItems.escalations(fixture.store).map(\.title) == ["Harold Finch (died): Visit missed"])
        #expect(EntryItems.rank("died", EntryItems.escalations(fixture.store)).map(\.title) == ["Harold Finch (died): Visit missed"])
    }

    /// Two people of one name: each record's row says which, as the dashboard names them, so an
    /// escalation is not raised from the other's contact.
    @Test func recordsAboutNamesakesSayWhichOfThem() throws {
        let fixture = try EntryFixture()
        let other = try fixture.store.addPerson(PersonDraft(name: "Harold Finch", location: "Room 14", namesake: true))
        for (person, minutes) in [(fixture.harold, 60.0), (other, 30.0)] {
            _ = try fixture.store.addContact(ContactDraft(
                personID: person.id, partnerID: fixture.patel.id, channel: .phone,
                happenedAt: EntryFixture.start.addingTimeInterval(-minutes * 60), summary: "GP rang about his tablets", advice: "Halve the dose"))
            _ = try fixture.store.addTask(TaskDraft(title: "Book his review", personID: person.id, owner: "Amara Okafor",
                                                    due: EntryFixture.start.addingTimeInterval(86_400 + minutes)))
            _ = try fixture.store.raiseEscalation(EscalationDraft(kind: .partnerPractice, summary: "Visit missed", personID: person.id,
                                                                  manager: "Ruth Okafor"))
        }
        let expected = ["Harold Finch (Room 14): ", "Harold Finch (Room 9): "]
        #expect(Set(EntryItems.contacts(fixture.store).map { String($0.title.prefix(while: { $0 != ":" })) + ": " }) == Set(expected))
        #expect(Set(EntryItems.tasks(fixture.store).map(\.title)) == Set(expected.map { $0 + "Book his review" }))
        #expect(Set(EntryItems.escalations(fixture.store).map(\.title)) == Set(expected.map { $0 + "Visit missed" }))
    }

    /// A detail has room for the year: it is said for a day in another year, and for one more
    /// than half a year away in this one (in November, "Sat 24 Jan" reads as the January to come).
    @Test func aDayInAnotherYearOrFarSaysWhichYear() {
        let format = CareFormat(calendar: Fixture.utc)
        #expect(format.dated(EntryFixture.start, now: EntryFixture.start) == "Wed 25 Nov 10:00")
        #expect(format.dated(EntryFixture.start + 141 * 86_400, now: EntryFixture.start, time: false) == "Thu 15 Apr 2027")
        #expect(format.dated(EntryFixture.start - 305 * 86_400, now: EntryFixture.start) == "Sat 24 Jan 2026 10:00")
        #expect(format.dated(EntryFixture.start - 150 * 86_400, now: EntryFixture.start) == "Sun 28 Jun 10:00")
        #expect(format.dated(EntryFixture.start - 400 * 86_400, now: EntryFixture.start) == "Tue 21 Oct 2025 10:00")
    }
}
