import Foundation
import Testing
import TerminalUI
@testable import Dashboard
@testable import LiaisonCore

/// Pasting into the contact form mid-call: advice keeps its lines, a paste that does not fit says so.
@Suite struct EntryPasteTests {
    func openForm() throws -> (EntryFixture, DashboardScreen, KeyScript) {
        let fixture = try EntryFixture()
        let dashboard = try DashboardScreen(store: fixture.store)
        dashboard.entry = EntryFlows(store: fixture.store, drafts: fixture.drafts)
        let script = KeyScript(dashboard)
        script.press(.character("a"))
        script.type("zoe")
        script.press(.tab)
        script.type("patel")
        script.press(.tab)
        return (fixture, dashboard, script)
    }

    @Test func pastedAdviceKeepsItsLinesAndIsSavedAsPasted() throws {
        let (fixture, _, script) = try openForm()
        script.press(.paste("GP rang\r\nabout the cough"))   // the summary is one line
        script.press(.tab)
        script.press(.paste("Paracetamol 1 g\r\nfour times a day\nCall back over 38"))
        script.press(.control("s"))
        let contact = try #require(fixture.store.recentContacts.first)
        #expect(contact.summary == "GP rang about the cough")
        #expect(contact.advice == "Paracetamol 1 g\nfour times a day\nCall back over 38")
    }

    @Test func aPasteLongerThanTheFieldIsCutAndTheFormSaysSo() throws {
        let (_, _, script) = try openForm()
        script.press(.paste(String(repeating: "x", count: 100_000)))
        #expect(script.render(100, 40).contains("The paste was longer than this field holds"))
        script.press(.tab)
        script.press(.paste(String(repeating: "line\n", count: 30_000)))
        #expect(script.render(100, 40).contains("The paste was longer than this field holds"))
    }
}
