import Foundation
import GRDB

extension Store {
    /// The whole store, read in one transaction so the export is a consistent moment.
    public func exportDocument() throws -> ExportDocument {
        try sqliteDatabase().read { db in try Self.document(db) }
    }

    static func document(_ db: Database) throws -> ExportDocument {
        var doc = ExportDocument()
        doc.people = try RecordTable.fetchAll(Person.self, db)
        doc.partners = try RecordTable.fetchAll(Partner.self, db)
        doc.contacts = try RecordTable.fetchAll(Contact.self, db)
        doc.tasks = try RecordTable.fetchAll(CareTask.self, db)
        doc.escalations = try RecordTable.fetchAll(Escalation.self, db)
        doc.agreements = try RecordTable.fetchAll(PartnershipAgreement.self, db)
        doc.dayReviews = try RecordTable.fetchAll(DayReview.self, db)
        let decoder = RecordCoding.decoder
        doc.history = try String.fetchAll(db, sql: "SELECT body FROM history")
            .map { try decoder.decode(HistoryEntry.self, from: Data($0.utf8)) }
        doc.sortByID()
        return doc
    }

    /// The export as JSON, streamed: records go to `sink` as they are read, in one read
    /// transaction so the file is a consistent moment, in constant memory (`ExportStream`).
    public func exportJSON(to sink: ByteSink) throws {
        let checked = checkedBeforeWriting(sink)
        try backend.read { records in try ExportStream.json(records, to: checked) }
        try checked.flush()
        try sink.flush()
    }

    /// CSV, streamed the same way: one section per kind, each a `# kind` line, a header row and
    /// a row per record; nested values (a basis, a confirmation, notes) are JSON within their cell.
    public func exportCSV(to sink: ByteSink) throws {
        let checked = checkedBeforeWriting(sink)
        try backend.read { records in try ExportStream.csv(records, to: checked) }
        try checked.flush()
        try sink.flush()
    }

    /// `sink`, where the backend's reads may be refused after the fact (a store file read
    /// immutable: `StoreBackend.confirmReadSound`), behind a check that each buffer was read
    /// soundly before it goes out: otherwise an export to the screen or a pipe would already
    /// hold a mix of old and new records when the read was refused.
    private func checkedBeforeWriting(_ sink: ByteSink) -> ByteSink {
        guard backend.readsCanBeRefusedAfterwards else { return sink }
        return ByteSink { [backend] bytes in
            try backend.confirmReadSound()
            try sink.write(bytes: bytes)
        }
    }

    /// The JSON export gathered in memory: for tests and small stores.
    public func exportJSON() throws -> Data {
        var data = Data()
        try exportJSON(to: ByteSink { data.append(contentsOf: $0) })
        return data
    }

    /// The CSV export gathered in memory: for tests and small stores.
    public func exportCSV() throws -> String {
        var data = Data()
        try exportCSV(to: ByteSink { data.append(contentsOf: $0) })
        return String(decoding: data, as: UTF8.self)
    }
}
