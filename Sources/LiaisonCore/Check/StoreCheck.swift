import Foundation
import GRDB

/// `liaison check`: SQLite's own checks first — `integrity_check` for the file, its indexes and
/// the columns it generates from each record, `foreign_key_check` for every reference between
/// records — then only what SQLite cannot see: each record decodes as its kind and carries its
/// row's id, each history entry belongs to a record that exists and the versions run from 1
/// without a gap, and each contact is in the search index. Opens the store read-only, so
/// checking never changes it. A damaged record is named by table and id.
public enum StoreCheck {
    public struct Report: Sendable {
        public var problems: [String]
        public var counts: [String: Int]
        public var isHealthy: Bool { problems.isEmpty }
    }

    /// The tables that hold records, in the order they are checked.
    static let tables = ["person", "partner", "contact", "task", "escalation", "agreement", "day_review", "history"]

    public static func run(path: String) throws -> Report {
        let database = try StoreDatabase.open(path: path, mode: .readOnly)
        return try database.read { db in try check(db) }
    }

    static func check(_ db: Database) throws -> Report {
        var problems = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
            .map { "SQLite: \($0)" }
        var counts: [String: Int] = [:]
        for table in tables {
            counts[table] = (try? Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)")) ?? 0
        }
        problems += try foreignKeys(db)
        var checker = RowChecker(db: db)
        checker.records(Person.self)
        checker.records(Partner.self)
        checker.records(Contact.self)
        checker.records(CareTask.self)
        checker.records(Escalation.self)
        checker.records(PartnershipAgreement.self)
        checker.records(DayReview.self)
        checker.history()
        checker.searchIndex()
        problems += checker.problems
        return Report(problems: problems, counts: counts)
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
}

/// Reads every row once, remembering what the history check needs (ids and versions).
private struct RowChecker {
    let db: Database
    var problems: [String] = []
    /// Each kind's readable records: id → version.
    var versions: [RecordKind: [String: Int]] = [:]

    init(db: Database) { self.db = db }

    /// Every row of the kind decodes and carries its row's id. Decoding is the work SQLite
    /// cannot do, so each batch of rows is decoded over the cores.
    mutating func records<R: Persisted>(_ type: R.Type) {
        var found: [String: Int] = [:]
        do {
            let rows = try Row.fetchCursor(db, sql: "SELECT id, body FROM \(R.table)")
            var batch: [(id: String, body: String?)] = []
            func check(_ batch: [(id: String, body: String?)]) {
                for ((id, _), record) in zip(batch, Self.decode(R.self, batch.map(\.body))) {
                    let name = "\(R.table) \(id)"
                    guard let record else {
                        problems.append("\(name): the record cannot be read (its stored text is damaged); `liaison export --salvage` keeps it as it is")
                        continue
                    }
                    if record.id != id { problems.append("\(name): the record inside says it is \(record.id)") }
                    found[id] = record.audit.version
                }
            }
            while let row = try rows.next() {
                batch.append(((row["id"] as String?) ?? "(no id)", row["body"] as String?))
                if batch.count == ExportStream.batchSize {
                    check(batch)
                    batch.removeAll(keepingCapacity: true)
                }
            }
            check(batch)
        } catch {
            problems.append("\(R.table): the table cannot be read to the end (\(StoreDatabase.plainReason(error)))")
        }
        versions[R.kind] = found
    }

    /// Each body decoded, or nil where it cannot be, split over the cores.
    private static func decode<R: Decodable & Sendable>(_ type: R.Type, _ bodies: [String?]) -> [R?] {
        let chunks = bodies.count < 256 ? 1 : ProcessInfo.processInfo.activeProcessorCount * 2
        let size = (bodies.count + chunks - 1) / chunks
        let results = Slots<[R?]>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let decoder = RecordCoding.decoder
            let range = min(bodies.count, chunk * size)..<min(bodies.count, (chunk + 1) * size)
            results.set(chunk, .success(bodies[range].map { body in body.flatMap { try? decoder.decode(R.self, from: Data($0.utf8)) } }))
        }
        return (try? results.joined()) ?? []
    }

    /// History rows decode, belong to an existing record of their kind, and together with the
    /// record make versions 1, 2, … without a gap or a repeat.
    mutating func history() {
        let decoder = RecordCoding.decoder
        var kept: [String: [Int]] = [:]
        var kinds: [String: RecordKind] = [:]
        do {
            let rows = try Row.fetchCursor(db, sql: "SELECT id, body FROM history")
            while let row = try rows.next() {
                let id = (row["id"] as String?) ?? "(no id)"
                guard let text = row["body"] as String?, let entry = try? decoder.decode(HistoryEntry.self, from: Data(text.utf8)) else {
                    problems.append("history \(id): the entry cannot be read (its stored text is damaged)")
                    continue
                }
                if entry.id != id { problems.append("history \(id): the entry inside says it is \(entry.id)") }
                if !entry.holdsItsKind { problems.append("history \(id): the earlier version of \(entry.kind.rawValue) \(entry.recordID) cannot be read") }
                kept[entry.recordID, default: []].append(entry.version)
                kinds[entry.recordID] = entry.kind
            }
        } catch {
            problems.append("history: the table cannot be read to the end (\(StoreDatabase.plainReason(error)))")
        }
        for (recordID, list) in kept.sorted(by: { $0.key < $1.key }) {
            guard let kind = kinds[recordID], let current = versions[kind]?[recordID] else {
                problems.append("history of \(kinds[recordID]?.rawValue ?? "record") \(recordID): the record it belongs to does not exist")
                continue
            }
            let expected = Array(1..<max(1, current))
            if list.sorted() != expected {
                let held = list.sorted().map(String.init).joined(separator: ", ")
                let wanted = current > 1 ? "versions 1 to \(current - 1)" : "no earlier version"
                problems.append("\(kind.rawValue) \(recordID): is version \(current), so its history should hold \(wanted), but it holds \(held)")
            }
        }
        // A record at version 3 with no history at all is a gap too.
        for (kind, records) in versions.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            for (id, version) in records.sorted(by: { $0.key < $1.key }) where version > 1 && kept[id] == nil {
                problems.append("\(kind.rawValue) \(id): is version \(version) but none of its earlier versions is kept")
            }
        }
    }

    mutating func searchIndex() {
        let sql = "SELECT id FROM contact WHERE id NOT IN (SELECT contact_id FROM contact_fts)"
        for id in (try? String.fetchAll(db, sql: sql)) ?? [] {
            problems.append("contact \(id): is missing from the search index")
        }
    }
}
