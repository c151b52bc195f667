import Foundation
import LiaisonTestSupport
import Testing

/// R10 end to end: an urgent escalation is due within 4 hours; a partner's concern stays flagged
/// until a manager from the staff list acknowledges it, and a shift lead cannot do it for them.
@Suite(.endToEnd, .tags(.endToEnd)) struct EscalationUrgencyEndToEndTests {
    let scratch: ScratchFolder

    init() async throws {
        scratch = try ScratchFolder()
        try await scratch.seeded()
        let settings = #"{"staff": [{"name": "Ruth Okafor", "role": "registered-manager"}, {"name": "Kim Night", "role": "shift-lead"}]}"#
        try Data(settings.utf8).write(to: URL(fileURLWithPath: scratch.path("store.sqlite") + ".settings.json"))
    }

    func run(_ arguments: [String]) async throws -> LiaisonProcess.Result {
        let result = try await scratch.liaison(arguments)
        #expect(result.status == 0, "liaison \(arguments.joined(separator: " ")): \(result.stderr)")
        return result
    }

    @Test func urgentIsDueWithinFourHoursAndAPartnersConcernWaitsForAManager() async throws {
        _ = try await run([
            "add", "escalation", "--kind", "partner-practice", "--summary", "Insulin visit missed this morning",
            "--person", "Edith Brown", "--urgent", "--manager", "ruth okafor",
        ])
        let typed = try await scratch.liaison(["add", "escalation", "--kind", "disagreement", "--summary", "x", "--manager", "Ruth Okafor (deputy)"])
        #expect(typed.status == 0, "a name that starts with a manager's is that manager: \(typed.stderr)")
        let stranger = try await scratch.liaison(["add", "escalation", "--kind", "disagreement", "--summary", "x", "--manager", "Kim Night"])
        #expect(stranger.status != 0 && stranger.stderr.contains("not a manager on the staff list (Ruth Okafor)"))
        _ = try await run(["add", "escalation", "--kind", "partner-concern", "--summary", "Nurse worried fluid charts are not kept", "--person", "Edith Brown", "--manager", "Ruth Okafor"])

        var report = try await run(["report"]).stdout
        // 14:30 now: the urgent one must be acknowledged by 18:30 today.
        #expect(report.contains("URGENT · Concern about a partner's practice"))
        #expect(report.contains("Acknowledge by 24 Nov 18:30"))
        #expect(report.contains("A manager must acknowledge this and speak with the partner."))

        // The shift lead sees the concern flagged and cannot acknowledge it; the manager can.
        let lead = try scratch.tmux(
            command: "sh -c '\(LiaisonProcess.binary.path) --store \(scratch.path("store.sqlite")) --as \"Kim Night\"; echo EXITED-$?; exec sh'",
            width: 120, height: 30)
        defer { lead.kill() }
        #expect(await lead.waitFor("⚠ MANAGER"))
        #expect(lead.capture().contains("URGENT their p"))
        try lead.send("s", literal: true)
        #expect(await lead.waitFor("Move an escalation on"))
        try lead.send("fluid", literal: true)
        try lead.send("Enter", "Tab")  // the escalation; the step it may take
        #expect(await lead.waitFor("[Add a note]"), "\(lead.capture())")
        #expect(!lead.capture().contains("Acknowledged"), "a manager's step is not offered: \(lead.capture())")
        try lead.send("Escape")
        try lead.send("y", literal: true)
        try lead.send("q", literal: true)
        #expect(await lead.waitFor("EXITED-0"))

        let acknowledged = try await scratch.liaison(["report", "--as", "Ruth Okafor"])
        #expect(acknowledged.stdout.contains("A manager must acknowledge this"))
        let manager = try scratch.tmux(
            command: "sh -c '\(LiaisonProcess.binary.path) --store \(scratch.path("store.sqlite")) --as \"Ruth Okafor\"; echo EXITED-$?; exec sh'",
            width: 120, height: 30)
        defer { manager.kill() }
        #expect(await manager.waitFor("⚠ MANAGER"))
        try manager.send("s", literal: true)
        #expect(await manager.waitFor("Move an escalation on"))
        try manager.send("fluid", literal: true)
        try manager.send("Enter", "Tab", "Right")
        try manager.send("C-s")
        #expect(await eventually { !manager.capture().contains("⚠ MANAGER") }, "\(manager.capture())")
        try manager.send("q", literal: true)
        #expect(await manager.waitFor("EXITED-0"))
        report = try await run(["report"]).stdout
        #expect(!report.contains("A manager must acknowledge this"))
    }
}
