import ArgumentParser
import Foundation
import LiaisonCore

/// `liaison check`: SQLite's integrity check and the records' own consistency, read-only.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Check a store for damage and inconsistencies.")
    @OptionGroup var options: StoreOptions

    func run() throws {
        try reportingFailures {
            let report = try StoreCheck.run(path: options.path)
            let counts = report.counts.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
            guard report.isHealthy else {
                for problem in report.problems { FileHandle.standardError.write(Data("liaison: \(problem)\n".utf8)) }
                FileHandle.standardError.write(Data("liaison: \(options.path) has \(report.problems.count) problem(s).\n".utf8))
                throw ExitCode.failure
            }
            print("ok: \(options.path) (\(counts))")
        }
    }
}
