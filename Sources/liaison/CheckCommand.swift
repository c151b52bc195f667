import ArgumentParser
import Foundation
import LiaisonCore

/// `liaison check`: SQLite's integrity check and every record's own consistency, read-only.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Check a store for damage and inconsistencies.",
        discussion: """
            Every table is read: each record must decode, match the columns kept beside it and point \
            only at records that exist, and each record's history must run without gaps. A damaged \
            record is named by table and id; `liaison export --salvage` then keeps everything readable. \
            Facts that cannot all be right (a year no record can have, a letter received before it was \
            asked for, two people still here who would show alike) are said as warnings: the store passes. \
            The first \(StoreCheck.samplesPerWarning) records of each kind of warning are named and the rest \
            counted; --every-warning names them all. \
            On a PostgreSQL store the server keeps pages, references and history itself; every record \
            the signed-in role may see is decoded.
            """)
    @OptionGroup var options: StoreOptions
    @Flag(help: "Name every record a warning is about, not only the first \(StoreCheck.samplesPerWarning) of each kind.")
    var everyWarning = false

    /// People the service's homes leave out, and a settings file that cannot be read: warnings,
    /// so the store, which is what is checked, still passes.
    static func homeWarnings(path: String) throws -> [String] {
        // A server's homes are its own table, and a person's home a reference to it.
        guard !PostgresAddress.isAddress(path) else { return [] }
        let settings: ServiceSettings
        do {
            settings = try ServiceSettings.load(forStore: path)
        } catch let error as StoreError {
            return [error.message]
        }
        let store = try Store.open(path: path, mode: .readOnly, staff: "check", scope: .directory)
        return HomeCheck.warnings(people: store.people, homes: settings.homeList)
            + HomeCheck.warnings(marks: try store.homeDayReviews(), homes: settings.homeList)
            + StaffListCheck.warnings(settings.staff)
    }

    func run() throws {
        try reportingFailures {
            let report = try StoreCheck.run(path: options.path, now: try testingClock().now,
                                            warningsPerKind: everyWarning ? nil : StoreCheck.samplesPerWarning)
            let counts = report.counts.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
            guard report.isHealthy else {
                for problem in report.problems { say("liaison: \(problem)") }
                say("liaison: \(options.path) has \(report.problems.count) problem(s).")
                throw ExitCode.failure
            }
            print(InertText.visible("ok: \(options.path) (\(counts))"))
            for warning in report.warnings + (try Self.homeWarnings(path: options.path)) { say("liaison: warning: \(warning)") }
        }
    }
}
