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
    /// A task left unsaved opens first whichever key is pressed, as the design wants; the form
    /// then says so, and which key gives the form that was asked for, and the question at start-up
    /// names the kind of form and says the next form opened brings it back.
    @Test func aWaitingDraftOfAnotherFormSaysWhyItOpenedFirst() throws {
        let fixture = try EntryFixture()
        let typing = try fixture.dashboard().script
        typing.press(.character("T"))
        typing.type("Send the fluids chart")

        let (later, script) = try fixture.dashboard()
        later.present(try #require(later.entry?.draftOffer()))
        let question = script.render(100, 30)
        #expect(question.contains("a form (add a task or promise)"), "\(question)")
        #expect(question.contains("it opens first, whichever form you open next"))
        script.press(.character("n"))
        script.press(.character("a"))
        let form = script.render(120, 30)
        #expect(form.contains("Send the fluids chart"))
        #expect(form.contains("This is the form you left unsaved. Save it, or Esc to leave it, then press a for add a contact or advice."), "\(form)")
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
        #expect(try night.load() != nil)

        let lead = DraftStore(storePath: storePath, staff: "Sam Lead", session: 999_992)
        let screen = try DashboardScreen(store: fixture.store)
        screen.entry = EntryFlows(store: fixture.store, drafts: lead)
        #expect(screen.refreshUnsavedForms())
        let text = KeyScript(screen).render(160, 30)
        #expect(text.contains("Unsaved: Amara Okafor 10:00 contact about HF"), "\(text)")
        #expect(!text.contains("Secret words"))
        // Only its author is offered it: the lead's `a` opens a fresh form.
        #expect(screen.entry?.pendingDraft(adopting: false) == nil)
        // Once saved or thrown away, the notice goes with it.
        night.discard()
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
