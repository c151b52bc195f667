import Foundation
import GRDB

/// `liaison export --salvage`: everything readable in a damaged store, plus each row that could
/// not be read, kept as it was found, so one bad row never makes the rest unreachable.
///
/// Works on the database directly, never through `Store`: a store whose records cannot all be
/// decoded cannot be opened as a Store, which is exactly when a salvage is needed.
public enum Salvage {
    public static func document(path: String) throws -> ExportDocument {
        let database = try StoreDatabase.open(path: path, mode: .readOnly)
        return try database.read { db in
            var doc = ExportDocument()
            var damaged: [DamagedRow] = []
            doc.people = rows(Person.self, db, &damaged)
            doc.partners = rows(Partner.self, db, &damaged)
            doc.contacts = rows(Contact.self, db, &damaged)
            doc.tasks = rows(CareTask.self, db, &damaged)
            doc.escalations = rows(Escalation.self, db, &damaged)
            doc.agreements = rows(PartnershipAgreement.self, db, &damaged)
            doc.dayReviews = rows(DayReview.self, db, &damaged)
            doc.history = rows(HistoryEntry.self, table: "history", db, &damaged)
            doc.sortByID()
            doc.damaged = damaged.isEmpty ? nil : damaged
            return doc
        }
    }

    private static func rows<R: Persisted>(_ type: R.Type, _ db: Database, _ damaged: inout [DamagedRow]) -> [R] {
        rows(type, table: R.table, db, &damaged)
    }

    /// Each row of `table` decoded, or kept in `damaged` with its body as found. A table that
    /// stops part way (a damaged page) keeps what came before, and says where it stopped.
    private static func rows<R: Decodable>(_ type: R.Type, table: String, _ db: Database, _ damaged: inout [DamagedRow]) -> [R] {
        let decoder = RecordCoding.decoder
        var records: [R] = []
        do {
            let cursor = try Row.fetchCursor(db, sql: "SELECT id, body FROM \(table)")
            while let row = try cursor.next() {
                let id = (row["id"] as String?) ?? "(no id)"
                let value: DatabaseValue = row["body"]
                switch value.storage {
                case .string(let text):
                    if let record = try? decoder.decode(R.self, from: Data(text.utf8)) {
                        records.append(record)
                    } else {
                        damaged.append(DamagedRow(table: table, id: id, problem: "the record cannot be read", body: text))
                    }
                case .blob(let data):
                    damaged.append(DamagedRow(table: table, id: id, problem: "the body is not text", bodyBase64: data.base64EncodedString()))
                default:
                    damaged.append(DamagedRow(table: table, id: id, problem: "the body is missing", body: nil))
                }
            }
        } catch {
            damaged.append(DamagedRow(
                table: table, id: "", problem: "the table could not be read past \(records.count) record(s): \(StoreDatabase.plainReason(error))"))
        }
        return records
    }
}
