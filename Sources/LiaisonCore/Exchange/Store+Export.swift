import Foundation
import GRDB

extension Store {
    /// The whole store, read in one transaction so the export is a consistent moment.
    public func exportDocument() throws -> ExportDocument {
        try database.read { db in try Self.document(db) }
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

    public func exportJSON() throws -> Data { try exportDocument().json() }

    /// CSV: one section per kind, each a `# kind` line, a header row and a row per record, then a
    /// blank line; nested values (a basis, a confirmation, notes) are JSON within their cell.
    /// Every line ends in CRLF, as in the report's CSV (RFC 4180).
    public func exportCSV() throws -> String {
        let doc = try exportDocument()
        var out = ""
        func section<R: Encodable>(_ name: String, _ records: [R]) throws {
            out += "# \(name)\r\n" + (try CSVTable.render(records)) + "\r\n"
        }
        try section("people", doc.people)
        try section("partners", doc.partners)
        try section("contacts", doc.contacts)
        try section("tasks", doc.tasks)
        try section("escalations", doc.escalations)
        try section("agreements", doc.agreements)
        try section("dayReviews", doc.dayReviews)
        try section("history", doc.history)
        return out
    }
}
