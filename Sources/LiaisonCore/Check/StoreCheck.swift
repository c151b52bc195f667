import Foundation
import GRDB

/// `liaison check`: SQLite's own checks first — `integrity_check` for the file, its indexes and
/// the columns it generates from each record, `foreign_key_check` for every reference between
/// records — then only what SQLite cannot see: each record decodes as its kind and carries its
/// row's id (`RecordCheck`), each history entry belongs to a record that exists and the versions
/// run from 1 without a gap (`HistoryCheck`), and each contact is in the search index. Opens the
/// store read-only, so checking never changes it. A damaged record is named by table and id.
///
/// Memory stays the same whatever the store's size: rows are read through cursors a batch at a
/// time, and what spans records (history against its record) is asked of SQLite.
public enum StoreCheck {
    public struct Report: Sendable {
        public var problems: [String]
        public var counts: [String: Int]
        /// Records that are whole but whose facts cannot all be right (`RecordFacts`), and people
        /// who would show alike: said, but the store is healthy.
        public var warnings: [String] = []
        public var isHealthy: Bool { problems.isEmpty }
    }

    /// The tables that hold records, in the order they are checked.
    static let tables = ["person", "partner", "contact", "task", "escalation", "agreement", "day_review", "history"]

    /// SQLite's page cache for its own checks. `integrity_check` looks every row up in each of
    /// its table's indexes; with SQLite's default 2 MiB most of those look-ups read the file
    /// again (measured at 1M contacts: 34 s with the default, 13 s with this, under load).
    static let integrityCacheKiB = 65_536

    /// Records named for each kind of warning unless every one is asked for: enough to find
    /// and correct a few mistakes, few enough to read.
    public static let samplesPerWarning = 10

    /// Checks the store at `path`: SQLite's checks on one connection and thread while the records
    /// are decoded on another, so the two kinds of work share the machine's cores.
    ///
    /// `now` bounds the dates a record can have (`StaffDate.plausible`).
    /// `warningsPerKind` records are named for each kind of warning, the rest counted
    /// (`WarningTally`); nil names every one.
    public static func run(path: String, now: Date = Date(), warningsPerKind: Int? = samplesPerWarning) throws -> Report {
        // A server keeps its own pages and constraints: what is left is Liaison's (`ServerCheck`).
        if PostgresAddress.isAddress(path) {
            return try ServerCheck.run(try Store.open(path: path, mode: .readOnly, staff: "check", scope: .lookup))
        }
        let records = try StoreDatabase.open(path: path, mode: .readOnly)
        let whole = try records.secondReader()
        let sqlite = BackgroundResult { try whole.read { db in try sqliteChecks(db) } }
        // Both halves end before either connection is let go, even when one fails: closing one
        // drops this process's locks on the file, which the other may be reading under.
        let own = Result { try records.read { db in try ownChecks(db, now: now, warningsPerKind: warningsPerKind) } }
        let (problems, counts) = try sqlite.value()
        let (ownProblems, warnings) = try own.get()
        return Report(problems: problems + ownProblems, counts: counts, warnings: openToOthers(path) + warnings)
    }

    /// The store file and its journal files readable or writable by every login on the machine
    /// (copied with `cp`, or a `chmod` too wide): records of people's health for anyone to read.
    /// A team's store is its group's (`init --group`), so group permissions are not warned of.
    /// SQLite gives the journal files the store's permissions, so the store's own are named
    /// alone when they are the cause.
    static func openToOthers(_ path: String) -> [String] {
        for file in [path, path + "-wal", path + "-shm"] {
            var info = stat()
            guard stat(file, &info) == 0, info.st_mode & (S_IROTH | S_IWOTH) != 0 else { continue }
            let mode = String(info.st_mode & 0o777, radix: 8)
            return ["\(file) can be read by anyone who logs in to this machine (permissions \(mode)); "
                + "make it private with `chmod o-rwx \(file)`"]
        }
        return []
    }

    /// The same checks on one connection, one after the other: an in-memory store's.
    static func check(_ db: Database, now: Date = Date()) throws -> Report {
        let (problems, counts) = try sqliteChecks(db)
        let (ownProblems, warnings) = try ownChecks(db, now: now, warningsPerKind: samplesPerWarning)
        return Report(problems: problems + ownProblems, counts: counts, warnings: warnings)
    }

    /// SQLite's integrity and reference checks, and the rows each table holds.
    static func sqliteChecks(_ db: Database) throws -> (problems: [String], counts: [String: Int]) {
        try db.execute(sql: "PRAGMA cache_size = -\(integrityCacheKiB)")
        var problems = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
            .map { "SQLite: \($0)" }
        problems += try foreignKeys(db)
        var counts: [String: Int] = [:]
        for table in tables {
            counts[table] = (try? Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)")) ?? 0
        }
        return (problems, counts)
    }

    /// What SQLite cannot see: records that do not decode, history that does not fit its record,
    /// contacts missing from the search index.
    static func ownChecks(_ db: Database, now: Date, warningsPerKind: Int?) throws -> (problems: [String], warnings: [String]) {
        // Dates are judged in UTC: a day either way of 1900 or a century ahead is no matter.
        let plausible = StaffDate.plausible(now: now, timeZone: TimeZone(identifier: "UTC")!)
        var (problems, warnings) = RecordCheck.all(db, now: now, plausible: plausible, warningsPerKind: warningsPerKind)
        problems += HistoryCheck.entries(db)
        problems += HistoryCheck.versions(db)
        problems += searchIndex(db)
        return (problems, warnings + alikePeople(db))
    }

    /// People still here who would show exactly alike (`Person.showsAlike`): made before the
    /// forms refused it, or imported. Each pair's records could pass for the other's.
    static func alikePeople(_ db: Database) -> [String] {
        guard let rows = try? Row.fetchAll(db, sql: "SELECT body FROM person") else { return [] }
        let here = rows.compactMap { try? RecordCoding.decode(Person.self, from: $0[0] as String) }.filter { $0.discharged == nil }
        let groups = Dictionary(grouping: here, by: \.alikeKey)
        return groups.values.filter { $0.count > 1 }.map { $0.sorted { $0.id < $1.id } }.sorted { $0[0].id < $1[0].id }.map { alike in
            "person \(alike[0].id): shows exactly as " + alike.dropFirst().map { "person \($0.id)" }.joined(separator: " and ")
                + " (\(alike[0].name)\(alike[0].location.map { ", \($0)" } ?? "")): give one a room or the name they go by that tells them apart"
        }
    }

    /// Each reference SQLite finds broken, named by the record that holds it and the id it names.
    static func foreignKeys(_ db: Database) throws -> [String] {
        var problems: [String] = []
        let broken = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
        var columns: [String: [Int: String]] = [:]
        for row in broken {
            let table: String = row[0], rowid: Int64 = row[1], parent: String = row[2], key: Int = row[3]
            if columns[table] == nil {
                columns[table] = Dictionary(
                    try Row.fetchAll(db, sql: "PRAGMA foreign_key_list(\(table))").map { ($0["id"] as Int, $0["from"] as String) },
                    uniquingKeysWith: { first, _ in first })
            }
            guard let column = columns[table]?[key],
                  let found = try Row.fetchOne(db, sql: "SELECT id, \(column) AS named FROM \(table) WHERE rowid = ?", arguments: [rowid])
            else { continue }
            let id: String = found["id"], named: String = found["named"]
            problems.append("\(table) \(id): names \(parent) \(named), which does not exist")
        }
        return problems
    }

    static func searchIndex(_ db: Database) -> [String] {
        let sql = "SELECT id FROM contact WHERE id NOT IN (SELECT contact_id FROM contact_fts)"
        return ((try? String.fetchAll(db, sql: sql)) ?? []).map { "contact \($0): is missing from the search index" }
    }
}

/// Work started on another thread at once, its result waited for later.
final class BackgroundResult<T: Sendable>: @unchecked Sendable {
    private var result: Result<T, any Error>?
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () throws -> T) {
        Thread.detachNewThread { [self] in
            result = Result { try work() }
            done.signal()
        }
    }

    /// Waits for the work and returns what it gave, or throws what it threw.
    func value() throws -> T {
        done.wait()
        done.signal()
        return try result!.get()
    }
}
