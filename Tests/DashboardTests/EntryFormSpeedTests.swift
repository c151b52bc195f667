import Foundation
import Testing
import TerminalUI
@testable import Dashboard
@testable import LiaisonCore

/// Issue 13 part 4: a form that forgives speed. Its Tab order never shifts under typing ahead,
/// letters never change a choice, the cursor is where the typing goes, advice wraps to be read
/// back whole, and typed times are read back at once.
@Suite struct EntryFormSpeedTests {
    /// The realistic GP call, typed as a fast worker would, from the dashboard.
    func typeTheGPCall(_ script: KeyScript, render: (String) -> Void = { _ in }) {
        script.press(.character("a"))
        script.type("zoe")
        script.press(.tab)                         // the only match is taken, on to the partner
        script.type("patel")
        script.press(.tab)                         // the only match again, on to the summary
        script.type("GP rang about Zoë's cough")
        script.press(.tab)
        script.type("Give paracetamol 1 g four times a day for three days. If her temperature goes over 38 °C or she becomes drowsy, ring the surgery at once and ask for the duty doctor.")
        script.press(.tab)
        script.press(.right)                       // written confirmation: requested
        script.type("email to the surgery")        // letters go on to "Asked for how"
        render("confirmation")
        script.press(.tab)
        script.type("Paracetamol added to the MAR chart")
        script.press(.tab)
        script.type("GP advice on the phone")
        script.press(.tab)
        script.type("Ring the GP back with her temperature")
        script.press(.tab)
        script.press(.right)                       // a promise
        script.type("Fri 17:00")                   // on to "By when"
        render("due")
        script.press(.control("s"))
    }

    @Test func theGPCallTakesTheTypedTextPlusAtMostTwelveKeys() throws {
        let fixture = try EntryFixture()
        let dashboard = try DashboardScreen(store: fixture.store)
        dashboard.entry = EntryFlows(store: fixture.store, drafts: fixture.drafts)
        let script = KeyScript(dashboard)
        typeTheGPCall(script) { step in
            try? script.render(100, 40).write(toFile: "/tmp/forms/\(step).txt", atomically: true, encoding: .utf8)
        }
        #expect(dashboard.presentedScreen == nil, "the form should have closed on saving")
        #expect(script.keys <= 12)
        let contact = try #require(fixture.store.recentContacts.first)
        #expect(contact.personID == fixture.zoe.id && contact.partnerID == fixture.patel.id)
        #expect(contact.confirmation?.state == .requested && contact.confirmation?.method == "email to the surgery")
        #expect(contact.carePlanAmendment == CarePlanAmendment(change: "Paracetamol added to the MAR chart", reason: "GP advice on the phone"))
        let task = try #require(fixture.store.openTasks.first)
        #expect(task.isPromise && task.title == "Ring the GP back with her temperature")
    }
}
