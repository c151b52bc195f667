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
        #expect(asked.contains("y yes   k keep for later   n no"), "\(asked)")
        script.press(.character("k"))
        #expect(later.presentedScreen == nil)
        let header = script.render(160, 30)
        #expect(header.contains("Kept unsaved for later: a opens it again"), "\(header)")
        let restarted = try #require(try fixture.dashboard().screen.entry?.draftOffer())
        let offered = KeyScript(restarted).render(100, 30)
        #expect(offered.contains("You have 1 more unsaved form: each form's key opens its own."), "\(offered)")
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
        #expect(other.message?.hasPrefix("Your unsaved correction, carried on, is about another contact than the one highlighted") == true, "\(String(describing: other.message))")
        let same = try #require(entry.open(.contactCorrection, highlighted: first.id) as? EntryFormScreen)
        #expect(same.message == nil)
    }
}

/// Keeping a form for later is only said once it is kept: a drafts folder Liaison refuses to
/// write (open to every user, a full disk) leaves the form open, saying so, and a kept form that
/// cannot be read for a moment is never written over by a fresh one.
@Suite struct UnsavedFormFailureTests {
    @Test func kOnAFormWhoseDraftCannotBeWrittenKeepsTheFormOpen() throws {
        let fixture = try EntryFixture()
        try FileManager.default.createDirectory(at: fixture.drafts.folder, withIntermediateDirectories: true)
        chmod(fixture.drafts.folder.path, 0o777)
        let (screen, script) = try fixture.dashboard()
        script.press(.character("a"))
        script.type("harold")
        script.press(.escape)
        script.press(.character("k"))
        let form = try #require(screen.presentedScreen as? EntryFormScreen, "not left: nothing was kept")
        #expect(form.message?.hasPrefix("Not kept for later: Your typing could not be kept as a draft") == true, "\(String(describing: form.message))")
        #expect(!script.render(120, 30).contains("Kept unsaved for later"))
    }

    @Test func aKeptFormThatCannotBeReadIsNotWrittenOver() throws {
        let fixture = try EntryFixture()
        let kept = EntryDraft(form: "leaving", values: ["note": "Hospital"], updatedAt: EntryFixture.start)
        try fixture.drafts.save(kept)
        chmod(fixture.drafts.folder.path, 0o777)
        let screen = try #require(EntryFlows(store: fixture.store, drafts: fixture.drafts).open(.leaving) as? EntryFormScreen)
        #expect(screen.draftBlocked != nil)
        #expect(screen.message?.hasPrefix("Your kept leaving or return could not be read") == true, "\(String(describing: screen.message))")
        chmod(fixture.drafts.folder.path, 0o700)
        let script = KeyScript(screen)
        script.type("x")
        #expect(try fixture.drafts.load("leaving") == kept, "the kept form is as it was")
    }

    /// Two contacts kept (this session's, and one a session that ended left): both are named;
    /// `a` opens this session's, then the other once that is saved.
    @Test func twoKeptFormsOfOneKindAreBothNamed() throws {
        let fixture = try EntryFixture()
        let ended = DraftStore(storePath: fixture.drafts.folder.deletingPathExtension().path, staff: "Amara Okafor", session: 2_000_000_000)
        try ended.save(EntryDraft(form: "contact", values: ["person": fixture.zoe.id, "summary": "GP says half dose"], updatedAt: EntryFixture.start))
        try ended.saveNotice(DraftNotice(staff: "Amara Okafor", form: "contact", updatedAt: EntryFixture.start, about: "ZA"))
        try fixture.drafts.save(EntryDraft(form: "contact", values: ["summary": "Nurse rang"], updatedAt: EntryFixture.start + 60))
        try fixture.drafts.saveNotice(DraftNotice(staff: "Amara Okafor", form: "contact", updatedAt: EntryFixture.start + 60, about: "HF"))
        let (screen, script) = try fixture.dashboard()
        screen.refreshUnsavedForms()
        let header = script.render(160, 30)
        #expect(header.contains("Unsaved: your contact about HF (a); your contact about ZA (a)"), "\(header)")
    }
}

/// `w` on one contact with a confirmation of another kept: the form says whose it is.
@Suite struct UnsavedConfirmationTests {
    @Test func aKeptConfirmationOfAnotherContactSaysSo() throws {
        let fixture = try EntryFixture()
        func advice(_ summary: String) throws -> Contact {
            try fixture.store.addContact(ContactDraft(personID: fixture.zoe.id, partnerID: fixture.patel.id, channel: .phone,
                                                      summary: summary, advice: "Fluids every hour"))
        }
        let first = try advice("First call"), second = try advice("Second call")
        let entry = EntryFlows(store: fixture.store, drafts: fixture.drafts)
        let typing = KeyScript(entry.confirm(contactID: first.id))
        typing.press(.tab)
        typing.type("by email")
        #expect(try fixture.drafts.load("confirmation") != nil)
        let other = try #require(entry.confirm(contactID: second.id) as? EntryFormScreen)
        #expect(other.message?.hasPrefix("Your unsaved confirmation step, carried on, is about another contact than the one highlighted") == true,
                "\(String(describing: other.message))")
        #expect(other.model["contact"] == first.id)
    }
}
