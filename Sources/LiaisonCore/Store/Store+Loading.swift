import Foundation
import GRDB

extension Store {
    /// Loads the working set in one read transaction: the indexes keep this to what is current,
    /// a `.directory` store reads no more than the people and partners, and a `.lookup` store
    /// nothing.
    func reload() throws {
        let since = recentStart()
        let (set, version) = try database.read { db -> (WorkingSet, Int) in
            var set = WorkingSet()
            set.recentSince = since
            guard scope != .lookup else { return (set, try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0) }
            set.people = try RecordTable.fetchAll(Person.self, db)
            set.partners = try RecordTable.fetchAll(Partner.self, db)
            guard scope == .everything else { return (set, try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0) }
            set.openTasks = try RecordTable.fetchAll(CareTask.self, where: "status = 'open'", db)
            set.openEscalations = try RecordTable.fetchAll(Escalation.self, where: "stage <> 'resolved'", db)
            set.recentContacts = try RecordTable.fetchAll(
                Contact.self, where: "happened_at >= ?", arguments: [since.timeIntervalSince1970], db)
            set.chaseList = try RecordTable.fetchAll(Contact.self, where: "confirmation = 'requested'", db)
            set.undecidedAdvice = try RecordTable.fetchAll(Contact.self, where: "confirmation = 'undecided'", db)
            let version = try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0
            return (set, version)
        }
        var sorted = set
        sorted.sortAll()
        workingSet = sorted
        lastDataVersion = version
    }
}
