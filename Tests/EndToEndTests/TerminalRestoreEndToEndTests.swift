import Foundation
import LiaisonTestSupport
import Testing

/// The terminal a person was using comes back whole however Liaison ends: even a crash (a Swift
/// runtime trap is SIGILL or SIGTRAP; SIGABRT, SIGSEGV and SIGBUS are the others) gives back
/// echo, line editing, the cursor and the shell's screen, and is still reported as a crash.
@Suite(.endToEnd, .tags(.endToEnd)) struct TerminalRestoreEndToEndTests {
    /// The pane runs the dashboard, then says how it ended and which terminal modes are on.
    static func command(store: String) -> String {
        let modes = "stty -a | tr \" ;\" \"\\n\\n\" | grep -x -e icanon -e -icanon -e echo -e -echo | tr \"\\n\" \" \""
        return "sh -c 'ulimit -c 0; \(LiaisonProcess.binary.path) demo --store \(store); echo EXITED-$?; echo MODES: $(\(modes)); exec sh'"
    }

    @Test(arguments: [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS])
    func aCrashRestoresTheTerminalAndIsStillReported(signal: Int32) async throws {
        let scratch = try ScratchFolder()
        let session = try scratch.tmux(command: Self.command(store: scratch.path("demo.sqlite")), width: 100, height: 30)
        defer { session.kill() }
        #expect(await session.waitFor("(today)"))
        #expect(session.display("#{alternate_on}") == "1")
        let shell = try #require(session.panePID())
        let child = try #require(DashboardEndToEndTests.children(of: shell).first)
        kill(child, signal)
        // The shell reports the crash as the signal's own exit status: nothing was swallowed.
        #expect(await session.waitFor("EXITED-\(128 + signal)"))
        #expect(await session.waitFor("MODES: icanon echo"), "\(session.capture())")
        #expect(session.display("#{alternate_on}") == "0")
        #expect(session.display("#{cursor_flag}") == "1")
    }

    /// With no terminal, plain `liaison` and `liaison demo` refuse before they open anything:
    /// a script or a cron job never creates a store, or fills one with sample data, by mistake.
    @Test func withoutATerminalNothingIsOpenedOrCreated() async throws {
        let scratch = try ScratchFolder()
        for arguments in [["demo"], ["demo", "--store", scratch.path("demo.sqlite")]] {
            let result = try await scratch.liaison(arguments)
            #expect(result.status == 1, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains("interactive terminal"))
        }
        // With no terminal to ask on, the dashboard refuses a missing store as every command does.
        let dashboard = try await scratch.liaison([])
        #expect(dashboard.status == 66, "\(dashboard.stderr)")
        #expect(dashboard.stderr.contains("There is no store at \(scratch.path("store.sqlite"))"))
        #expect(!FileManager.default.fileExists(atPath: scratch.path("store.sqlite")))
        #expect(!FileManager.default.fileExists(atPath: scratch.path("demo.sqlite")))
        #expect(try FileManager.default.subpathsOfDirectory(atPath: scratch.home).isEmpty)
    }

    @Test func anUnknownTerminalTypeCreatesNoStore() async throws {
        let scratch = try ScratchFolder()
        let store = scratch.path("store.sqlite")
        let session = try scratch.tmux(
            command: "sh -c 'TERM=nonexistent \(LiaisonProcess.binary.path) --store \(store); echo EXITED-$?; exec sh'")
        defer { session.kill() }
        #expect(await session.waitFor("EXITED-1"))
        #expect(!FileManager.default.fileExists(atPath: store))
    }
}
