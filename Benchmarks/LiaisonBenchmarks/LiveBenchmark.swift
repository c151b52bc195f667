import Dashboard
import Foundation
import LiaisonCore
import TerminalUI
#if canImport(Glibc)
import Glibc
import ProcessSpawning
#endif

/// `liaison-bench live [COMMITS]`: how soon another process's save reaches a running dashboard,
/// from the writer's commit returning to the dashboard's store having reloaded it (and to the
/// frame showing it being drawn), through the store's signal (inotify) and through the 0.5 s
/// polling it replaces.
///
/// A child process (this program again, `--live-writer`) adds COMMITS contacts (default 40) to a
/// demo store, 0.6 to 1.6 s apart: each a save on its own (closer ones are gathered into one look
/// per 0.5 s, as a burst is), landing all through the polling interval. It prints the moment each
/// commit returned on CLOCK_MONOTONIC, which all processes on the machine share.
/// The dashboard runs here, in the event loop, over a terminal that waits in `poll()` in real
/// time as the real one does but draws nowhere.
enum LiveBenchmark {
    static func handles(_ arguments: [String]) -> Bool {
        arguments.count >= 2 && ["live", "--live-writer"].contains(arguments[1])
    }

    static func run(_ arguments: [String], bench: String) throws -> Never {
        if arguments[1] == "--live-writer", arguments.count == 4 {
            try write(path: arguments[2], commits: Int(arguments[3]) ?? 0)
        } else {
            try measure(commits: arguments.count >= 3 ? Int(arguments[2]) ?? 40 : 40, bench: bench)
        }
        exit(0)
    }

    /// What the writer puts in each summary, before the commit's number.
    static let marker = "Live benchmark commit"

    static func measure(commits: Int, bench: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-bench-live-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        print("live: \(commits) commits by another process, 0.6–1.6 s apart, to a dashboard over the demo store")
        for (label, watching) in [("through the signal (inotify)", true), ("polling every 0.5 s", false)] {
            // A store of its own for each way, so neither sees the other's commits.
            let path = folder.appendingPathComponent(watching ? "signal.sqlite" : "polling.sqlite").path
            try Store.create(path: path, staff: "Bench").fillWithDemo(seed: 1)
            let before = loadAverage()
            let (reloads, frames, missed) = try follow(path: path, commits: commits, watching: watching, bench: bench)
            print("  \(label) (load average \(before) before, \(loadAverage()) after; 2 cores shared with other work):")
            print("    commit to store reloaded: median \(Measurement.ms(Measurement.median(reloads))), worst \(Measurement.ms(reloads.max() ?? 0))")
            print("    commit to frame drawn:    median \(Measurement.ms(Measurement.median(frames))), worst \(Measurement.ms(frames.max() ?? 0))")
            if missed > 0 { print("    not seen within 3 s of the writer finishing: \(missed)") }
        }
    }

    /// Runs a dashboard over `path` while a child commits; returns, in milliseconds for each commit
    /// seen, the time to the store holding it and to the frame drawn after, and how many were missed.
    /// `writerPath` is where the writer opens the same records (another sign-in, on a server).
    static func follow(path: String, writerPath: String? = nil, commits: Int, watching: Bool, bench: String) throws -> ([Double], [Double], Int) {
        let store = try Store.open(path: path, staff: "Bench")
        let screen = try DashboardScreen(store: store)
        if !watching { screen.startSignal = { _, _ in nil } }
        let terminal = HeadlessTerminal()
        let loop = EventLoop(backend: terminal, screen: screen)
        loop.render()
        var seen: [Int: UInt64] = [:]
        // A store kept between runs (the PostgreSQL one) holds earlier runs' commits: not these.
        let earlier = Set(store.recentContacts.filter { $0.summary.hasPrefix(marker) }.map(\.id))
        store.addObserver { [unowned store] _ in
            let now = monotonicNow()
            for contact in store.recentContacts where contact.summary.hasPrefix(marker) && !earlier.contains(contact.id) {
                if let number = Int(contact.summary.dropFirst(marker.count + 1)), seen[number] == nil { seen[number] = now }
            }
        }
        let writer = ChildProcess()
        writer.executableURL = URL(fileURLWithPath: bench)
        writer.arguments = ["--live-writer", writerPath ?? path, String(commits)]
        let output = Pipe()
        writer.standardOutput = output
        try writer.run()
        while writer.isRunning { _ = loop.step() }
        // The last commit's look may still be to come (a poll, a look while it settles).
        let end = Date().addingTimeInterval(3)
        while Date() < end { _ = loop.step() }
        let committed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .split(separator: "\n").compactMap { UInt64($0) }
        var reloads: [Double] = [], frames: [Double] = []
        for (number, at) in committed.enumerated() {
            guard let reloaded = seen[number] else { continue }
            reloads.append(Double(reloaded - min(reloaded, at)) / 1e6)
            if let drawn = terminal.frames.first(where: { $0 >= reloaded }) { frames.append(Double(drawn - min(drawn, at)) / 1e6) }
        }
        return (reloads, frames, committed.count - reloads.count)
    }

    /// The child: adds `commits` contacts, printing when each commit returned.
    static func write(path: String, commits: Int) throws {
        let store = try Store.open(path: path, staff: "Bench Writer")
        guard let person = store.people.first, let partner = store.partners.first else { return }
        for number in 0..<commits {
            Thread.sleep(forTimeInterval: Double.random(in: 0.6...1.6))
            try store.addContact(ContactDraft(
                personID: person.id, partnerID: partner.id, channel: .phone, happenedAt: Date(), summary: "\(marker) \(number)"))
            print(monotonicNow())
        }
    }

    /// Nanoseconds on CLOCK_MONOTONIC: the same clock in every process, unlike `Date`'s.
    static func monotonicNow() -> UInt64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return UInt64(now.tv_sec) * 1_000_000_000 + UInt64(now.tv_nsec)
    }

    /// The first three fields of /proc/loadavg.
    static func loadAverage() -> String {
        let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
        return text.split(separator: " ").prefix(3).joined(separator: " ")
    }

    /// A terminal that waits as the real one does (in `poll()`, in real time, on the screen's
    /// descriptors) but shows nothing, noting when each frame was drawn.
    final class HeadlessTerminal: TerminalBackend {
        let size = Size(width: 200, height: 60)
        let colorDepth = ColorDepth.none
        private(set) var frames: [UInt64] = []

        func nextEvents(until deadline: Date?, watching descriptors: [Int32]) -> [TerminalEvent] {
            // A quarter of a second at most, so the benchmark sees the writer finish.
            let wait = min(deadline.map { $0.timeIntervalSinceNow } ?? 0.25, 0.25)
            var fds = descriptors.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            guard poll(&fds, nfds_t(fds.count), Int32((max(0, wait) * 1000).rounded(.up))) > 0 else { return [] }
            return fds.filter { $0.revents != 0 }.map { .readable($0.fd) }
        }

        func present(_ grid: CellGrid) { frames.append(LiveBenchmark.monotonicNow()) }
        func invalidate() {}
    }
}
