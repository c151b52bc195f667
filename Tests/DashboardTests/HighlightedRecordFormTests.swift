import Foundation
import LiaisonTestSupport
import Testing
import TerminalUI
@testable import Dashboard
@testable import LiaisonCore

/// A form about an existing record starts on the record highlighted in its pane, as `w` always
/// did: `c` on a contact corrects it, `u` on a task updates it, `s` on an escalation takes its
/// next step, `P`, `g` and `L` on a person. Typing a name still searches, as before.
@Suite struct HighlightedRecordFormTests {
    private static func focus(_ pane: DashboardPane, on screen: DashboardScreen) {
        while screen.focused != pane { _ = screen.handle(.tab) }
    }

    @Test func cCorrectsTheHighlightedContact() throws {
        let fixture = try EntryFixture()
        _ = try fixture.store.addContact(ContactDraft(personID: fixture.zoe.id, partnerID: fixture.patel.id, channel: .phone, summary: "GP rang about the dose"))
        let second = try fixture.store.addContact(ContactDraft(
            personID: fixture.harold.id, partnerID: fixture.kofi.id, channel: .visit, happenedAt: EntryFixture.start.addingTimeInterval(-600),
            summary: "Nurse dressed the heel"))
        let (screen, script) = try fixture.dashboard()
        Self.focus(.contacts, on: screen)
        while screen.selectedID(in: .contacts) != second.id { script.press(.down) }
        script.press(.character("c"))
        let form = try #require(screen.presentedScreen as? EntryFormScreen)
        #expect(form.model["contact"] == second.id)
        #expect(form.model["summary"] == "Nurse dressed the heel", "the contact's fields are filled in")
        #expect(form.model.focus == "contact")

        // Untouched, it closes on Esc without asking.
        script.press(.escape)
        #expect(screen.presentedScreen == nil)

        // Tab goes on with it; the correction saves against it.
        script.press(.character("c"))
        script.press(.tab, .control("u"))
        script.type("Nurse dressed the left heel")
        try script.go(to: "Why you are correcting it")
        script.type("It was the left heel")
        script.press(.control("s"))
        #expect(screen.presentedScreen == nil, "\(script.render(120, 40))")
        #expect(try fixture.store.contact(id: second.id)?.summary == "Nurse dressed the left heel")
    }

    /// A contact older than the days the store holds at hand is not in the picker's list; from
    /// its own day on the dashboard it is still the one corrected, and the form says how.
    @Test func aContactFromTwoWeeksAgoIsCorrectedFromItsDay() throws {
        let fixture = try EntryFixture()
        let old = try fixture.store.addContact(ContactDraft(
            personID: fixture.zoe.id, partnerID: fixture.patel.id, channel: .phone, happenedAt: EntryFixture.start.addingTimeInterval(-14 * 86_400),
            summary: "GP rang about the rash"))
        let (screen, script) = try fixture.dashboard()
        script.press(.character("c"))
        #expect(script.render(140, 40).contains("Older contacts are not listed: go to its day on the dashboard"), "\(script.render(140, 40))")
        script.type("rash")
        #expect(!script.render(140, 40).contains("▸ Zoë Adams: GP rang about the rash"), "not in the recent days' list")
        script.press(.escape, .character("y"))

        for _ in 0..<14 { script.press(.character("[")) }
        Self.focus(.contacts, on: screen)
        #expect(screen.selectedID(in: .contacts) == old.id)
        script.press(.character("c"))
        let form = try #require(screen.presentedScreen as? EntryFormScreen)
        #expect(form.model["contact"] == old.id && form.model["summary"] == "GP rang about the rash")
        try script.go(to: "Summary")
        script.press(.control("u"))
        script.type("GP rang about the rash on her arm")
        try script.go(to: "Why you are correcting it")
        script.type("Where the rash is was left out")
        script.press(.control("s"))
        #expect(screen.presentedScreen == nil, "\(script.render(140, 40))")
        #expect(try fixture.store.contact(id: old.id)?.summary == "GP rang about the rash on her arm")
    }

    @Test func typingANameStillSearchesInsteadOfEditingTheOffer() throws {
        let fixture = try EntryFixture()
        let (screen, script) = try fixture.dashboard()
        Self.focus(.people, on: screen)
        script.press(.character("P"))
        let form = try #require(screen.presentedScreen as? EntryFormScreen)
        #expect(!form.model["person"].isEmpty, "the highlighted person is offered")
        script.type("harold")
        script.press(.enter)
        #expect(form.model["person"] == fixture.harold.id)
        #expect(form.model["name"] == "Harold Finch", "the picked person's details replace the offered one's")
    }

    @Test func uAndSStartOnTheHighlightedTaskAndEscalation() throws {
        let fixture = try EntryFixture()
        _ = try fixture.store.addTask(TaskDraft(title: "Ring the GP back", owner: "Sam", due: EntryFixture.start.addingTimeInterval(3600)))
        let task = try fixture.store.addTask(TaskDraft(title: "Order dressings", owner: "Sam", due: EntryFixture.start.addingTimeInterval(7200)))
        let escalation = try fixture.store.raiseEscalation(EscalationDraft(
            kind: .disagreement, summary: "GP declined a home visit", personID: fixture.zoe.id, partnerID: fixture.patel.id, manager: "Rosa Grant"))
        let (screen, script) = try fixture.dashboard()
        Self.focus(.tasks, on: screen)
        while screen.selectedID(in: .tasks) != task.id { script.press(.down) }
        script.press(.character("u"))
        #expect((screen.presentedScreen as? EntryFormScreen)?.model["task"] == task.id)
        script.press(.escape)

        Self.focus(.escalations, on: screen)
        #expect(screen.selectedID(in: .escalations) == escalation.id)
        script.press(.character("s"))
        #expect((screen.presentedScreen as? EntryFormScreen)?.model["escalation"] == escalation.id)
        script.press(.escape)

        // From another pane the form starts empty: a contact highlighted says nothing about tasks.
        Self.focus(.people, on: screen)
        script.press(.character("u"))
        #expect((screen.presentedScreen as? EntryFormScreen)?.model["task"] == "")
    }
}
