import Foundation
import GRDB

/// What SQLite alone takes to read what a dashboard step reads: the same queries on a plain
/// read-only connection, rows fetched as text and nothing decoded. The floor the dashboard's
/// figures are compared with.
enum QueryFloor {
    /// The working set's queries (`Store+Loading`), for a store of `recentDays` days of contacts.
    static func workingSet(_ db: Database, since: Date) throws {
        _ = try rows(db, since: since)
    }

    /// The working set's rows, as text.
    static func rows(_ db: Database, since: Date) throws -> [String] {
        var rows: [String] = []
        for sql in [
            "SELECT body FROM person", "SELECT body FROM partner", "SELECT body FROM task WHERE status = 'open'",
            "SELECT body FROM escalation WHERE stage <> 'resolved'", "SELECT body FROM contact WHERE confirmation = 'requested'",
            "SELECT body FROM contact WHERE confirmation = 'undecided'",
        ] { rows += try String.fetchAll(db, sql: sql) }
        rows += try String.fetchAll(db, sql: "SELECT body FROM contact WHERE happened_at >= ?", arguments: [since.timeIntervalSince1970])
        return rows
    }

    /// The same queries as a script for the sqlite3 shell, rows written out as text.
    static func script(since: Date) -> String {
        """
        SELECT body FROM person; SELECT body FROM partner; SELECT body FROM task WHERE status = 'open';
        SELECT body FROM escalation WHERE stage <> 'resolved'; SELECT body FROM contact WHERE confirmation = 'requested';
        SELECT body FROM contact WHERE confirmation = 'undecided'; SELECT body FROM contact WHERE happened_at >= \(Int(since.timeIntervalSince1970));

        """
    }

    /// One day's contacts, as `Store.contacts(on:)` reads them.
    static func day(_ db: Database, start: Date) throws -> Int {
        try String.fetchAll(
            db, sql: "SELECT body FROM contact WHERE happened_at >= ? AND happened_at < ? ORDER BY happened_at, id",
            arguments: [start.timeIntervalSince1970, start.timeIntervalSince1970 + 86_400]).count
    }

    /// Median milliseconds of `runs` fresh connections each opening and reading the working
    /// set, and of one day's contacts read for each of `days` days from `firstDay` on.
    static func measure(path: String, since: Date, firstDay: Date, days: Int = 100) throws -> (workingSet: Double, day: Double) {
        var openings: [Double] = []
        for _ in 0..<9 {
            let start = DispatchTime.now().uptimeNanoseconds
            var config = Configuration()
            config.readonly = true
            let queue = try DatabaseQueue(path: path, configuration: config)
            try queue.read { db in try workingSet(db, since: since) }
            openings.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            try queue.close()
        }
        var config = Configuration()
        config.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: config)
        let perDay = try queue.read { db in
            try (0..<days).map { n in
                let start = DispatchTime.now().uptimeNanoseconds
                _ = try day(db, start: firstDay.addingTimeInterval(Double(n) * 86_400))
                return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
            }
        }
        return (DashboardBenchmark.median(openings), DashboardBenchmark.median(perDay))
    }
}
