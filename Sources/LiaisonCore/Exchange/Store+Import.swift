import Foundation
import GRDB

extension Store {
    /// Loads an export into this store, which must hold no records, in one transaction:
    /// all of it or none of it. Ids, authors, times and history are kept as they were. Every
    /// record is checked first (`ImportCheck`); any problem refuses the whole file with all of
    /// them listed (`ImportRefusal`), and nothing is written.
    public func importDocument(_ doc: ExportDocument) throws {
        guard doc.schemaVersion <= LiaisonCore.schemaVersion else {
            throw FieldError("file", "the export comes from a newer version of Liaison (version \(doc.schemaVersion)); update Liaison first")
        }
        let problems = ImportCheck.problems(in: doc, now: now)
        guard problems.isEmpty else { throw ImportRefusal(problems: problems) }
        if let damaged = doc.damaged, !damaged.isEmpty {
            throw FieldError("file", "it is a salvage holding \(damaged.count) damaged row(s); repair or remove them, then import again")
        }
        try database.write { db in
            guard try Self.isEmpty(db) else {
                throw FieldError("store", "this store already holds records; import only into a new, empty store")
            }
            try Self.insertAll(doc, db)
        }
        try reload()
        notify(.reloaded)
    }

    /// Reads and checks `data` as a whole (`ImportReader`), then imports it.
    public func importJSON(_ data: Data) throws { try importDocument(try ImportReader.read(data, now: now)) }

    static func insertAll(_ doc: ExportDocument, _ db: Database) throws {
        for r in doc.people { try RecordTable.insert(r, db) }
        for r in doc.partners { try RecordTable.insert(r, db) }
        for r in doc.contacts { try RecordTable.insert(r, db) }
        for r in doc.tasks { try RecordTable.insert(r, db) }
        for r in doc.escalations { try RecordTable.insert(r, db) }
        for r in doc.agreements { try RecordTable.insert(r, db) }
        for r in doc.dayReviews { try RecordTable.insert(r, db) }
        for entry in doc.history {
            try RecordTable.insertHistory(entry, db)
            // Earlier wording stays searchable, as it was before the export.
            if entry.kind == .contact { try RecordTable.indexText(of: try entry.decode(Contact.self), db) }
        }
    }

    static func isEmpty(_ db: Database) throws -> Bool {
        for table in ["person", "partner", "contact", "task", "escalation", "agreement", "day_review", "history"] {
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM \(table))") == true { return false }
        }
        return true
    }
}
