import Foundation
import GRDB

/// `liaison check`: SQLite's own integrity check, then every table, row by row: each record
/// decodes and carries its row's id, the columns queries select on agree with the record, every
/// reference resolves, and each record's history runs from version 1 without a gap. Opens the
/// store read-only, so checking never changes it. A damaged record is named by table and id.
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
        var checker = RowChecker(db: db)
        checker.records(Person.self)
        checker.records(Partner.self)
        checker.records(Contact.self)
        checker.records(CareTask.self)
        checker.records(Escalation.self)
        checker.records(PartnershipAgreement.self)
        checker.records(DayReview.self)
        checker.resolveReferences()
        checker.history()
        checker.searchIndex()
        problems += checker.problems
        return Report(problems: problems, counts: counts)
    }
}

/// Reads every row once, remembering what later checks need (ids, versions, references).
private struct RowChecker {
    let db: Database
    var problems: [String] = []
    /// Each kind's readable records: id → version.
    var versions: [RecordKind: [String: Int]] = [:]
    var references: [(what: String, kind: RecordKind, id: String)] = []

    init(db: Database) { self.db = db }

    mutating func records<R: Persisted>(_ type: R.Type) {
        let decoder = RecordCoding.decoder
        var found: [String: Int] = [:]
        do {
            let rows = try Row.fetchCursor(db, sql: "SELECT * FROM \(R.table)")
            while let row = try rows.next() {
                let id = (row["id"] as String?) ?? "(no id)"
                let name = "\(R.table) \(id)"
                guard let text = row["body"] as String?, let record = try? decoder.decode(R.self, from: Data(text.utf8)) else {
                    problems.append("\(name): the record cannot be read (its stored text is damaged); `liaison export --salvage` keeps it as it is")
                    continue
                }
                if record.id != id { problems.append("\(name): the record inside says it is \(record.id)") }
                for (column, value) in record.indexColumns {
                    let expected = value?.databaseValue ?? .null
                    let stored: DatabaseValue = row[column]
                    if expected != stored { problems.append("\(name): its \(column) column does not agree with the record") }
                }
                found[id] = record.audit.version
                collectReferences(of: record, name)
            }
        } catch {
            problems.append("\(R.table): the table cannot be read to the end (\(StoreDatabase.plainReason(error)))")
        }
        versions[R.kind] = found
    }

    private mutating func collectReferences<R: Persisted>(of record: R, _ name: String) {
        switch record {
        case let c as Contact:
            references += [("\(name) names person", .person, c.personID), ("\(name) names partner", .partner, c.partnerID)]
        case let t as CareTask:
            if let p = t.personID { references.append(("\(name) names person", .person, p)) }
            if let p = t.partnerID { references.append(("\(name) names partner", .partner, p)) }
        case let e as Escalation:
            if let p = e.personID { references.append(("\(name) names person", .person, p)) }
            if let p = e.partnerID { references.append(("\(name) names partner", .partner, p)) }
        case let a as PartnershipAgreement:
            references.append(("\(name) names person", .person, a.personID))
        default:
            break
        }
    }

    mutating func resolveReferences() {
        for reference in references where versions[reference.kind]?[reference.id] == nil {
            problems.append("\(reference.what) \(reference.id), which does not exist")
        }
    }

    /// History rows decode, belong to an existing record of their kind, and together with the
    /// record make versions 1, 2, … without a gap or a repeat.
    mutating func history() {
        let decoder = RecordCoding.decoder
        var kept: [String: [Int]] = [:]
        var kinds: [String: RecordKind] = [:]
        do {
            let rows = try Row.fetchCursor(db, sql: "SELECT id, record_id, version, body FROM history")
            while let row = try rows.next() {
                let id = (row["id"] as String?) ?? "(no id)"
                guard let text = row["body"] as String?, let entry = try? decoder.decode(HistoryEntry.self, from: Data(text.utf8)) else {
                    problems.append("history \(id): the entry cannot be read (its stored text is damaged)")
                    continue
                }
                if entry.id != id || entry.recordID != row["record_id"] || entry.version != row["version"] {
                    problems.append("history \(id): its columns do not agree with the entry")
                }
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
