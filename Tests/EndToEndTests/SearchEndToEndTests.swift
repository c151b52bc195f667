import Foundation
import LiaisonTestSupport
import Testing

/// `/` in the built binary over the demo store: search finds people and partners, not only
/// what was said in contacts, and opening a partner leads to their contacts (issue 13, part 5).
@Suite(.endToEnd) struct SearchEndToEndTests {
    @Test func slashPatelFindsThePartnerAndOpensTheirRecord() async throws {
        let scratch = try ScratchFolder()
        let store = scratch.path("demo.sqlite")
        let command = "sh -c '\(LiaisonProcess.binary.path) demo --seed 1 --store \(store) --as E2E; echo EXITED-$?; exec sh'"
        let session = try scratch.tmux(command: command, width: 120, height: 40)
        defer { session.kill() }
        #expect(await session.waitFor("Escalations"))
        try session.send("/", literal: true)
        #expect(await session.waitFor("Find:"))
        try session.send("patel", literal: true)
        try session.send("Enter")
        #expect(await session.waitFor("Partners (1)"))
        let results = session.capture()
        #expect(results.contains("Dr Anil Patel"), "\(results)")
        #expect(results.contains("GP · Riverside Surgery"), "\(results)")
        // The first result is highlighted: Enter opens the partner, with their contacts linked.
        try session.send("Enter")
        #expect(await session.waitFor("Partner — Dr Anil Patel"))
        #expect(await session.waitFor("Contact "))
        try session.send("Escape")
        try session.send("Escape")
        #expect(await session.waitFor("Escalations"))
        try session.send("q", literal: true)
        #expect(await session.waitFor("EXITED-0"))
    }
}
