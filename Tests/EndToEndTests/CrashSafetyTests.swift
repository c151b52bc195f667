import Foundation
import LiaisonTestSupport
import Testing

@Suite(.endToEnd, .tags(.endToEnd)) struct CrashSafetyTests {
    /// Kills writers with SIGKILL at different points of their run — some before they open the
    /// store, some mid-save, some not at all — then checks the store and every id that was printed.
    @Test func killedWritersLeaveAHealthyStore() async throws {
        let scratch = try ScratchFolder()
        try await scratch.seeded()
        let store = scratch.path("store.sqlite")
        var printed: [String] = []
        var killed = 0
        var round = 0
        // At least 24 rounds, and on until 8 writers were killed: on a loaded machine a writer may
        // finish before the kill lands, and a run with no kill would prove nothing.
        while round < 24 || (killed < 8 && round < 200) {
            defer { round += 1 }
            let running = try LiaisonProcess.start(
                ["add", "contact", "--person", "Edith Brown", "--partner", "Dr Patel", "--channel", "visit",
                 "--summary", "round \(round)", "--advice", "Keep the heel off the mattress"],
                environment: ["LIAISON_STORE": store, "LIAISON_STAFF": "Crash Test"], home: scratch.home)
            let pid = running.process.processIdentifier
            // Wait until the writer has the store open, then let it run a varying number of
            // polls further so the kill lands at different points of the save.
            var polls = 0
            _ = await eventually(every: 0.001) {
                if !running.process.isRunning { return true }
                if Self.hasOpen(pid: pid, suffix: "store.sqlite") { polls += 1 }
                return polls > round % 6
            }
            if round % 7 != 6, running.process.isRunning, kill(pid, SIGKILL) == 0 { killed += 1 }
            await running.exited()
            let result = running.finish()
            if result.status == 0 && running.process.terminationReason == .exit {
                printed.append(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
            }
        }
        #expect(killed >= 8)
        #expect(!printed.isEmpty)
        let check = try await scratch.liaison(["check"])
        #expect(check.status == 0, "check: \(check.stderr)")
        let export = try await scratch.liaison(["export"]).stdout
        #expect(printed.filter { !export.contains("\"id\" : \"\($0)\"") }.isEmpty)
        // And the store still takes new records.
        #expect(try await scratch.liaison(["add", "contact", "--person", "Edith Brown", "--partner", "Dr Patel", "--channel", "phone", "--summary", "after"]).status == 0)
    }

    static func hasOpen(pid: Int32, suffix: String) -> Bool {
        let folder = "/proc/\(pid)/fd"
        guard let fds = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return false }
        return fds.contains { (try? FileManager.default.destinationOfSymbolicLink(atPath: "\(folder)/\($0)"))?.hasSuffix(suffix) == true }
    }
}
