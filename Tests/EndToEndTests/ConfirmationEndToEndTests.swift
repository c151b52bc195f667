import Foundation
import LiaisonTestSupport
import Testing

/// R6 end to end: advice whose written confirmation was asked for is chased twice from the
/// command line and received from the dashboard, the chase count and the owed list changing
/// at each step; advice saved with no decision is owed as "decide: ask in writing".
@Suite(.endToEnd, .tags(.endToEnd)) struct ConfirmationEndToEndTests {
    let scratch: ScratchFolder

    init() async throws {
        scratch = try ScratchFolder()
        try await scratch.seeded()
        _ = try await scratch.liaison(["add", "partner", "--name", "Jo Okafor", "--role", "district-nurse"])
    }

    func run(_ arguments: [String]) async throws -> LiaisonProcess.Result {
        let result = try await scratch.liaison(arguments)
        #expect(result.status == 0, "liaison \(arguments.joined(separator: " ")): \(result.stderr)")
        return result
    }

    func report() async throws -> String { try await run(["report"]).stdout }

    @Test func requestedThenChasedTwiceThenReceivedWhileUndecidedAdviceStaysOwed() async throws {
        let asked = try await run([
            "add", "contact", "--person", "Edith Brown", "--partner", "Dr Patel", "--channel", "phone",
            "--summary", "GP rang with blood results", "--advice", "Repeat the bloods in a week",
            "--confirmation", "requested", "--confirmation-note", "email to the surgery",
        ]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        _ = try await run([
            "add", "contact", "--person", "Edith Brown", "--partner", "Jo Okafor", "--channel", "visit",
            "--summary", "Nurse dressed the heel", "--advice", "Keep the heel off the mattress", "--when", "2026-11-24 09:00",
        ])
        var text = try await report()
        #expect(text.contains("WRITTEN CONFIRMATION TO CHASE (1, oldest first)"))
        #expect(text.contains("(email to the surgery)"))
        #expect(text.contains("not chased yet"))
        #expect(text.contains("DECIDE: ASK IN WRITING (1, oldest first)"))
        #expect(text.contains("Jo Okafor, District nurse"))

        // Two chases from the command line, by the start of the contact's id as the report gives it.
        let short = String(asked.prefix(8))
        #expect(text.contains("Contact \(short)"))
        var out = try await run(["confirm", short, "--chased", "--note", "Left a message with reception"]).stdout
        #expect(out == "Written confirmation asked for, chased 1 time; on the chase list\n")
        out = try await run(["confirm", short, "--chased", "--note", "Reception say the GP has signed it", "--as", "Kim Night"]).stdout
        #expect(out == "Written confirmation asked for, chased 2 times; on the chase list\n")
        text = try await report()
        #expect(text.contains("chased 2 times"))
        #expect(text.contains("by Kim Night: Reception say the GP has signed"))

        // The dashboard lists both, oldest first, and receives the letter with one key.
        let session = try scratch.tmux(
            command: "sh -c '\(LiaisonProcess.binary.path) --store \(scratch.path("store.sqlite")) --as \"Sam Lead\"; echo EXITED-$?; exec sh'",
            width: 120, height: 30)
        defer { session.kill() }
        #expect(await session.waitFor("Escalations", timeout: 15))
        #expect(await session.waitFor("1 decide"))
        try session.send("o", literal: true)
        #expect(await session.waitFor("Owed in writing — 1 to chase, 1 to decide"))
        #expect(await session.waitFor("asked, chased 2×"))
        // Oldest first: the advice waiting for a decision since 09:00, then the request made at 14:30.
        let rows = session.capture().split(separator: "\n")
        let decide = try #require(rows.firstIndex { $0.contains("Jo Okafor") && $0.contains("decide") })
        let chased = try #require(rows.firstIndex { $0.contains("asked, chased 2×") })
        #expect(decide < chased)
        try session.send("Down")
        try session.send("w", literal: true)
        #expect(await session.waitFor("What happened"))
        try session.send("Right")                      // chased → received
        try session.send("Tab")
        try session.send("Right")                      // email → letter
        try session.send("Tab")
        try session.send("RS/2211", literal: true)
        try session.send("C-s")
        #expect(await session.waitFor("Owed in writing — 0 to chase, 1 to decide"), "\(session.capture())")
        #expect(!session.capture().contains("asked, chased 2×"))
        try session.send("Escape")
        try session.send("q", literal: true)
        #expect(await session.waitFor("EXITED-0"))

        text = try await report()
        #expect(text.contains("WRITTEN CONFIRMATION TO CHASE (0, oldest first)"))
        #expect(text.contains("received") && text.contains("by letter, reference RS/2211"))
        #expect(text.contains("DECIDE: ASK IN WRITING (1, oldest first)"))

        // The loop is closed: nothing more to chase or receive; every step is in the export.
        let refused = try await scratch.liaison(["confirm", short, "--chased", "--note", "again"])
        #expect(refused.status != 0 && refused.stderr.contains("already come"))
        let export = try await run(["export"]).stdout
        let document = try #require(try JSONSerialization.jsonObject(with: Data(export.utf8)) as? [String: Any])
        let contact = try #require((document["contacts"] as? [[String: Any]])?.first { $0["id"] as? String == asked })
        let confirmation = try #require(contact["confirmation"] as? [String: Any])
        #expect((confirmation["chases"] as? [[String: Any]])?.count == 2)
        #expect(confirmation["receivedAs"] as? String == "letter")
        let history = (document["history"] as? [[String: Any]] ?? []).filter { $0["recordID"] as? String == asked }
        #expect(history.compactMap { $0["reason"] as? String }.sorted() == [
            "chased for written confirmation (chase 1): Left a message with reception",
            "chased for written confirmation (chase 2): Reception say the GP has signed it",
            "written confirmation received (letter, reference RS/2211)",
        ])
    }

    /// A request entered the next morning keeps the time it was made, and a letter cannot be
    /// received before it was asked for; a detail the step has nowhere to keep is refused.
    @Test func aLateRequestKeepsItsTimeAndStrayDetailsAreRefused() async throws {
        let id = try await run([
            "add", "contact", "--person", "Edith Brown", "--partner", "Dr Patel", "--channel", "phone",
            "--summary", "GP rang about fluids", "--advice", "Offer a drink every hour", "--when", "yesterday 11:00",
        ]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let short = String(id.prefix(8))
        _ = try await run(["confirm", short, "--requested", "--how", "email to the surgery", "--when", "yesterday 12:00"])

        let stray = try await scratch.liaison(["confirm", short, "--received", "--from", "Other Surgery"])
        #expect(stray.status == 1 && stray.stderr.contains("--from is for --requested only"), "\(stray.stderr)")
        let early = try await scratch.liaison(["confirm", short, "--received", "--how", "letter", "--when", "yesterday 11:30"])
        #expect(early.status == 1 && early.stderr.contains("before it was asked for"), "\(early.stderr)")
        _ = try await run(["confirm", short, "--received", "--how", "letter", "--reference", "RS/1", "--when", "yesterday 15:00"])

        let export = try await run(["export"]).stdout
        let document = try #require(try JSONSerialization.jsonObject(with: Data(export.utf8)) as? [String: Any])
        let contact = try #require((document["contacts"] as? [[String: Any]])?.first { $0["id"] as? String == id })
        let confirmation = try #require(contact["confirmation"] as? [String: Any])
        #expect(confirmation["requestedAt"] as? String == "2026-11-23T12:00:00Z")
        #expect(confirmation["receivedAt"] as? String == "2026-11-23T15:00:00Z")
    }

    /// A request made by mistake over "not needed" is taken back to "not needed", and each
    /// take-back says where the advice now stands, "no decision yet" too.
    @Test func aStepTakenBackSaysWhereTheAdviceNowStands() async throws {
        let id = try await run([
            "add", "contact", "--person", "Edith Brown", "--partner", "Dr Patel", "--channel", "phone",
            "--summary", "GP rang about fluids", "--advice", "Offer a drink every hour",
        ]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let short = String(id.prefix(8))
        _ = try await run(["confirm", short, "--not-needed", "--note", "GP will write to the hospital anyway"])
        _ = try await run(["confirm", short, "--requested", "--how", "email"])
        var out = try await run(["confirm", short, "--taken-back", "--note", "asked on the wrong contact, entered in error"]).stdout
        #expect(out == "No written confirmation needed: GP will write to the hospital anyway\n")
        #expect(try await report().contains("DECIDE: ASK IN WRITING (0, oldest first)"))
        out = try await run(["confirm", short, "--taken-back", "--note", "nobody decided this, it was a guess"]).stdout
        #expect(out == "No decision yet on written confirmation; on the list to decide whether to ask in writing\n")
        #expect(try await report().contains("DECIDE: ASK IN WRITING (1, oldest first)"))
    }
}
