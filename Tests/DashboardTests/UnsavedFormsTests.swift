import Foundation
import LiaisonTestSupport
import Testing
import TerminalUI
import TerminalUITestSupport
@testable import Dashboard
@testable import LiaisonCore

/// Issue 11, part 8: the shift lead sees that a colleague left a form unsaved — who, when, which
/// form, whom it is about by initials — but never what it says, and only its author can open it.
@Suite struct UnsavedFormsTests {
    /// A task left unsaved is offered at start-up by its kind and key; turned down, it waits
    /// without blocking other forms: `a` opens a fresh contact, which can itself be set aside
    /// mid-call (Esc, then k), and each form's key carries on with its own draft.
    @Test func anUnsavedFormWaitsForItsOwnKeyWhileOthersAreTyped() throws {
        let fixture = try EntryFixture()
        let typing = try fixture.dashboard().script
        typing.press(.character("T"))
        typing.type("Send the fluids chart")

        let (later, script) = try fixture.dashboard()
        later.present(try #require(later.entry?.draftOffer()))
        let question = script.render(100, 30)
        #expect(question.contains("a form (add a task or promise)"), "\(question)")
        #expect(question.contains("Open it now? (No keeps it: T opens it later.)"), "\(question)")
        script.press(.character("n"))
        #expect(script.render(160, 30).contains("Unsaved: your task (T)"))

        fixture.clock.advance(by: 60)
        script.press(.character("a"))
        let contact = script.render(120, 30)
        #expect(!contact.contains("Send the fluids chart"), "a fresh contact form, not the task: \(contact)")
        script.type("harold")
        script.press(.enter)
        script.press(.escape)
        let asked = script.render(120, 30)
        #expect(asked.contains("Press k to keep it for later: a opens it again as it is."), "\(asked)")
        script.press(.character("k"))
        #expect(later.presentedScreen == nil)
        let header = script.render(160, 30)
        #expect(header.contains("Kept unsaved for later: a opens it again"), "\(header)")
        let restarted = try #require(try fixture.dashboard().screen.entry?.draftOffer())
        let offered = KeyScript(restarted).render(100, 30)
        #expect(offered.contains("1 more unsaved form is named above the contacts."), "\(offered)")
        #expect(header.contains("Unsaved: your contact about HF (a); your task (T)"), "\(header)")

        script.press(.character("T"))
        #expect(script.render(120, 30).contains("Send the fluids chart"))
        for _ in 0..<5 { script.press(.tab) }  // kind, for, with, who: to "By when"
        script.type("+2h")
        script.press(.control("s"))
        #expect(later.presentedScreen == nil, "the task saves")
        #expect(fixture.store.openTasks.contains { $0.title == "Send the fluids chart" })
        let after = script.render(160, 30)
        #expect(after.contains("Unsaved: your contact about HF (a)") && !after.contains("your task"), "\(after)")
        script.press(.character("a"))
        #expect(script.render(120, 30).contains("Harold Finch"), "the contact carries on where it was set aside")
    }

    @Test func aColleaguesUnsavedFormShowsOnTheDayHeaderWithoutItsContent() throws {
        let fixture = try EntryFixture()
        let storePath = fixture.drafts.folder.deletingPathExtension().path
        // A colleague's session (the fixture's store records as Amara Okafor), typing about
        // Harold Finch, then gone.
        let night = DraftStore(storePath: storePath, staff: "Amara Okafor", session: 999_991)
        let form = ContactEntryScreen(store: fixture.store, drafts: night, restoring: nil)
        let typing = KeyScript(form)
        typing.type("harold")
        typing.press(.tab)
        typing.type("Secret words about his fall")
        #expect(try night.load("contact") != nil)

        let lead = DraftStore(storePath: storePath, staff: "Sam Lead", session: 999_992)
        let screen = try DashboardScreen(store: fixture.store)
        screen.entry = EntryFlows(store: fixture.store, drafts: lead)
        #expect(screen.refreshUnsavedForms())
        let text = KeyScript(screen).render(160, 30)
        #expect(text.contains("Unsaved: Amara Okafor 10:00 contact about HF"), "\(text)")
        #expect(!text.contains("Secret words"))
        // Only its author is offered it: the lead's `a` opens a fresh form.
        #expect(screen.entry?.newestWaiting() == nil)
        // Once saved or thrown away, the notice goes with it.
        night.discard("contact")
        #expect(screen.refreshUnsavedForms())
        #expect(!KeyScript(screen).render(160, 30).contains("Unsaved"))
    }

    /// A running dashboard over a store file hears of the form through the drafts folder's
    /// signal, at once, instead of listing the folder twice a second.
    @Test func aColleaguesUnsavedFormReachesARunningDashboardWithoutATimer() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-unsaved-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("store.sqlite").path
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let store = try Store.create(path: path, staff: "Amara Okafor", clock: ManualClock(EntryFixture.start), calendar: calendar)
        _ = try EntryFixture.fill(store)
        let screen = try DashboardScreen(store: store)
        screen.entry = EntryFlows(store: store, drafts: DraftStore(storePath: path, staff: "Sam Lead", session: 999_994))
        let backend = ScriptedBackend(size: Size(width: 160, height: 30))
        let loop = EventLoop(backend: backend, screen: screen, time: backend.time)
        loop.render()
        #expect(loop.step() == nil)  // the look as the signal starts: nobody has a form open yet
        let start = backend.time.now
        let night = DraftStore(storePath: path, staff: "Amara Okafor", session: 999_993)
        let typing = KeyScript(ContactEntryScreen(store: store, drafts: night, restoring: nil))
        typing.type("harold")
        #expect(loop.step() == nil)
        #expect(backend.time.now == start)
        #expect(try #require(backend.lastFrame).dump().contains("Unsaved: Amara Okafor"))
    }
}

/// A correction carried on from its draft may be about another contact than the one
/// highlighted when `c` was pressed: the form says so, rather than let the worker correct one
/// contact believing it is the other.
@Suite struct UnsavedCorrectionTests {
    @Test func aCorrectionDraftAboutAnotherContactSaysSo() throws {
        let fixture = try EntryFixture()
        func call(_ summary: String) throws -> Contact {
            try fixture.store.addContact(ContactDraft(personID: fixture.zoe.id, partnerID: fixture.patel.id, channel: .phone, summary: summary))
        }
        let first = try call("First call"), second = try call("Second call")
        let entry = EntryFlows(store: fixture.store, drafts: fixture.drafts)
        let typing = KeyScript(entry.open(.contactCorrection, highlighted: first.id))
        typing.press(.tab)
        typing.type(" (typed again)")
        #expect(try fixture.drafts.load("contact-correction") != nil)

        let other = try #require(entry.open(.contactCorrection, highlighted: second.id) as? EntryFormScreen)
        #expect(other.message?.hasPrefix("Your unsaved form, carried on: it is not about the one highlighted") == true, "\(String(describing: other.message))")
        let same = try #require(entry.open(.contactCorrection, highlighted: first.id) as? EntryFormScreen)
        #expect(same.message == nil)
    }
}
