import Foundation
import GRDB

/// Writes an import's rows inside the caller's transaction, with statements prepared once, and
/// gathers every problem found on the way; the caller rolls back when there are any.
///
/// Each row is written at its place in the file (`rowid` is its position plus one), which is
/// the numbering a whole document written in order has always had, and lets SQLite name a
/// record by its place: a second record with an id already written is refused by the primary
/// key, and the first is found by its row. References are checked only when every row is in
/// (`PRAGMA defer_foreign_keys`), since an export lists contacts before the people they name.
final class ImportWriter {
    private let db: Database
    private let inserts: [Statement]
    private let index: Statement
    private(set) var problems = ImportProblemList()
    /// The first record holding a field of the newest export version any record's fields came with.
    private var newestField: (version: Int, label: String, field: String)?

    init(_ db: Database) throws {
        self.db = db
        try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
        inserts = try ImportSection.allCases.map { try db.makeStatement(sql: "INSERT INTO \($0.table) (rowid, id, body) VALUES (?, ?, ?)") }
        index = try db.makeStatement(sql: "INSERT INTO contact_fts (summary, advice, contact_id) VALUES (?, ?, ?)")
    }

    /// Writes `row` when it could be read, and keeps its problems.
    func write(_ row: ImportRow) throws {
        problems.append(contentsOf: row.problems)
        if let field = row.newestField, field.version > newestField?.version ?? 0 { newestField = field }
        guard let stored = row.stored else { return }
        let section = ImportSection.allCases.firstIndex(of: row.section)!
        do {
            try inserts[section].execute(arguments: [row.position + 1, stored.id, stored.body])
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_PRIMARYKEY {
            let first = try Int.fetchOne(db, sql: "SELECT rowid - 1 FROM \(row.section.table) WHERE id = ?", arguments: [stored.id]) ?? 0
            problems.append(ImportProblem(
                record: ImportRow.label(row.section, row.position, id: stored.id), field: "id",
                message: "the same id as \(ImportRow.label(row.section, first, id: nil)); each record needs its own"))
            return
        }
        if let search = row.search { try index.execute(arguments: [search.summary, search.advice, search.contactID]) }
    }

    /// Keeps a problem found outside any row (a list that is not one, a record too large to read).
    func note(_ problem: ImportProblem) {
        problems.append(problem)
    }

    /// Refuses an export that says it is of `version` but holds a field only a later version
    /// writes: it was changed by hand, and what it says of that field cannot be trusted (a
    /// version-3 export's day review has no home; one given a home would be read as that
    /// home's alone).
    func checkDeclared(version: Int) {
        guard let field = newestField, field.version > version else { return }
        problems.append(ImportProblem(
            record: field.label, field: field.field,
            message: "is in an export that says it is version \(version), which cannot hold it (it came with version \(field.version)); the file was changed by hand"))
    }

    /// Asks SQLite the checks that span records over every row written, then throws an
    /// `ImportRefusal` listing every problem of the import, if there are any.
    func finish() throws {
        try ImportCheck.links(db, into: &problems)
        guard problems.isEmpty else { throw problems.refusal }
    }
}
