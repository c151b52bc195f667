import Foundation
import LiaisonCore
#if canImport(Glibc)
import Glibc
#endif

/// The commands around the dashboard, each run as a whole child process beside the floor:
/// sqlite3 doing the same work on the same file. Wall time is the child's own; so is the peak
/// resident memory of this program's own children, which they report themselves (VmHWM).
/// `wait4`'s `ru_maxrss` cannot be used: Linux carries the spawning process's high-water mark
/// across `exec`, so every child would seem to hold at least what this benchmark holds.
enum CommandBenchmark {
    struct Run {
        var seconds: Double
        /// The child's own peak, when it is one of this program's children (`reportsPeak`).
        var peakMiB: Double?
        var status: Int32
    }

    /// Where a child of this program writes its peak resident memory as it ends.
    static let peakVariable = "LIAISON_BENCH_PEAK"

    /// Runs `arguments[0]` with the rest, stdout to `output` (or /dev/null), and times it.
    /// - Parameter reportsPeak: the child is this program, which writes its peak where
    ///   `peakVariable` names.
    static func run(_ arguments: [String], output: String = "/dev/null", input: String? = nil, reportsPeak: Bool = false) throws -> Run {
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        if let input { posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0) }
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let peakFile = NSTemporaryDirectory() + "liaison-bench-peak-\(getpid())"
        var environment = ProcessInfo.processInfo.environment.filter { $0.key != peakVariable }
        if reportsPeak { environment[peakVariable] = peakFile }
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { envp.forEach { free($0) } }
        defer { unlink(peakFile) }
        var pid: pid_t = 0
        let started = DispatchTime.now().uptimeNanoseconds
        guard posix_spawn(&pid, arguments[0], &actions, nil, argv, envp) == 0 else {
            throw StoreError("cannot run \(arguments[0])")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        let peak = reportsPeak ? (try? String(contentsOfFile: peakFile, encoding: .utf8)).flatMap { Double($0) } : nil
        return Run(seconds: seconds, peakMiB: peak, status: (status >> 8) & 0xff)
    }

    /// Reads a store's file (and its write-ahead log) once, so every timed command finds it in
    /// the page cache, whichever runs first: a cold first read would time the disk, not the work.
    static func warm(_ path: String) {
        for file in [path, path + "-wal"] {
            guard let handle = FileHandle(forReadingAtPath: file) else { continue }
            defer { try? handle.close() }
            while let piece = try? handle.read(upToCount: 1 << 22), !piece.isEmpty {}
        }
    }

    static let sqlite3 = "/usr/bin/sqlite3"

    /// How many times `add contact`, its floor and a bare start are each timed. A round is about
    /// 25 ms, so 200 still take seconds; a machine whose speed drifts within seconds (a shared
    /// VM) weighs on fewer rounds' median by chance. Read the ratio: the floor drifts alike.
    static let addRounds = 200

    /// Export, add, check and the export → import → export identity, each beside its floor.
    /// The caller has read the store into the page cache (`warm`), as `--measure` does first.
    static func measure(path: String, bench: String) throws {
        let scratch = NSTemporaryDirectory() + "liaison-bench-\(getpid())"
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let exported = scratch + "/export.json"

        let export = try run([bench, "--export", path], output: exported, reportsPeak: true)
        let exportCSV = try run([bench, "--export-csv", path], reportsPeak: true)
        let floorSQL = scratch + "/floor.sql"
        try (["person", "partner", "contact", "task", "escalation", "agreement", "day_review", "history"]
            .map { "SELECT body FROM \($0) ORDER BY id;" }.joined(separator: "\n") + "\n").write(toFile: floorSQL, atomically: true, encoding: .utf8)
        let exportFloor = try run([sqlite3, "-readonly", path], output: scratch + "/floor.txt", input: floorSQL)

        // A copy, so the benchmark store stays as built; each add is its own process.
        let copy = scratch + "/add.sqlite"
        try FileManager.default.copyItem(atPath: path, toPath: copy)
        // The shipped binary, beside this one, as a member of staff runs it: argument parsing,
        // settings, opening, looking up whom it names, the durable commit.
        let liaison = URL(fileURLWithPath: bench).deletingLastPathComponent().appendingPathComponent("liaison").path
        guard FileManager.default.isExecutableFile(atPath: liaison) else {
            throw StoreError("\(liaison) is not built: `swift build -c release --static-swift-stdlib --product liaison` builds it beside the benchmark")
        }
        let named = try Store.open(path: copy, mode: .readOnly, staff: "Bench", scope: .directory)
        let addCommand = [
            liaison, "add", "contact", "--store", copy, "--as", "Bench", "--person", named.people[0].id,
            "--partner", named.partners[0].id, "--channel", "phone", "--summary", "Bench add", "--advice", "Offer fluids",
        ]
        try named.close()
        // The exports above leave hundreds of MiB of dirty pages; written out now, they cannot
        // land on the commits timed next. Each round then runs the add, its floor and a bare
        // start back to back, so anything that drifts during the rounds (writeback, the other
        // core, the clock speed) weighs on the command and its floor alike.
        sync()
        let addSQL = scratch + "/add.sql"
        var adds: [Double] = [], floors: [Double] = [], starts: [Double] = []
        for i in 0..<addRounds {
            let add = try run(addCommand)
            guard add.status == 0 else { throw StoreError("\(liaison) add contact failed (status \(add.status))") }
            adds.append(add.seconds)
            try """
                PRAGMA synchronous = FULL; PRAGMA journal_mode = WAL; BEGIN IMMEDIATE;
                INSERT INTO contact (id, body) SELECT 'floor-\(i)', body FROM contact WHERE rowid = (SELECT max(rowid) FROM contact);
                INSERT INTO contact_fts (summary, advice, contact_id) VALUES ('Bench floor', 'Offer fluids', 'floor-\(i)');
                COMMIT;
                """.write(toFile: addSQL, atomically: true, encoding: .utf8)
            floors.append(try run([sqlite3, copy], input: addSQL).seconds)
            starts.append(try run([liaison, "--version"]).seconds)
        }

        let check = try run([bench, "--check", path], reportsPeak: true)
        let integritySQL = scratch + "/integrity.sql"
        try "PRAGMA integrity_check; PRAGMA foreign_key_check;\n".write(toFile: integritySQL, atomically: true, encoding: .utf8)
        let checkFloor = try run([sqlite3, "-readonly", path], input: integritySQL)

        // Export → import into a new store → export: the same bytes.
        let imported = scratch + "/imported.sqlite"
        let importRun = try run([bench, "--import", imported, exported], reportsPeak: true)
        let second = scratch + "/second.json"
        _ = try run([bench, "--export", imported], output: second)
        let identical = FileManager.default.contentsEqual(atPath: exported, andPath: second)
        let size = ((try? FileManager.default.attributesOfItem(atPath: exported)[.size]) as? NSNumber)?.doubleValue ?? 0

        func ratio(_ a: Double, _ b: Double) -> String { String(format: "×%.1f", a / max(b, 1e-9)) }
        func s(_ v: Double) -> String { v < 1 ? String(format: "%.1f ms", v * 1000) : String(format: "%.2f s", v) }
        func mib(_ v: Double?) -> String { v.map { String(format: "%.0f MiB", $0) } ?? "not reported" }
        let add = Measurement.median(adds), addFloor = Measurement.median(floors)
        print("""
              commands as whole processes (load average \(loadAverage())):
                export json: \(s(export.seconds)), peak \(mib(export.peakMiB)), \(String(format: "%.0f", size / 1_048_576)) MiB written \
            | floor sqlite3 bodies in id order \(s(exportFloor.seconds)) | \(ratio(export.seconds, exportFloor.seconds))\(export.status == 0 ? "" : " FAILED")
                export csv:  \(s(exportCSV.seconds)), peak \(mib(exportCSV.peakMiB))\(exportCSV.status == 0 ? "" : " FAILED")
                add contact: median \(s(add)) of \(addRounds) (worst \(s(adds.max() ?? 0))) | floor sqlite3 durable insert + search row \(s(addFloor)) | \(ratio(add, addFloor)) | a bare liaison --version (start-up, then ArgumentParser's parse from the root) \(s(Measurement.median(starts)))\(staticNote(liaison))
                check:       \(s(check.seconds)), peak \(mib(check.peakMiB)) | floor integrity_check + foreign_key_check \(s(checkFloor.seconds)) | \(ratio(check.seconds, checkFloor.seconds))
                import:      \(s(importRun.seconds)), peak \(mib(importRun.peakMiB))\(importRun.status == 0 ? "" : " FAILED")
                export → import → export identical: \(identical ? "yes" : "NO")
            """)
    }

    /// Whether the binary carries its own Swift runtime (`--static-swift-stdlib`, as install.sh
    /// builds it) or loads it from the toolchain, which costs about 8 ms a start.
    static func staticNote(_ binary: String) -> String {
        guard let text = try? Data(contentsOf: URL(fileURLWithPath: binary), options: .alwaysMapped) else { return "" }
        guard text.range(of: Data("libswiftCore.so".utf8)) == nil else {
            return " (shared Swift runtime: build with --static-swift-stdlib, as install.sh does)"
        }
        // Linking/static links these in; a name still in the binary is one loaded at every start.
        let loaded = ["libstdc++.so", "libgcc_s.so", "libncursesw.so", "libtinfo.so"].filter { text.range(of: Data($0.utf8)) != nil }
        return loaded.isEmpty ? " (static Swift runtime, libstdc++ and ncurses)" : " (static Swift runtime; still loads \(loaded.joined(separator: ", ")))"
    }

    static func loadAverage() -> String {
        (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3).joined(separator: " ") ?? "?"
    }

    /// The child side: one command's work, as the `liaison` binary does it.
    static func child(_ command: String, _ arguments: [String]) throws {
        switch command {
        case "--export", "--export-csv":
            let store = try Store.open(path: arguments[0], mode: .readOnly, staff: "Bench", scope: .directory)
            let sink = ByteSink(descriptor: 1)
            if command == "--export" {
                try store.exportJSON(to: sink)
                try sink.write("\n")
            } else {
                try store.exportCSV(to: sink)
            }
            try sink.flush()
        case "--check":
            let report = try StoreCheck.run(path: arguments[0])
            if !report.isHealthy { throw StoreError(report.problems.prefix(3).joined(separator: "; ")) }
        case "--import":
            // As `liaison init` then `liaison import` would: only `create` makes a store.
            let store = try Store.create(path: arguments[0], staff: "Bench")
            try store.importJSON(from: try ImportFile.open(arguments[1]))
            try store.close()
        case "--decode":
            // Contact bodies, one per line (`sqlite3 STORE "SELECT body FROM contact"`), decoded
            // on one core as the store decodes them: the cost under every list, day and check.
            let lines = try String(contentsOfFile: arguments[0], encoding: .utf8).split(separator: "\n").map(String.init)
            let decoder = JSONDecoder()
            decoder.dateDecodingStrategy = .secondsSince1970
            func time(_ name: String, _ decode: (String) throws -> Contact) rethrows {
                var figures: [Double] = []
                for _ in 0..<5 {
                    let start = DispatchTime.now().uptimeNanoseconds
                    for line in lines { _ = try decode(line) }
                    figures.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e3 / Double(max(1, lines.count)))
                }
                print(String(format: "%@: median %.2f µs a contact, best %.2f (%d bodies, 5 rounds)", name, Measurement.median(figures), figures.min() ?? 0, lines.count))
            }
            try time("Foundation JSONDecoder") { try decoder.decode(Contact.self, from: Data($0.utf8)) }
            try time("StoredJSONDecoder     ") { try StoredJSONDecoder.decode(Contact.self, from: $0) }
        default:
            throw StoreError("unknown benchmark step \(command)")
        }
    }
}
