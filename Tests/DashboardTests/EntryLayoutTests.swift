import Foundation
import Testing
import TerminalUI
@testable import Dashboard
@testable import LiaisonCore

@Suite struct EntryLayoutTests {
    /// At the smallest size the form scrolls so the field being typed in stays in view, with
    /// the title and the footer still there.
    @Test func theFocusedFieldStaysInViewOnASmallTerminal() throws {
        let fixture = try EntryFixture()
        let screen = fixture.contactScreen()
        let script = KeyScript(screen)
        script.type("zoe")
        script.press(.enter)
        while screen.form.focus != .taskTitle { script.press(.tab) }
        script.type("Ring back 王")
        script.press(.tab, .tab)
        #expect(screen.form.focus == .taskDue)
        let text = script.render(60, 16)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0].contains("New contact / advice"))
        #expect(text.contains("By when"))
        #expect(text.contains("Ring back 王"))
        #expect(lines[15].contains("Ctrl-S save"))
        #expect(!text.contains("Person "), "the top has scrolled away")
        // Back to the top: the person field shows again, with their sharing basis.
        while screen.form.focus != .person { script.press(.backTab) }
        #expect(script.render(60, 16).contains("Sharing: they consented"))
    }

    /// A note beside a field wraps under it at 80 columns rather than losing what to do next.
    @Test func notesBesideFieldsAreShownWholeAtEightyColumns() throws {
        let fixture = try EntryFixture()
        let script = KeyScript(fixture.contactScreen())
        script.press(.control("s"))
        let words = script.render(80, 24).split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        #expect(words.contains("! choose who you spoke to: type part of their name, role or organisation, then Enter"), "\(words)")
        #expect(words.contains("! choose who this contact was about: type part of their name, then Enter"))
    }

    /// The longest labels of the other forms are not cut short either.
    @Test func longLabelsFitInTheCorrectionForm() throws {
        let fixture = try EntryFixture()
        let dashboard = try DashboardScreen(store: fixture.store)
        dashboard.entry = EntryFlows(store: fixture.store, drafts: fixture.drafts)
        let script = KeyScript(dashboard)
        script.press(.character("c"))
        #expect(script.render(80, 24).contains("Why you are correcting it"))
    }
}
