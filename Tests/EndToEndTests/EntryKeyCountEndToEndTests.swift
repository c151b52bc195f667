import Foundation
import LiaisonTestSupport
import Testing

/// Issue 5's key count, in the real terminal: a GP's phone advice (person, partner, summary,
/// the advice, written confirmation asked for by email) from the dashboard. Typed text is free;
/// every other key is counted, and the aim is no more than 12.
@Suite(.endToEnd, .tags(.endToEnd)) struct EntryKeyCountEndToEndTests {
    let entry: EntryEndToEndTests

    init() throws { entry = try EntryEndToEndTests() }

    @Test func aTypicalGPAdviceTakesElevenKeysBesidesTheTextInTheTerminal() async throws {
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
        let summary = "GP rang about Edith's cough"
        let advice = "Give paracetamol 1 g four times a day; call back if her temperature is over 38 °C."

        try press("a")
        try type("edith")
        try press("Enter")                 // takes Edith, on to the partner
        try type("patel")
        try press("Enter")                 // takes Dr Patel; phone and "they contacted us" already set
        try press("Tab", "Tab", "Tab")     // past channel, direction, when (now)
        try type(summary)
        try press("Tab")
        try type(advice)
        try press("Tab")
        try press("r")                     // written confirmation: requested
        try press("Tab")
        try type("email")
        try press("C-s")
        #expect(await session.waitFor("Saved: \(summary)"))
        #expect(keys == 11)

        let contact = try #require(try await entry.records("contacts", where: "summary", is: summary).first)
        #expect(contact["personID"] as? String == (try await entry.id(of: "Edith Brown", in: "people")))
        #expect(contact["partnerID"] as? String == (try await entry.id(of: "Dr Anil Patel", in: "partners")))
        #expect(contact["channel"] as? String == "phone")
        #expect(contact["advice"] as? String == advice)
        let confirmation = try #require(contact["confirmation"] as? [String: Any])
        #expect(confirmation["state"] as? String == "requested")
        #expect(confirmation["method"] as? String == "email")
    }
}
