import Foundation
import ProcessSpawning

/// One tmux session on a private server socket (`tmux -L`), so tests never touch a user's own
/// tmux server and only ever kill what they started.
///
/// The server, and so every program in its panes, gets `BinaryEnvironment`'s environment, not
/// the caller's: a private HOME, the fixed "now", London's time zone, no `LIAISON_*` of the
/// developer's. (A tmux server hands its panes the environment it was started with.)
public final class TmuxSession {
    public let socket: String
    public let name: String
    public let environment: [String: String]
    private(set) var isAlive = false
    /// A HOME this session made for itself, removed with it.
    private let ownHome: String?
    /// Whatever must live as long as the session: the scratch folder its programs write in.
    public var keeps: AnyObject?

    /// Starts `command` (run by /bin/sh) in a detached session of the given size, with `home`
    /// as HOME (a private one of its own when nil) and `environment` laid over the rest.
    public init(
        command: String,
        width: Int = 100,
        height: Int = 30,
        environment: [String: String] = [:],
        home: String? = nil
    ) throws {
        socket = "liaison-test-\(getpid())-\(UUID().uuidString.prefix(8))"
        name = "t"
        ownHome = home == nil ? BinaryEnvironment.freshHome() : nil
        self.environment = BinaryEnvironment.make(home: home ?? ownHome!, overrides: environment)
        let args = ["new-session", "-d", "-s", name, "-x", String(width), "-y", String(height), command]
        // The server forks from this call and would hold a stdout pipe open forever.
        try Self.tmux(socket: socket, args, readOutput: false, environment: self.environment)
        isAlive = true
        // Keep the pane after the program exits so a test can read what it printed last.
        _ = try? Self.tmux(socket: socket, ["set-option", "-t", name, "remain-on-exit", "on"])
    }

    deinit { kill() }

    /// The screen as a person would see it, one string per row.
    public func capture() -> String {
        (try? Self.tmux(socket: socket, ["capture-pane", "-p", "-t", name])) ?? ""
    }

    /// The screen with its attributes and colours as SGR escape sequences (`capture-pane -e`),
    /// for checking how something is drawn, such as which pane looks focused.
    public func captureWithAttributes() -> String {
        (try? Self.tmux(socket: socket, ["capture-pane", "-p", "-e", "-t", name])) ?? ""
    }

    /// Sends tmux key names (`Enter`, `Tab`, `C-c`) or literal text with `literal: true`.
    public func send(_ keys: String..., literal: Bool = false) throws {
        var args = ["send-keys", "-t", name]
        if literal { args.append("-l") }
        try Self.tmux(socket: socket, args + keys)
    }

    public func resize(width: Int, height: Int) throws {
        try Self.tmux(socket: socket, ["resize-window", "-t", name, "-x", String(width), "-y", String(height)])
    }

    /// Whether the program in the pane has exited.
    public func paneIsDead() -> Bool {
        let out = (try? Self.tmux(socket: socket, ["display-message", "-p", "-t", name, "#{pane_dead}"])) ?? "1"
        return out.trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    /// One of tmux's formats for the pane (`#{alternate_on}`, `#{cursor_flag}`), as tmux shows it.
    public func display(_ format: String) -> String {
        ((try? Self.tmux(socket: socket, ["display-message", "-p", "-t", name, format])) ?? "")
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The process id of the program in the pane.
    public func panePID() -> Int32? {
        let out = (try? Self.tmux(socket: socket, ["display-message", "-p", "-t", name, "#{pane_pid}"])) ?? ""
        return Int32(out.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Waits until the screen contains `text` and has settled: the same on two looks in a row.
    ///
    /// A frame reaches tmux in as many reads as the pty hands it, so a screen that shows `text`
    /// may still be half drawn; a test that then reads the rest of the screen would read it
    /// half drawn (CI once saw the People pane's last row missing). If the screen never settles
    /// within `timeout`, the text being there is enough.
    @discardableResult
    public func waitFor(_ text: String, timeout: TimeInterval = 30) async -> Bool {
        var previous: String?
        var shown = false
        let settled = await eventually(timeout: timeout) {
            let screen = capture()
            defer { previous = screen }
            shown = screen.contains(text)
            return shown && screen == previous
        }
        return settled || shown
    }

    /// Ends this session's server; only ever our own private socket.
    public func kill() {
        guard isAlive else { return }
        isAlive = false
        let panes = ((try? Self.tmux(socket: socket, ["list-panes", "-a", "-F", "#{pane_pid}"])) ?? "").split(separator: "\n").compactMap { pid_t($0) }
        _ = try? Self.tmux(socket: socket, ["kill-server"])
        // The programs in the panes get their hang-up now but may still be writing: wait (a
        // little) until each has ended, so the test's folders are removed after the last write
        // into them, not before it. A pane's program outlives nothing it started (the shell
        // waits for its command), and once ended it is a zombie until something reaps it.
        let deadline = Date().addingTimeInterval(2)
        while panes.contains(where: Self.isRunning) && Date() < deadline { usleep(2_000) }
        // tmux leaves the socket file behind; it is ours alone, so it goes too.
        let folder = environment["TMUX_TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        unlink("\(folder)/tmux-\(getuid())/\(socket)")
        if let ownHome { try? FileManager.default.removeItem(atPath: ownHome) }
    }

    /// Whether the process is there and not yet ended (a zombie, its state `Z`, has ended).
    static func isRunning(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        let state = stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).first
        return state != "Z" && state != "X"
    }

    /// Runs one tmux client command on the private socket.
    ///
    /// Uses posix_spawn and waitpid rather than Foundation's Process: the tmux server forks from
    /// the first client and inherits its descriptors, which leaves Process waiting forever.
    @discardableResult
    public static func tmux(
        socket: String, _ arguments: [String], readOutput: Bool = true, environment: [String: String]? = nil
    ) throws -> String {
        let argv = ["tmux", "-L", socket, "-f", "/dev/null"] + arguments
        let outPath = FileManager.default.temporaryDirectory
            .appendingPathComponent("tmux-out-\(UUID().uuidString)").path
        defer { unlink(outPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(
            &actions, 1, readOutput ? outPath : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        // The tmux server outlives this call and would keep every descriptor it inherits: other
        // tests' pipes (LiaisonProcess's stdout) would then never reach end-of-file and hang.
        ChildProcess.closeInheritedDescriptors(&actions)
        var pid: pid_t = 0
        let cArgs = argv.map { strdup($0) } + [nil]
        defer { cArgs.forEach { free($0) } }
        // Else the tmux server never sees the SIGTERM that kill-server sends it, and outlives the test.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        ChildProcess.startAsFromAShell(&attributes, ownGroup: false)
        // A client command needs no particular environment; the one that starts the server
        // decides what every pane sees.
        let cEnvironment = (environment ?? BinaryEnvironment.make(home: "/nonexistent"))
            .map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { cEnvironment.forEach { free($0) } }
        let spawned = posix_spawnp(&pid, "tmux", &actions, &attributes, cArgs, cEnvironment)
        guard spawned == 0 else { throw TmuxError.failed(arguments, spawned) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let exitCode = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        guard exitCode == 0 else { throw TmuxError.failed(arguments, exitCode) }
        return readOutput ? ((try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "") : ""
    }


    public enum TmuxError: Error { case failed([String], Int32) }
}
