import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The dashboard's first frame as a person waits for it: the shipped `liaison` started on a
/// terminal (a pseudo-terminal of 200×60), from the moment it is started until the frame's last
/// row has been written to the terminal. Process start, argument parsing, opening the store,
/// laying out, drawing and ncurses' output are all in it, as they are for the person.
///
/// Its floor is sqlite3 doing the same work as a whole process: started, the same queries run
/// on the same file, the rows written out (`CommandBenchmark.run`, as for `add` and `export`).
enum TerminalFirstFrame {
    /// The last words of the footer, written after everything else on the first frame.
    static let lastWords = Array(" move".utf8)

    /// Milliseconds from starting `liaison` read-only on `store` to its first frame's footer.
    static func measure(liaison: String, store: String) throws -> Double {
        try measure([liaison, "--store", store, "--read-only"])
    }

    /// Milliseconds from starting the program `words` name (with its arguments) to the last
    /// words of its first frame.
    static func measure(_ words: [String]) throws -> Double {
        let program = words[0]
        // posix_openpt and friends are not in Swift's Glibc module; on Linux they are these
        // ioctls on /dev/ptmx (TIOCSPTLCK to unlock, TIOCGPTN for the number; grantpt does nothing on devpts).
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        var unlock: Int32 = 0, number: UInt32 = 0
        guard master >= 0, ioctl(master, 0x4004_5431, &unlock) == 0, ioctl(master, 0x8004_5430, &number) == 0 else {
            throw BenchError("no pseudo-terminal")
        }
        defer { close(master) }
        var size = winsize(ws_row: 60, ws_col: 200, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        let terminal = "/dev/pts/\(number)"

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for descriptor: Int32 in [0, 1, 2] { posix_spawn_file_actions_addopen(&actions, descriptor, terminal, O_RDWR, 0) }
        posix_spawn_file_actions_addclose(&actions, master)
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm-256color"
        environment["LIAISON_STAFF"] = "Bench"
        for key in ["LINES", "COLUMNS", "LIAISON_NOW", "NO_COLOR"] { environment[key] = nil }
        let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }

        var pid: pid_t = 0
        let started = DispatchTime.now().uptimeNanoseconds
        guard posix_spawn(&pid, program, &actions, nil, argv, envp) == 0 else { throw BenchError("cannot run \(program)") }
        var seen: [UInt8] = []
        var frame: UInt64?
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while frame == nil {
            var ready = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&ready, 1, 10_000) > 0 else { break }
            let count = read(master, &buffer, buffer.count)
            guard count > 0 else { break }
            seen += buffer[0..<count]
            if seen.count >= lastWords.count, contains(seen.suffix(count + lastWords.count), lastWords) {
                frame = DispatchTime.now().uptimeNanoseconds
            }
        }
        // Quit as a person would, and drain what it writes on the way out.
        _ = "q".withCString { write(master, $0, 1) }
        var status: Int32 = 0
        let giveUp = DispatchTime.now().uptimeNanoseconds + 5_000_000_000
        while waitpid(pid, &status, WNOHANG) == 0 {
            // One that will not quit is not left behind.
            if DispatchTime.now().uptimeNanoseconds > giveUp { kill(pid, SIGKILL) }
            var ready = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            if poll(&ready, 1, 50) > 0 { _ = read(master, &buffer, buffer.count) }
        }
        guard let frame else { throw BenchError("\(program) drew no frame: \(String(decoding: seen.suffix(300), as: UTF8.self))") }
        return Double(frame - started) / 1e6
    }

    private static func contains(_ haystack: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count else { return false }
        var at = haystack.startIndex
        while at + needle.count <= haystack.endIndex {
            if haystack[at..<at + needle.count].elementsEqual(needle) { return true }
            at += 1
        }
        return false
    }
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
