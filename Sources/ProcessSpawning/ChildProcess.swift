import Foundation

/// A child process for the tests and the benchmarks, in the shape of Foundation's `Process` (the part the tests
/// use), started with posix_spawn.
///
/// Foundation's `Process.run()` on Linux (Swift 6.3.1) lists `/proc/self/fd` to find the
/// descriptors to close, and copies each entry's 256-byte name field whole: an entry at the end
/// of glibc's buffer reads past it, and the test process dies of a segmentation fault now and
/// then (swift-corelibs-foundation PR 5472). One such crash ends the whole test run, so no test
/// starts a process through it. This asks the spawn to close every inherited descriptor from 3
/// up instead (as `TmuxSession.tmux` does, through the same helper), and starts the child as a shell would: in a process
/// group of its own, no signal blocked, default handlers.
public final class ChildProcess: @unchecked Sendable {
    public var executableURL: URL?
    public var arguments: [String] = []
    /// The environment; nil passes this process's own.
    public var environment: [String: String]?
    public var currentDirectoryURL: URL?
    /// A `FileHandle` (`FileHandle.nullDevice` for /dev/null) or a `Pipe`; nil is /dev/null, and
    /// the defaults are this process's own streams.
    public var standardInput: Any? = FileHandle.standardInput
    public var standardOutput: Any? = FileHandle.standardOutput
    public var standardError: Any? = FileHandle.standardError
    /// Called once the child has ended, on a thread of its own.
    public var terminationHandler: (@Sendable (ChildProcess) -> Void)?

    public private(set) var processIdentifier: pid_t = 0
    private let lock = NSCondition()
    private var ended = false
    private var status: Int32 = 0

    public init() {}

    public var isRunning: Bool { lock.withLock { processIdentifier != 0 && !ended } }

    /// The exit status, or the signal's number when a signal ended it (as `Process` gives it).
    public var terminationStatus: Int32 {
        lock.withLock {
            precondition(ended, "the process has not ended")
            return Self.signalled(status) ? status & 0x7f : (status >> 8) & 0xff
        }
    }

    public var terminationReason: Process.TerminationReason {
        lock.withLock {
            precondition(ended, "the process has not ended")
            return Self.signalled(status) ? .uncaughtSignal : .exit
        }
    }

    public enum Failure: Error, CustomStringConvertible {
        case noExecutable
        case spawn(String, Int32)
        public var description: String {
            switch self {
            case .noExecutable: "no executable was given"
            case .spawn(let path, let code): "could not start \(path): \(String(cString: strerror(code)))"
            }
        }
    }

    public func run() throws {
        guard let path = executableURL?.path else { throw Failure.noExecutable }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // The parent's ends of pipes, closed here once the child holds its own.
        var childEnds: [FileHandle] = []
        for (fd, stream, reads) in [(Int32(0), standardInput, true), (1, standardOutput, false), (2, standardError, false)] {
            switch stream {
            case let pipe as Pipe:
                let end = reads ? pipe.fileHandleForReading : pipe.fileHandleForWriting
                posix_spawn_file_actions_adddup2(&actions, end.fileDescriptor, fd)
                childEnds.append(end)
            case let handle as FileHandle where handle === FileHandle.nullDevice:
                posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", reads ? O_RDONLY : O_WRONLY, 0)
            case let handle as FileHandle where handle.fileDescriptor == fd:
                break  // this process's own stream, inherited as it is
            case let handle as FileHandle:
                posix_spawn_file_actions_adddup2(&actions, handle.fileDescriptor, fd)
            default:
                posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", reads ? O_RDONLY : O_WRONLY, 0)
            }
        }
        if let directory = currentDirectoryURL?.path { try Self.changeDirectory(&actions, to: directory) }
        Self.closeInheritedDescriptors(&actions)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        Self.startAsFromAShell(&attributes, ownGroup: true)

        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let pairs = (environment ?? ProcessInfo.processInfo.environment).map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { pairs.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, &actions, &attributes, argv, pairs)
        guard spawned == 0 else { throw Failure.spawn(path, spawned) }
        for end in childEnds { try? end.close() }
        lock.withLock { processIdentifier = pid }

        let child = pid
        let waiter = Thread { [self] in
            var status: Int32 = 0
            while waitpid(child, &status, 0) == -1 && errno == EINTR {}
            lock.withLock {
                self.status = status
                ended = true
                lock.broadcast()
            }
            terminationHandler?(self)
        }
        waiter.start()
    }

    /// Blocks this thread until the child has ended.
    public func waitUntilExit() {
        lock.withLock {
            while !ended { lock.wait() }
        }
    }

    /// Asks the spawn to close every descriptor from 3 up. glibc has a call for exactly this
    /// (2.34+) that Swift's Glibc module does not show, so it is looked up by name; elsewhere, the
    /// descriptors open now are closed one by one.
    public static func closeInheritedDescriptors(_ actions: inout posix_spawn_file_actions_t) {
        typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
        #if os(Linux)
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np") {
            _ = unsafeBitCast(symbol, to: CloseFrom.self)(&actions, 3)
            return
        }
        #endif
        for fd in 3..<Int32(1024) where fcntl(fd, F_GETFD) != -1 {
            posix_spawn_file_actions_addclose(&actions, fd)
        }
    }

    /// Test threads (libdispatch workers) block nearly every signal, and a spawned process
    /// inherits that mask: a tmux server would never see the SIGTERM that kill-server sends it,
    /// and `liaison` would not end on the signals a test sends. So the child starts with no
    /// signal blocked and default handlers, and, with `ownGroup`, in a process group of its own.
    public static func startAsFromAShell(_ attributes: inout posix_spawnattr_t, ownGroup: Bool) {
        var noSignals = sigset_t(), allSignals = sigset_t()
        sigemptyset(&noSignals)
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        var flags = POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF
        if ownGroup {
            posix_spawnattr_setpgroup(&attributes, 0)
            flags |= POSIX_SPAWN_SETPGROUP
        }
        posix_spawnattr_setflags(&attributes, Int16(flags))
    }

    /// glibc (2.29+) changes the child's folder in the spawn itself; Swift's Glibc module does
    /// not show the call, so it is looked up by name.
    private static func changeDirectory(_ actions: inout posix_spawn_file_actions_t, to directory: String) throws {
        typealias AddChdir = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addchdir_np") else {
            throw Failure.spawn("in \(directory)", ENOSYS)
        }
        let added = unsafeBitCast(symbol, to: AddChdir.self)(&actions, directory)
        guard added == 0 else { throw Failure.spawn("in \(directory)", added) }
    }

    private static func signalled(_ status: Int32) -> Bool {
        let signal = status & 0x7f
        return signal != 0 && signal != 0x7f
    }
}
