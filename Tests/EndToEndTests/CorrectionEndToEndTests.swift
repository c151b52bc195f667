import Foundation
import LiaisonTestSupport
import Testing

/// R11 end to end: advice recorded against the wrong resident is corrected to the right one on
/// the dashboard; it then appears under the right person, and under the wrong one as moved away,
/// with the correction in the history and the handover.
@Suite(.endToEnd, .tags(.endToEnd)) struct CorrectionEndToEndTests {
    @Test func aContactMovedToTheRightPersonShowsUnderBoth() async throws {
        let scratch = try ScratchFolder()
        try await scratch.seeded()
        _ = try await scratch.liaison(["add", "person", "--name", "Arthur Lee", "--basis", "consent"])
        let added = try await scratch.liaison([
            "add", "contact", "--person", "Edith Brown", "--partner", "Dr Patel", "--channel", "phone",
            "--summary", "GP rang about the heel dressing", "--advice", "Dress the heel every other day",
        ])
        let id = added.stdout.trimmingCharacters(in: .whitespacesAndNewlines)

        let session = try scratch.tmux(
            command: "sh -c '\(LiaisonProcess.binary.path) --store \(scratch.path("store.sqlite")) --as \"Sam Lead\"; echo EXITED-$?; exec sh'",
            width: 120, height: 30)
        defer { session.kill() }
        #expect(await session.waitFor("Escalations"))
        try session.send("c", literal: true)
        #expect(await session.waitFor("Correct a contact"))
        try session.send("heel dressing", literal: true)
        try session.send("Enter", "Tab", "Tab", "Tab", "C-u")   // the contact; past summary and advice; clear the person
        try session.send("arthur", literal: true)
        try session.send("Enter")
        // Past the person taken, partner, when, how, direction, care plan change and why, nature, shared.
        for _ in 0..<9 { try session.send("Tab") }
        try session.send("It was Arthur's heel; entered against Edith by mistake", literal: true)
        try session.send("C-s")
        #expect(await eventually { !session.capture().contains("Correct a contact") }, "\(session.capture())")

        // People are listed by name: Arthur Lee, then Edith Brown.
        try session.send("Down", "Enter")
        #expect(await session.waitFor("Person — Edith Brown"))
        #expect(await session.waitFor("Moved to Arthur Lee"), "\(session.capture())")
        try session.send("Escape", "Up", "Enter")
        #expect(await session.waitFor("Person — Arthur Lee"))
        #expect(await session.waitFor("GP rang about the heel dressing (amended)"), "\(session.capture())")
        try session.send("Escape", "q")
        #expect(await session.waitFor("EXITED-0"))

        let export = try await scratch.liaison(["export"]).stdout
        let document = try #require(try JSONSerialization.jsonObject(with: Data(export.utf8)) as? [String: Any])
        let people = document["people"] as? [[String: Any]] ?? []
        let arthur = try #require(people.first { $0["name"] as? String == "Arthur Lee" }?["id"] as? String)
        let contact = try #require((document["contacts"] as? [[String: Any]])?.first { $0["id"] as? String == id })
        #expect(contact["personID"] as? String == arthur)
        let history = (document["history"] as? [[String: Any]] ?? []).filter { $0["recordID"] as? String == id }
        #expect(history.count == 1 && history.first?["isCorrection"] as? Bool == true)
        let report = try await scratch.liaison(["report"]).stdout
        #expect(report.contains("Corrected contact about Arthur Lee · by Sam Lead"))
        #expect(report.contains("Before: person was Edith Brown"))
    }
}
