import Foundation
import LiaisonTestSupport
import Testing

/// The built binary in a real terminal (tmux on a private socket).
@Suite(.endToEnd, .tags(.endToEnd)) struct DashboardEndToEndTests {
    /// A shell line that runs liaison, prints its exit status, then leaves an interactive shell
    /// in the pane so a test can check the terminal still works.
    static func command(_ prefix: String = "", store: String) -> String {
        "sh -c '\(prefix)\(LiaisonProcess.binary.path) --store \(store); echo EXITED-$?; exec sh'"
    }

    /// A dashboard in tmux over a throwaway store of its own (made with `init`), never the user's.
    static func session(_ prefix: String = "", width: Int, height: Int) async throws -> TmuxSession {
        let scratch = try ScratchFolder()
        try await scratch.initStore()
        return try scratch.tmux(command: command(prefix, store: scratch.path("store.sqlite")), width: width, height: height)
    }

    static let panes = ["People", "Contacts", "Tasks", "Escalations"]

    @Test func panesAppearAndAreLaidOutAgainOnResize() async throws {
        let session = try await Self.session(width: 100, height: 30)
        defer { session.kill() }
        #expect(await session.waitFor("Escalations"))
        var screen = session.capture()
        for title in Self.panes { #expect(screen.contains("─ \(title) ─"), "no \(title) at 100×30") }
        #expect(screen.contains("? help"))
        let wideLines = screen.split(separator: "\n")
        #expect(wideLines.first?.hasPrefix("─ People ─ No one recorded yet") == true && wideLines.first?.count == 100)

        try session.resize(width: 60, height: 15)
        // Wait for the redraw, not just for tmux cutting the old frame to the new width. An empty
        // store's People, Tasks and Escalations are one-line bars; Contacts takes the rest.
        #expect(await eventually { session.capture().split(separator: "\n").first.map { $0.count == 60 && $0.hasPrefix("─ People") } ?? false })
        screen = session.capture()
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        for title in Self.panes { #expect(screen.contains("─ \(title) ─"), "no \(title) at 60×15") }
        #expect(lines[1].hasPrefix("┌─ Contacts") && lines[1].hasSuffix("┐"))
        #expect(lines[12].hasPrefix("└") && lines[12].hasSuffix("┘"))
        #expect(lines[13].hasPrefix("─ Tasks"))

        try session.resize(width: 20, height: 6)
        #expect(await session.waitFor("needs 40×12"))
        #expect(session.capture().contains("too small"))

        try session.resize(width: 100, height: 30)
        #expect(await session.waitFor("Escalations"))
        try session.send("q", literal: true)
        #expect(await session.waitFor("EXITED-0"))
    }

    @Test func tabMovesFocusAndQuestionMarkShowsHelp() async throws {
        let session = try await Self.session(width: 100, height: 30)
        defer { session.kill() }
        #expect(await session.waitFor("Escalations"))
        try session.send("?", literal: true)
        #expect(await session.waitFor("this help"))
        try session.send("Escape")
        #expect(await eventually { !session.capture().contains("this help") })
        try session.send("q", literal: true)
        #expect(await session.waitFor("EXITED-0"))
    }

    @Test func tabAndShiftTabMoveTheHighlightedTitle() async throws {
        let session = try await Self.session(width: 100, height: 30)
        defer { session.kill() }
        #expect(await session.waitFor("Escalations"))
        // The monochrome theme marks the focused title in reverse video (SGR 7).
        let reversed = { (title: String) in session.captureWithAttributes().contains("\u{1B}[7m \(title) ") }
        #expect(await eventually { reversed("People") })
        try session.send("Tab")
        #expect(await eventually { reversed("Contacts") && !reversed("People") })
        try session.send("BTab")
        try session.send("BTab")
        #expect(await eventually { reversed("Escalations") && !reversed("Contacts") })
        try session.send("q", literal: true)
        #expect(await session.waitFor("EXITED-0"))
    }

    @Test func quittingLeavesAWorkingShell() async throws {
        let session = try await Self.session(width: 80, height: 24)
        defer { session.kill() }
        #expect(await session.waitFor("People"))
        try session.send("q", literal: true)
        #expect(await session.waitFor("EXITED-0"))
        // Typed text is echoed and a command runs: the terminal is back in its normal modes.
        try session.send("echo SHELL-$((40+2))", literal: true)
        try session.send("Enter")
        #expect(await session.waitFor("SHELL-42"))
        #expect(session.capture().contains("echo SHELL-$((40+2))"))
        #expect(!session.capture().contains("Escalations"))  // the dashboard's screen is gone
    }

    @Test func interruptRestoresTheTerminal() async throws {
        // Ctrl-C reaches the whole foreground group; the wrapping shell must survive it to report.
        let session = try await Self.session("trap : INT; ", width: 80, height: 24)
        defer { session.kill() }
        #expect(await session.waitFor("People"))
        try session.send("C-c")
        #expect(await session.waitFor("EXITED-130"))
        try session.send("echo AFTER-$((1+1))", literal: true)
        try session.send("Enter")
        #expect(await session.waitFor("AFTER-2"))
        #expect(session.capture().contains("echo AFTER-$((1+1))"))
    }

    @Test(arguments: [SIGTERM, SIGHUP, SIGQUIT])
    func terminationSignalRestoresTheTerminal(signal: Int32) async throws {
        let session = try await Self.session(width: 80, height: 24)
        defer { session.kill() }
        #expect(await session.waitFor("People"))
        // The dashboard runs as the only child of the pane's shell.
        let shell = try #require(session.panePID())
        let child = try #require(Self.children(of: shell).first)
        kill(child, signal)
        #expect(await session.waitFor("EXITED-\(128 + signal)"))
        try session.send("echo BACK-$((2+2))", literal: true)
        try session.send("Enter")
        #expect(await session.waitFor("BACK-4"))
        // Restored: the shell's screen is back (no panes) and typing echoes again.
        #expect(session.capture().contains("echo BACK-$((2+2))"))
        #expect(!session.capture().contains("People"))
    }

    @Test func nonUTF8LocaleIsReplacedSoBordersStillDraw() async throws {
        let session = try await Self.session("LC_ALL=C LANG=C ", width: 80, height: 24)
        defer { session.kill() }
        #expect(await session.waitFor("─ Escalations ─"))
        #expect(session.capture().contains("┌─ Contacts"))
        try session.send("q", literal: true)
        #expect(await session.waitFor("EXITED-0"))
    }

    /// Under TERM=xterm (PuTTY's default, or tmux and screen with it) Home and End come as
    /// `ESC [1~` and `ESC [4~`, which ncurses does not translate for that entry. Read as Esc
    /// and text, Home asked "Discard this contact?" and the "y" typed next threw the advice
    /// away. Each is its key: the advice stays, and Home moves to the start of the line.
    @Test func homeAndEndUnderTermXtermAreKeysNotEscAndText() async throws {
        let scratch = try ScratchFolder()
        try await scratch.seeded()
        let session = try scratch.tmux(command: Self.command("TERM=xterm ", store: scratch.path("store.sqlite")), width: 100, height: 30)
        defer { session.kill() }
        #expect(await session.waitFor("Contacts"))
        try session.send("a", literal: true)
        #expect(await session.waitFor("New contact / advice"))
        try session.send("edith", literal: true)
        #expect(await session.waitFor("▸ Edith Brown"))
        try session.send("Enter", "Tab")
        try session.send("patel", literal: true)
        #expect(await session.waitFor("▸ Dr Patel"))
        try session.send("Enter", "Tab", "Tab")
        try session.send("Stop warfarin today", literal: true)
        #expect(await session.waitFor("Stop warfarin today"))
        // Home, "y", End, "!": as PuTTY sends them.
        try TmuxSession.tmux(socket: session.socket, ["send-keys", "-t", session.name, "-H", "1b", "5b", "31", "7e", "79",
                                                      "1b", "5b", "34", "7e", "21"])
        #expect(await session.waitFor("yStop warfarin today!"), "\(session.capture())")
        let screen = session.capture()
        #expect(!screen.contains("Discard") && !screen.contains("[1~") && !screen.contains("[4~"), "\(screen)")
    }

    @Test func unknownTerminalTypeIsOneClearLine() async throws {
        let session = try await Self.session("TERM=nonexistent ", width: 100, height: 10)
        defer { session.kill() }
        #expect(await session.waitFor("EXITED-1"))
        let screen = session.capture()
        let before = try #require(screen.components(separatedBy: "EXITED-1").first)
        // tmux wraps the long line; joined again, it is the one message and nothing else.
        let message = before.replacingOccurrences(of: "\n", with: "")
        #expect(message.hasPrefix("liaison: terminal type 'nonexistent'"))
        #expect(message.components(separatedBy: "liaison:").count == 2)
        #expect(!screen.contains("People"))
    }

    @Test func terminalWithoutCursorMovementIsRefused() async throws {
        let session = try await Self.session("TERM=dumb ", width: 100, height: 20)
        defer { session.kill() }
        #expect(await session.waitFor("EXITED-1"))
        let screen = session.capture()
        #expect(screen.contains("cannot move the cursor"))
        #expect(!screen.contains("People") && !screen.contains("too small"))
    }

    @Test func noTerminalIsAClearErrorPromptly() async throws {
        let scratch = try ScratchFolder()
        try await scratch.initStore()
        let result = try await scratch.liaison([])  // stdin is /dev/null
        #expect(result.status == 1)
        #expect(result.stderr.contains("interactive terminal"))
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stdout.isEmpty)  // no escape sequences written
    }

    /// Process ids whose parent is `pid`, from /proc.
    static func children(of pid: Int32) -> [Int32] {
        let path = "/proc/\(pid)/task/\(pid)/children"
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        return text.split(separator: " ").compactMap { Int32($0) }
    }
}
