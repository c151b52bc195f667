import Foundation
import GRDB

/// Reading and writing records as rows: the JSON body, from which SQLite generates the columns
/// queries select on.
enum RecordTable {
    static func insert<R: Persisted>(_ record: R, _ db: Database) throws {
        let statement = try db.cachedStatement(sql: "INSERT INTO \(R.table) (id, body) VALUES (?, ?)")
        try refusal(for: record, db) { try statement.execute(arguments: [record.id, try RecordCoding.body(record)]) }
        if let contact = record as? Contact { try indexText(of: contact, db) }
    }

    /// Replaces a record's row; the caller has already put the old version into history.
    static func replace<R: Persisted>(_ record: R, _ db: Database) throws {
        let statement = try db.cachedStatement(sql: "UPDATE \(R.table) SET body = ? WHERE id = ?")
        try refusal(for: record, db) { try statement.execute(arguments: [try RecordCoding.body(record), record.id]) }
        if let contact = record as? Contact { try indexText(of: contact, db) }
    }

    /// Runs one write of `record`; when SQLite refuses it for a reference to a record that is
    /// not there, says which one, as the form's field, instead of SQLite's bare "FOREIGN KEY
    /// constraint failed". Looked up only on that failure, so a save reads nothing extra.
    private static func refusal<R: Persisted>(for record: R, _ db: Database, _ write: () throws -> Void) throws {
        do {
            try write()
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_FOREIGNKEY {
            for reference in record.references {
                let table = reference.kind == .person ? Person.table : Partner.table
                if try !Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM \(table) WHERE id = ?)", arguments: [reference.id])! {
                    throw FieldError(reference.field, "there is no \(reference.kind.rawValue) with id \(reference.id)")
                }
            }
            throw error
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_PRIMARYKEY {
            throw FieldError("id", "there is already a \(R.kind.rawValue) with id \(record.id)")
        }
    }

    static func indexText(of contact: Contact, _ db: Database) throws {
        let statement = try db.cachedStatement(sql: "INSERT INTO contact_fts (summary, advice, contact_id) VALUES (?, ?, ?)")
        try statement.execute(arguments: [contact.summary, contact.advice ?? "", contact.id])
    }

    static func fetch<R: Persisted>(_ type: R.Type, id: String, _ db: Database) throws -> R? {
        try fetchAll(type, where: "id = ?", arguments: [id], db).first
    }

    /// Each record's id and the named fields of its body, as SQLite reads them: finding whom a
    /// name means decodes no record (`Store.findPerson`). A body that is not JSON has no names.
    static func names<R: Persisted>(_ type: R.Type, fields: [String], _ db: Database) throws -> [(id: String, names: [String?])] {
        let columns = fields.map { "CASE WHEN json_valid(body) THEN json_extract(body, '$.\($0)') END" }
        let rows = try Row.fetchAll(db.cachedStatement(sql: "SELECT id, \(columns.joined(separator: ", ")) FROM \(R.table)"))
        return rows.map { row in (row[0], fields.indices.map { row[$0 + 1] as String? }) }
    }

    static func fetchAll<R: Persisted>(
        _ type: R.Type, where condition: String? = nil, orderBy: String? = nil,
        arguments: StatementArguments = [], _ db: Database
    ) throws -> [R] {
        var sql = "SELECT body FROM \(R.table)"
        if let condition { sql += " WHERE \(condition)" }
        if let orderBy { sql += " ORDER BY \(orderBy)" }
        let bodies = try String.fetchAll(db.cachedStatement(sql: sql), arguments: arguments)
        return try decodeAll(R.self, bodies)
    }

    /// Decoding JSON is most of the cost of opening a store, and of a day read from disk (a day
    /// a year back is ~270 contacts), so a batch of 128 or more is split over the cores, in
    /// pieces of at least 64 so that handing them out costs less than it saves.
    static func decodeAll<R: Decodable & Sendable>(_ type: R.Type, _ bodies: [String]) throws -> [R] {
        let chunks = bodies.count < 128 ? 1 : min(8, ProcessInfo.processInfo.activeProcessorCount * 2, bodies.count / 64)
        guard chunks > 1 else { return try bodies.map { try RecordCoding.decode(R.self, from: $0) } }
        let size = (bodies.count + chunks - 1) / chunks
        let results = Slots<[R]>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let range = (chunk * size)..<min(bodies.count, (chunk + 1) * size)
            results.set(chunk, Result { try bodies[range].map { try RecordCoding.decode(R.self, from: $0) } })
        }
        return try results.joined()
    }

    /// Writes the new version of a record, keeping the one it replaces in history (R11), by
    /// `Amendment`'s rules: refused when someone else amended the record since the caller read it.
    static func amend<R: Persisted>(
        _ record: R, reason: String, by staff: String, at now: Date, correction: Bool = false, _ db: Database
    ) throws -> R {
        let amendment = try Amendment.prepare(
            record, stored: try fetch(R.self, id: record.id, db), reason: reason, by: staff, at: now, correction: correction)
        try insertHistory(amendment.entry, db)
        try replace(amendment.next, db)
        return amendment.next
    }

    static func insertHistory(_ entry: HistoryEntry, _ db: Database) throws {
        let statement = try db.cachedStatement(sql: "INSERT INTO history (id, body) VALUES (?, ?)")
        try statement.execute(arguments: [entry.id, try RecordCoding.body(entry)])
    }

    static func history(of recordID: String, _ db: Database) throws -> [HistoryEntry] {
        try String.fetchAll(db, sql: "SELECT body FROM history WHERE record_id = ? ORDER BY version", arguments: [recordID])
            .map { try RecordCoding.decode(HistoryEntry.self, from: $0) }
    }
}
