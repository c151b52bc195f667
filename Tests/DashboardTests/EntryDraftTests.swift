import Foundation
import Testing
import TerminalUI
@testable import Dashboard
@testable import LiaisonCore

@Suite struct EntryDraftTests {
    func halfTyped(_ fixture: EntryFixture) -> ContactEntryScreen {
        let (screen, script) = fixture.contactBegun("zoe", "patel", "GP visit")
        script.press(.tab)
        script.type("Zoë's dose: 5 mg — «twice daily», 王")
        script.press(.enter)
        script.type("second line")
        while screen.form.focus != .channel { script.press(.tab) }
        script.press(.right, .right, .tab, .tab)  // a visit
        script.type("yesterday 09:30")
        while screen.form.focus != .confirmation { script.press(.backTab) }
        script.press(.right, .tab)
        script.type("by email")
        return screen
    }

    @Test func everyChangeIsKeptAndComesBackWithEveryField() throws {
        let fixture = try EntryFixture()
        let before = halfTyped(fixture)
        let draft = try #require(try fixture.drafts.load("contact"))
        #expect(draft["advice"] == "Zoë's dose: 5 mg — «twice daily», 王\nsecond line")
        let after = fixture.contactScreen(restoring: draft)
        #expect(after.form.values == before.form.values)
        #expect(after.form.focus == .confirmationNote)
        #expect(after.form.person.chosen?.id == fixture.zoe.id)
        #expect(after.form.channel.value == "visit")
    }

    /// A call typed with "When" left empty (now), its session lost, and its draft reopened two
    /// and a half hours later is saved at the time it was typed, not on reopening; the form
    /// writes that time out and says so.
    @Test func aDraftReopenedLaterKeepsTheTimeItWasTyped() throws {
        let fixture = try EntryFixture()
        let (_, script) = fixture.contactBegun("zoe", "patel", "GP visit re rash")
        script.press(.tab)
        script.type("Hydrocortisone 1% cream twice daily for 7 days")
        let draft = try #require(try fixture.drafts.load("contact"))
        #expect(draft[ContactField.when.rawValue] == "")
        let typed = fixture.clock.now
        fixture.clock.set(typed.addingTimeInterval(2.5 * 3_600))
        let reopened = fixture.contactScreen(restoring: draft)
        #expect(reopened.model[ContactField.when.rawValue] == DateInput.momentKey(EntryFixture.start, calendar: fixture.store.calendar))
        #expect(reopened.message?.hasPrefix("Reopened from a draft: “When” as ") == true, "\(String(describing: reopened.message))")
        KeyScript(reopened).press(.control("s"))
        let saved = try #require(fixture.store.recentContacts.first { $0.summary == "GP visit re rash" })
        #expect(saved.happenedAt == EntryFixture.start, "\(saved.happenedAt)")
    }

    @Test func theDashboardOffersTheDraftAtStartAndYesOpensIt() throws {
        let fixture = try EntryFixture()
        _ = halfTyped(fixture)
        let entry = EntryFlows(store: fixture.store, drafts: fixture.drafts)
        let dashboard = try DashboardScreen(store: fixture.store)
        dashboard.entry = entry
        dashboard.present(try #require(entry.draftOffer()))
        let script = KeyScript(dashboard)
        #expect(script.render().contains("Unsaved contact"))
        script.press(.character("y"))
        let screen = script.render()
        #expect(screen.contains("Zoë's dose: 5 mg — «twice daily», 王"))
        #expect(screen.contains("by email"))
        script.press(.control("s"))
        #expect(dashboard.presentedScreen == nil)
        #expect(fixture.store.recentContacts.first?.advice == "Zoë's dose: 5 mg — «twice daily», 王\nsecond line")
        #expect(try fixture.drafts.load("contact") == nil)
    }

    @Test func noKeepsTheDraftAndTheAddKeyReopensIt() throws {
        let fixture = try EntryFixture()
        _ = halfTyped(fixture)
        let dashboard = try DashboardScreen(store: fixture.store)
        dashboard.entry = EntryFlows(store: fixture.store, drafts: fixture.drafts)
        dashboard.present(try #require(dashboard.entry?.draftOffer()))
        let script = KeyScript(dashboard)
        script.press(.character("n"))
        #expect(dashboard.presentedScreen == nil)
        #expect(try fixture.drafts.load("contact") != nil)
        script.press(.character("a"))
        #expect(script.render().contains("by email"))
    }

    @Test func escapeOnAChangedFormAsksAndOnlyYesDiscards() throws {
        let fixture = try EntryFixture()
        let screen = halfTyped(fixture)
        let script = KeyScript(screen)
        script.press(.escape)
        #expect(script.render().contains("Discard this contact?"))
        script.press(.character("n"))
        #expect(script.last == .handled)
        #expect(screen.form.text(.confirmationNote) == "by email")
        script.press(.escape, .character("y"))
        #expect(script.last == .quit)
        #expect(try fixture.drafts.load("contact") == nil)
        #expect(fixture.store.recentContacts.isEmpty)
    }

    @Test func escapeOnAnUntouchedFormJustCloses() throws {
        let fixture = try EntryFixture()
        let script = KeyScript(fixture.contactScreen())
        script.press(.escape)
        #expect(script.last == .quit)
    }

    @Test func aSaveTheStoreRefusesKeepsTheFormOpenWithTheReason() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("entry-ro-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("s.sqlite").path
        _ = try EntryFixture.fill(try Store.create(path: path, staff: "Amara Okafor"))
        let readOnly = try Store.open(path: path, mode: .readOnly, staff: "Amara Okafor")
        let fixture = try EntryFixture(store: readOnly, storePath: path)
        let screen = halfTyped(fixture)
        let script = KeyScript(screen)
        script.press(.control("s"))
        #expect(script.last == .handled)
        #expect(screen.message?.hasPrefix("Not saved") == true)
        #expect(screen.form.text(.confirmationNote) == "by email")
        #expect(try fixture.drafts.load("contact") != nil, "the draft stays until the form is saved")
    }

    @Test func aDraftLeftByAnEndedSessionIsOfferedAndTakenOver() throws {
        let fixture = try EntryFixture()
        let before = halfTyped(fixture)
        let ended = DraftStore(storePath: fixture.drafts.folder.deletingPathExtension().path, staff: "Amara Okafor", session: 2_000_000_000)
        try FileManager.default.moveItem(at: fixture.drafts.file(for: "contact"), to: ended.file(for: "contact"))  // as if typed by that session

        let dashboard = try DashboardScreen(store: fixture.store)
        dashboard.entry = EntryFlows(store: fixture.store, drafts: fixture.drafts)
        dashboard.present(try #require(dashboard.entry?.draftOffer()))
        let script = KeyScript(dashboard)
        script.press(.character("y"))
        #expect(dashboard.presentedScreen is DraftOfferScreen)
        #expect(script.render().contains("Zoë's dose: 5 mg — «twice daily», 王"))
        #expect(!FileManager.default.fileExists(atPath: ended.file(for: "contact").path), "taken over, so not offered twice")
        #expect(try fixture.drafts.load("contact")?.values == before.form.values)
        script.press(.control("s"))
        #expect(dashboard.presentedScreen == nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.drafts.folder.path).isEmpty)
    }
}

/// This session's own draft file is what the next form writes over: one that cannot be read is
/// kept aside, like a left-behind one, rather than overwritten by the first key typed.
@Suite struct EntryOwnDraftTests {
    @Test func anUnreadableOwnDraftIsSetAsideNotOverwritten() throws {
        let fixture = try EntryFixture()
        try FileManager.default.createDirectory(at: fixture.drafts.folder, withIntermediateDirectories: true)
        let typed = Data("{\"form\": \"contact\", \"values\": {\"advice\": \"half-written".utf8)
        try typed.write(to: fixture.drafts.file(for: "contact"))
        let entry = EntryFlows(store: fixture.store, drafts: fixture.drafts)
        let script = KeyScript(entry.open(.contact))
        script.type("Z")
        let names = try FileManager.default.contentsOfDirectory(atPath: fixture.drafts.folder.path)
        let aside = try #require(names.first { $0.hasPrefix(fixture.drafts.file(for: "contact").lastPathComponent + ".unreadable-") })
        #expect(try Data(contentsOf: fixture.drafts.folder.appendingPathComponent(aside)) == typed)
    }
}
