import Foundation
import LiaisonCore
import ProcessSpawning

// `swift run -c release liaison-bench [sizes…]`: builds (once, cached under /tmp) stores of
// 10k, 100k, 1M and 10M contacts (the 10M one takes a while, once), then measures each in a
// fresh child process so the figures are those of a program that has only opened the store.
// `swift run -c release liaison-bench dashboard [STORE]`: the dashboard's start-up and key
// figures on the 1M store (built first if missing).
// Each store is then also measured through whole child processes of this program (export,
// add, check, import) beside sqlite3 doing the same work (`CommandBenchmark`).
let arguments = CommandLine.arguments
// Before anything else this program does at its start, which the least program would not do.
if arguments.count == 4 && arguments[1] == "stack-floor", let since = Double(arguments[3]) {
    try StackFloor.run(path: arguments[2], since: Date(timeIntervalSince1970: since))
    exit(0)
}
/// This program, to run again as a child for each measured command.
let bench = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? arguments[0]
if LiveBenchmark.handles(arguments) { try LiveBenchmark.run(arguments, bench: bench) }
if PostgresBenchmark.handles(arguments) { try PostgresBenchmark.run(arguments, bench: bench) }
if arguments.count >= 3 && ["--export", "--export-csv", "--check", "--import", "--decode"].contains(arguments[1]) {
    do {
        try CommandBenchmark.child(arguments[1], Array(arguments.dropFirst(2)))
        if let peakFile = ProcessInfo.processInfo.environment[CommandBenchmark.peakVariable] {
            try String(Measurement.peakMegabytes()).write(toFile: peakFile, atomically: false, encoding: .utf8)
        }
    } catch {
        FileHandle.standardError.write(Data("liaison-bench \(arguments[1]): \(error)\n".utf8))
        exit(1)
    }
} else if arguments.count >= 2 && arguments[1] == "terminal-frame" {
    // The whole-process figures alone, for repeated runs and profiles.
    let path = arguments.count >= 3 ? arguments[2] : DashboardBenchmark.defaultPath
    let store = try Store.open(path: path, mode: .readOnly, staff: "Bench", recentDays: 1, scope: .directory)
    let today = store.workingSet.recentSince
    try DashboardBenchmark.wholeProcess(path: path, since: today, weekSince: store.calendar.date(byAdding: .day, value: -6, to: today) ?? today)
} else if arguments.count >= 2 && ["dashboard", "first-frame"].contains(arguments[1]) {
    let path = arguments.count >= 3 ? arguments[2] : DashboardBenchmark.defaultPath
    if arguments.count < 3 && !FileManager.default.fileExists(atPath: path) {
        try BenchmarkStore.build(path: path, contacts: 1_000_000)
    }
    try DashboardBenchmark.run(arguments: [path], onlyFirstFrame: arguments[1] == "first-frame", bench: arguments[1] == "dashboard" ? bench : nil)
} else if arguments.count == 3 && arguments[1] == "--measure" {
    // Every figure, in process or as a command, is of a store in the page cache, not of the disk.
    CommandBenchmark.warm(arguments[2])
    try Measurement.run(path: arguments[2])
    try CommandBenchmark.measure(path: arguments[2], bench: bench)
} else {
    let sizes = arguments.dropFirst().compactMap { Int($0) }
    // Anything else is a mistake: running on would build and measure every store, 10M included.
    guard sizes.count == arguments.count - 1, sizes.allSatisfy({ $0 > 0 }) else {
        FileHandle.standardError.write(Data("""
            usage: liaison-bench [CONTACTS…]           stores of these sizes (default 10000 100000 1000000 10000000)
                   liaison-bench dashboard [STORE]     the dashboard's start-up and keys
                   liaison-bench first-frame [STORE]   its start-up alone, in this fresh process
                   liaison-bench terminal-frame [STORE] the shipped liaison's first frame on a terminal, beside sqlite3
                   liaison-bench stack-floor STORE SINCE  on a terminal: the least a Swift and ncurses program does for it
                   liaison-bench live [SAVES]          another process's save to the screen, signalled and polled
                   liaison-bench postgres [CONTACTS…]  the PostgreSQL store beside SQLite (default 100000 1000000)
                   liaison-bench --measure STORE       one store's figures
                   liaison-bench --export|--export-csv|--check STORE, --import NEW_STORE FILE

            """.utf8))
        exit(64)
    }
    for size in sizes.isEmpty ? [10_000, 100_000, 1_000_000, 10_000_000] : sizes {
        let path = BenchmarkStore.path(contacts: size)
        if !FileManager.default.fileExists(atPath: path) {
            let started = Date()
            try BenchmarkStore.build(path: path, contacts: size)
            // Unbuffered, so it comes before the child's figures.
            FileHandle.standardOutput.write(Data("built \(path) in \(String(format: "%.1f", Date().timeIntervalSince(started))) s\n".utf8))
        }
        let child = ChildProcess()
        child.executableURL = URL(fileURLWithPath: bench)
        child.arguments = ["--measure", path]
        try child.run()
        child.waitUntilExit()
    }
}
