import Foundation
import Testing
import TerminalUI
@testable import Dashboard
@testable import LiaisonCore

@Suite struct EntryFollowUpTests {
    func toFollowUp(_ fixture: EntryFixture) -> (ContactEntryScreen, KeyScript) {
        let (screen, script) = fixture.contactBegun("zoe", "patel", "GP rang")
        while screen.form.focus != .taskTitle { script.press(.tab) }
        return (screen, script)
    }

    @Test func severalFollowUpsLeaveOneCall() throws {
        let fixture = try EntryFixture()
        let (screen, script) = toFollowUp(fixture)
        script.press(.control("t"))
        #expect(screen.form.errors[.taskTitle] != nil, "nothing to keep yet")
        script.type("Call the GP back with the readings")
        script.press(.tab, .right, .tab)  // a promise, then "By when"
        script.type("15:00")
        script.press(.control("t"))
        #expect(screen.form.queuedFollowUps.count == 1 && screen.form.text(.taskTitle).isEmpty && screen.form.focus == .taskTitle)
        #expect(script.render().contains("Also: promise “Call the GP back with the readings”, you, by Wed 25 Nov"), "as it read when kept: \(script.render())")
        script.type("Order the new dose from the pharmacy")
        script.press(.tab, .tab)
        script.type("tomorrow 10:00")
        script.press(.tab)
        script.type("Priya Raman")

        let draft = try #require(try fixture.drafts.load("contact"))
        let restored = fixture.contactScreen(restoring: draft)
        #expect(restored.form.queuedFollowUps == screen.form.queuedFollowUps)

        script.press(.control("s"))
        #expect(script.last == .quit)
        let tasks = fixture.store.openTasks.sorted { $0.due < $1.due }
        #expect(tasks.map(\.title) == ["Call the GP back with the readings", "Order the new dose from the pharmacy"])
        #expect(tasks.map(\.isPromise) == [true, false])
        #expect(tasks.map(\.owner) == ["Amara Okafor", "Priya Raman"])
    }
}
