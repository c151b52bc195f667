import Foundation
import GRDB

/// Adds many records in one transaction with prepared statements: imports, demo data and the
/// benchmark's million-contact stores. Records arrive complete (ids, audit) and are not
/// validated again: they come from an export or a generator.
public final class BulkLoader {
    let db: Database

    init(db: Database) { self.db = db }

    public func add(_ person: Person) throws { try RecordTable.insert(person, db) }
    public func add(_ partner: Partner) throws { try RecordTable.insert(partner, db) }
    public func add(_ contact: Contact) throws { try RecordTable.insert(contact, db) }
    public func add(_ task: CareTask) throws { try RecordTable.insert(task, db) }
    public func add(_ escalation: Escalation) throws { try RecordTable.insert(escalation, db) }
    public func add(_ agreement: PartnershipAgreement) throws { try RecordTable.insert(agreement, db) }
    public func add(_ review: DayReview) throws { try RecordTable.insert(review, db) }
}

extension Store {
    /// Runs `body` with a loader inside one transaction — all or nothing — then reloads the working set.
    public func bulkLoad(_ body: (BulkLoader) throws -> Void) throws {
        try sqliteDatabase().write { db in try body(BulkLoader(db: db)) }
        try reload()
        notify(.reloaded)
    }
}
