import Foundation
import ProcessSpawning

/// Runs the built `liaison` binary as a child process and collects its output.
///
/// Output goes through temporary files, not pipes: a tmux server started by another test at
/// the same moment can inherit a pipe's write end and keep it open for ever, and a pipe then
/// never reaches its end; a file has no such end to wait for. Waiting is asynchronous, so a
/// test waiting for a process holds none of Swift's few pool threads.
public enum LiaisonProcess {
    public struct Result {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// The built binary: it sits beside the test bundle in the build products folder.
    public static var binary: URL {
        var dir = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("liaison")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(".build/debug/liaison")
    }

    /// Runs `liaison` with `arguments` to its end. Its environment is `BinaryEnvironment`'s with
    /// `environment` laid on top, and a HOME of its own (removed afterwards) unless `home` is given.
    /// With `unprivileged`, a test running as root (CI) runs the binary as `nobody` instead,
    /// so permission checks are real there too; `user` runs it as that user whoever runs the test.
    /// `executable` runs another copy of the binary (one copied elsewhere, say); `directory` is
    /// the folder it runs in, where a relative path is read from (the test's own when nil).
    public static func run(
        _ arguments: [String], environment: [String: String] = [:], home: String? = nil, stdin: String? = nil,
        unprivileged: Bool = false, user: uid_t? = nil, executable: String? = nil, directory: String? = nil
    ) async throws -> Result {
        let ownHome = home == nil ? BinaryEnvironment.freshHome() : nil
        defer { if let ownHome { try? FileManager.default.removeItem(atPath: ownHome) } }
        let running = try start(
            arguments, environment: environment, home: home ?? ownHome!, stdin: stdin, unprivileged: unprivileged,
            user: user, executable: executable, directory: directory)
        await running.exited()
        return running.finish()
    }

    /// A started `liaison`, whose output is gathered in files until `finish()`.
    public struct Running {
        public let process: ChildProcess
        public let outURL: URL
        public let errURL: URL
        public let exit: ExitSignal

        /// Returns once the process has ended, without blocking a thread.
        public func exited() async { await exit.wait() }

        public func finish() -> Result {
            defer {
                try? FileManager.default.removeItem(at: outURL)
                try? FileManager.default.removeItem(at: errURL)
            }
            return Result(
                status: process.terminationStatus,
                stdout: (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
                stderr: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
        }
    }

    public static func start(
        _ arguments: [String], environment: [String: String] = [:], home: String, stdin: String? = nil,
        unprivileged: Bool = false, user: uid_t? = nil, executable: String? = nil, directory: String? = nil
    ) throws -> Running {
        let binary = executable.map(URL.init(fileURLWithPath:)) ?? Self.binary
        let tmp = FileManager.default.temporaryDirectory
        let outURL = tmp.appendingPathComponent("liaison-out-\(UUID().uuidString)")
        let errURL = tmp.appendingPathComponent("liaison-err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let process = ChildProcess()
        if let user = user ?? (unprivileged && UnprivilegedUsers.rootRuns ? UnprivilegedUsers.nobody : nil) {
            let prefix = UnprivilegedUsers.prefix(user)
            process.executableURL = URL(fileURLWithPath: prefix[0])
            process.arguments = Array(prefix.dropFirst()) + [binary.path] + arguments
        } else {
            process.executableURL = binary
            process.arguments = arguments
        }
        process.environment = BinaryEnvironment.make(home: home, overrides: environment)
        process.currentDirectoryURL = directory.map { URL(fileURLWithPath: $0) }
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        if let stdin {
            let inURL = tmp.appendingPathComponent("liaison-in-\(UUID().uuidString)")
            try Data(stdin.utf8).write(to: inURL)
            process.standardInput = try FileHandle(forReadingFrom: inURL)
            try? FileManager.default.removeItem(at: inURL)  // the open handle keeps it readable
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        let exit = ExitSignal()
        process.terminationHandler = { _ in exit.fire() }
        try process.run()
        return Running(process: process, outURL: outURL, errURL: errURL, exit: exit)
    }
}

/// Set once when a process ends; waiters resume then, or at once if it already has.
public final class ExitSignal: @unchecked Sendable {
    private let lock = NSLock()
    private var fired = false
    private var waiters: [CheckedContinuation<Void, Never>] = []

    public init() {}

    public func fire() {
        let resumed: [CheckedContinuation<Void, Never>] = lock.withLock {
            fired = true
            defer { waiters = [] }
            return waiters
        }
        for waiter in resumed { waiter.resume() }
    }

    public func wait() async {
        await withCheckedContinuation { continuation in
            let now: Bool = lock.withLock {
                if fired { return true }
                waiters.append(continuation)
                return false
            }
            if now { continuation.resume() }
        }
    }
}
