import Foundation
import LiaisonCore

// `swift run -c release liaison-bench [sizes…]`: builds (once, cached under /tmp) stores of
// 10k, 100k and 1M contacts, then measures each in a fresh child process so the figures are
// those of a program that has only opened the store.
// `swift run -c release liaison-bench dashboard [STORE]`: the dashboard's start-up and key
// figures on the 1M store (built first if missing).
let arguments = CommandLine.arguments
if arguments.count >= 2 && arguments[1] == "dashboard" {
    let path = arguments.count >= 3 ? arguments[2] : DashboardBenchmark.defaultPath
    if arguments.count < 3 && !FileManager.default.fileExists(atPath: path) {
        try BenchmarkStore.build(path: path, contacts: 1_000_000)
    }
    try DashboardBenchmark.run(arguments: [path])
} else if arguments.count == 3 && arguments[1] == "--measure" {
    try Measurement.run(path: arguments[2])
} else {
    let sizes = arguments.dropFirst().compactMap { Int($0) }
    for size in sizes.isEmpty ? [10_000, 100_000, 1_000_000] : sizes {
        let path = "/tmp/liaison-bench-\(size).sqlite"
        if !FileManager.default.fileExists(atPath: path) {
            let started = Date()
            try BenchmarkStore.build(path: path, contacts: size)
            // Unbuffered, so it comes before the child's figures.
            FileHandle.standardOutput.write(Data("built \(path) in \(String(format: "%.1f", Date().timeIntervalSince(started))) s\n".utf8))
        }
        let child = Process()
        child.executableURL = URL(fileURLWithPath: arguments[0]).standardizedFileURL
        if !FileManager.default.isExecutableFile(atPath: child.executableURL!.path) {
            child.executableURL = Bundle.main.executableURL
        }
        child.arguments = ["--measure", path]
        try child.run()
        child.waitUntilExit()
    }
}
