import Foundation
import LiaisonTestSupport
import Testing

/// Issue 13's key count, in the real terminal: a realistic GP call — person, partner, summary,
/// advice, written confirmation asked for by email, a care-plan change and why, a promise due
/// "Fri 17:00" — from the dashboard. Typed text is free; every other key is counted (Tab, Enter,
/// arrows, Ctrl-S, and the `a` that opens the form), and the aim is no more than 12. The screen
/// is read after each step, as the person typing would see it.
@Suite(.endToEnd, .tags(.endToEnd)) struct EntryKeyCountEndToEndTests {
    let entry: EntryEndToEndTests

    init() throws { entry = try EntryEndToEndTests() }

    static let summary = "Dr Patel rang about Edith's blood pressure"
    static let advice = "Reduce amlodipine to 5 mg once a day from tomorrow. Check her blood pressure every morning for a week "
        + "and ring the surgery if the top number is under 100 or she feels dizzy when standing."

    @Test func aRealisticGPCallTakesTheTypedTextPlusTwelveKeys() async throws {
        let session = try await entry.open()
        defer { session.kill() }
        var keys = 0
        func press(_ names: String...) throws {
            for name in names {
                keys += 1
                try session.send(name)
            }
        }
        func type(_ text: String) throws { try session.send(text, literal: true) }
        /// The screen's first row holding `label`.
        func row(_ label: String) -> String {
            session.capture().split(separator: "\n").first { $0.contains(label) }.map(String.init) ?? ""
        }
        /// Whether the row labelled `label` comes to show `text`; keys are taken as fast as they come.
        func shows(_ label: String, _ text: String) async -> Bool {
            await eventually { row(label).contains(text) }
        }
        /// The terminal's cursor: its row's text, and whether it is shown.
        func cursorRow() -> (row: String, shown: Bool) {
            let parts = session.display("#{cursor_y},#{cursor_flag}").split(separator: ",")
            let lines = session.capture().split(separator: "\n", omittingEmptySubsequences: false)
            let y = Int(parts.first ?? "") ?? -1
            return (lines.indices.contains(y) ? String(lines[y]) : "", parts.last == "1")
        }
        /// Whether the cursor comes to be shown on the row labelled `label`.
        func cursorIn(_ label: String) async -> Bool {
            await eventually { cursorRow().shown && cursorRow().row.contains(label) }
        }

        try press("a")
        #expect(await session.waitFor("New contact / advice"))
        #expect(await cursorIn("Person"), "the cursor waits in the person's field")

        try type("edith")
        #expect(await session.waitFor("▸ Edith Brown"))
        try press("Tab")                           // the only match is taken; on to the partner
        #expect(await session.waitFor("Sharing: they consented"))
        #expect(await shows("Person", "Edith Brown"))
        #expect(await cursorIn("Partner"))

        try type("patel")
        #expect(await session.waitFor("▸ Dr Anil Patel"))
        try press("Tab")                           // on to the summary
        #expect(await shows("Partner", "Dr Anil Patel  GP · Riverside Surgery"))
        #expect(await cursorIn("Summary"))

        try type(Self.summary)
        try press("Tab")
        try type(Self.advice)
        // The advice wraps and is read back whole, its end and its start both on screen.
        #expect(await session.waitFor("feels dizzy when standing."))
        let advice = EntryEndToEndTests.flattened(session.capture())
        #expect(advice.contains(Self.advice.split(separator: " ").joined(separator: " ")), "\(session.capture())")

        try press("Tab", "Right")                  // written confirmation: requested
        #expect(await shows("Written confirmation", "[Requested]"))
        #expect(await cursorIn("Written confirmation"))
        try type("email")                          // typed on the choice, it goes on to "Asked for how"
        #expect(await shows("Asked for how", "email"))
        #expect(await cursorIn("Asked for how"))
        #expect(row("Written confirmation").contains("[Requested]"), "letters never change a choice")

        try press("Tab")
        try type("Amlodipine reduced to 5 mg once a day")
        try press("Tab")
        try type("GP's advice after a low reading")
        #expect(await shows("Care plan changed", "Amlodipine reduced to 5 mg once a day"))
        #expect(await shows("Why it changed", "GP's advice after a low reading"))

        try press("Tab")
        try type("Ring Dr Patel with the week's readings")
        try press("Tab", "Right")                  // a promise
        #expect(await shows("Task or promise", "[Promise"))
        try type("Fri 17:00")                      // on to "By when", read back as it is typed
        #expect(await shows("By when", "Fri 17:00"))
        #expect(await session.waitFor("→ Fri 27 Nov 17:00"), "\(session.capture())")
        #expect(await cursorIn("By when"))

        try press("C-s")
        #expect(await session.waitFor("Saved: \(Self.summary)"))
        #expect(await eventually { !cursorRow().shown }, "no cursor on the dashboard")
        #expect(keys == 12)

        let contact = try #require(try await entry.records("contacts", where: "summary", is: Self.summary).first)
        #expect(contact["personID"] as? String == (try await entry.id(of: "Edith Brown", in: "people")))
        #expect(contact["partnerID"] as? String == (try await entry.id(of: "Dr Anil Patel", in: "partners")))
        #expect(contact["channel"] as? String == "phone" && contact["direction"] as? String == "incoming")
        #expect(contact["advice"] as? String == Self.advice)
        let confirmation = try #require(contact["confirmation"] as? [String: Any])
        #expect(confirmation["state"] as? String == "requested" && confirmation["method"] as? String == "email")
        let amendment = try #require(contact["carePlanAmendment"] as? [String: Any])
        #expect(amendment["change"] as? String == "Amlodipine reduced to 5 mg once a day")
        #expect(amendment["reason"] as? String == "GP's advice after a low reading")
        let task = try #require(try await entry.records("tasks", where: "title", is: "Ring Dr Patel with the week's readings").first)
        #expect(task["isPromise"] as? Bool == true)
        #expect(task["due"] as? String == "2026-11-27T17:00:00Z", "Fri 17:00 is the coming Friday, from Tue 24 Nov")
        #expect(task["personID"] as? String == contact["personID"] as? String)
    }
}
