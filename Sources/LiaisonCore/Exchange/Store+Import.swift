import Foundation
import GRDB

extension Store {
    /// Loads an export into this store, which must hold no records, in one transaction: all of
    /// it or none of it. The file is read as it comes (`ImportReader`), so its size does not
    /// matter; ids, authors, times and history are kept as they were. Any problem refuses the
    /// whole file with all of them listed (`ImportRefusal`), and nothing is written.
    @discardableResult
    public func importJSON(from source: ByteSource) throws -> ImportTally {
        if backend is PostgresBackend {
            throw StoreError(
                "A PostgreSQL store is filled by `liaison migrate`, run by the server's administrator, so that every record "
                    + "keeps who recorded it: import the file into a new store file first (`liaison init FILE`, then "
                    + "`liaison import … --store FILE`), and move that over. Nothing was changed.")
        }
        let now = now
        return try importRecords { writer in try ImportReader.read(source, into: writer, now: now) }
    }

    /// Imports an export held in memory: tests and small callers.
    @discardableResult
    public func importJSON(_ data: Data) throws -> ImportTally { try importJSON(from: ByteSource(data)) }

    /// Loads a whole document into this empty store, checked as a file is (`importJSON`): the
    /// demo, and tests that build an export in memory.
    @discardableResult
    public func importDocument(_ doc: ExportDocument) throws -> ImportTally {
        guard doc.schemaVersion <= LiaisonCore.exportVersion else {
            throw FieldError("file", "the export comes from a newer version of Liaison (version \(doc.schemaVersion)); update Liaison first")
        }
        if let damaged = doc.damaged, !damaged.isEmpty {
            throw FieldError("file", "it is a salvage holding \(damaged.count) damaged row(s); repair or remove them, then import again")
        }
        let context = ImportRow.Context(now: now)
        return try importRecords { writer in
            func write<R: ImportRecord>(_ records: [R], _ section: ImportSection) throws {
                for (position, record) in records.enumerated() { try writer.write(.make(record, section, position, context)) }
            }
            try write(doc.people, .people)
            try write(doc.partners, .partners)
            try write(doc.contacts, .contacts)
            try write(doc.tasks, .tasks)
            try write(doc.escalations, .escalations)
            try write(doc.agreements, .agreements)
            try write(doc.dayReviews, .dayReviews)
            try write(doc.history, .history)
            writer.checkDeclared(version: doc.schemaVersion)
            try writer.finish()
        }
    }

    /// Runs `load` in one transaction on this store, which must be empty, then reloads the
    /// working set; anything `load` throws rolls all of it back.
    private func importRecords(_ load: (ImportWriter) throws -> Void) throws -> ImportTally {
        let tally = try sqliteDatabase().write { db in
            guard try Self.isEmpty(db) else {
                throw FieldError("store", "this store already holds records; import only into a new, empty store")
            }
            try load(ImportWriter(db))
            // Counted from the rows written, in the same transaction, not from what was read.
            return ImportTally(try ImportSection.allCases.map { section in
                (section, try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(section.table)") ?? 0)
            })
        }
        try reload()
        notify(.reloaded)
        return tally
    }

    static func isEmpty(_ db: Database) throws -> Bool {
        for table in ImportSection.allCases.map(\.table) {
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM \(table))") == true { return false }
        }
        return true
    }
}
