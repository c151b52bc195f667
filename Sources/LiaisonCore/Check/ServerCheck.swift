import Foundation

/// `liaison check` on a PostgreSQL store. The server keeps what SQLite's checks look for: its pages
/// whole (its own checksums and `pg_amcheck`), every reference (foreign keys), every body JSON
/// carrying its row's id (a CHECK), and history without gaps (its triggers refuse an amendment
/// that does not keep the version it replaces). What is left is Liaison's alone: each body
/// decodes as its kind. Read through the seam as the signed-in role, so it checks what that role
/// may see: an auditor over every home checks the whole group.
enum ServerCheck {
    static func run(_ store: Store) throws -> StoreCheck.Report {
        var problems: [String] = []
        var counts: [String: Int] = [:]
        try store.backend.read { records in
            func check<R: Decodable & Sendable>(_ type: R.Type, table: String, kind: String) throws {
                var batch: [String] = []
                var count = 0
                func decode() {
                    for (body, record) in zip(batch, RecordCheck.decode(R.self, batch)) where record == nil {
                        let id = (try? JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])?["id"] as? String ?? "?"
                        problems.append("\(table) \(id): the record cannot be read as a \(kind)")
                    }
                    count += batch.count
                    batch.removeAll(keepingCapacity: true)
                }
                try records.everyBody(of: table) { body in
                    batch.append(body)
                    if batch.count == ExportStream.batchSize { decode() }
                }
                decode()
                counts[table] = count
            }
            try check(Person.self, table: Person.table, kind: Person.kind.rawValue)
            try check(Partner.self, table: Partner.table, kind: Partner.kind.rawValue)
            try check(Contact.self, table: Contact.table, kind: Contact.kind.rawValue)
            try check(CareTask.self, table: CareTask.table, kind: CareTask.kind.rawValue)
            try check(Escalation.self, table: Escalation.table, kind: Escalation.kind.rawValue)
            try check(PartnershipAgreement.self, table: PartnershipAgreement.table, kind: PartnershipAgreement.kind.rawValue)
            try check(DayReview.self, table: DayReview.table, kind: DayReview.kind.rawValue)
            try check(HistoryEntry.self, table: "history", kind: "history entry")
        }
        return StoreCheck.Report(problems: problems, counts: counts)
    }
}
