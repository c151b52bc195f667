import Foundation
import GRDB

extension Store {
    /// Loads an export into this store, which must hold no records, in one transaction:
    /// all of it or none of it. Ids, authors, times and history are kept as they were.
    public func importDocument(_ doc: ExportDocument) throws {
        guard doc.schemaVersion <= LiaisonCore.schemaVersion else {
            throw FieldError("file", "the export comes from a newer version of Liaison (version \(doc.schemaVersion)); update Liaison first")
        }
        try Self.checkReferences(doc)
        try Self.checkTimes(doc, now: now)
        try database.write { db in
            guard try Self.isEmpty(db) else {
                throw FieldError("store", "this store already holds records; import only into a new, empty store")
            }
            try Self.insertAll(doc, db)
        }
        try reload()
        notify(.reloaded)
    }

    public func importJSON(_ data: Data) throws { try importDocument(try ExportDocument.decode(data)) }

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

    /// Nothing in the file happened after this machine's now (`EntryTimeRule`).
    static func checkTimes(_ doc: ExportDocument, now: Date) throws {
        for r in doc.people { try EntryTimeRule.check(r, now: now) }
        for r in doc.partners { try EntryTimeRule.check(r, now: now) }
        for r in doc.contacts { try EntryTimeRule.check(r, now: now) }
        for r in doc.tasks { try EntryTimeRule.check(r, now: now) }
        for r in doc.escalations { try EntryTimeRule.check(r, now: now) }
        for r in doc.agreements { try EntryTimeRule.check(r, now: now) }
        for r in doc.dayReviews { try EntryTimeRule.check(r, now: now) }
        for entry in doc.history { try EntryTimeRule.check(entry, now: now) }
    }

    /// Every person and partner a record points to must be in the file.
    static func checkReferences(_ doc: ExportDocument) throws {
        let people = Set(doc.people.map(\.id)), partners = Set(doc.partners.map(\.id))
        for c in doc.contacts where !people.contains(c.personID) || !partners.contains(c.partnerID) {
            throw FieldError("file", "contact \(c.id) names a person or partner that is not in the file")
        }
        for t in doc.tasks where !(t.personID.map(people.contains) ?? true) || !(t.partnerID.map(partners.contains) ?? true) {
            throw FieldError("file", "task \(t.id) names a person or partner that is not in the file")
        }
        for e in doc.escalations where !(e.personID.map(people.contains) ?? true) || !(e.partnerID.map(partners.contains) ?? true) {
            throw FieldError("file", "escalation \(e.id) names a person or partner that is not in the file")
        }
    }
}
