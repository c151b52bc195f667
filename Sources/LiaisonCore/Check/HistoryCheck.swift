import Foundation
import GRDB

/// The part of `check` about earlier versions (R11): each history entry decodes, holds a
/// readable record of its kind and carries its row's id; and, asked of SQLite so that no list
/// of every record's version is held in memory, each record's history is versions 1, 2, … up
/// to the one before its own, without a gap or a repeat, and belongs to a record that exists.
enum HistoryCheck {
    /// Every history row decoded, a batch at a time over the cores.
    static func entries(_ db: Database) -> [String] {
        var problems: [String] = []
        let unread = RecordCheck.inBatches(of: "history", db) { batch in
            for ((id, _), entry) in zip(batch, RecordCheck.decode(HistoryEntry.self, batch.map(\.body))) {
                guard let entry else {
                    problems.append("history \(id): the entry cannot be read (its stored text is damaged)")
                    continue
                }
                if entry.id != id { problems.append("history \(id): the entry inside says it is \(entry.id)") }
                if !entry.holdsItsKind { problems.append("history \(id): the earlier version of \(entry.kind.rawValue) \(entry.recordID) cannot be read") }
                if let mismatch = entry.keptMismatch { problems.append("history \(id): \(mismatch)") }
                if let problem = RecordID.problem(id) { problems.append("history \(id): \(problem)") }
                if !ExportableDate.holds(entry.amendedAt) {
                    problems.append("history \(id): its change is dated \(RecordFactsWords.day(entry.amendedAt)), "
                        + "which no export can write so that import reads it back; an export of this store cannot be restored")
                }
            }
        }
        return problems + [unread].compactMap { $0 }
    }

    /// The tables records of each kind live in.
    static let tables: [(kind: RecordKind, table: String)] = [
        (.person, Person.table), (.partner, Partner.table), (.contact, Contact.table), (.task, CareTask.table),
        (.escalation, Escalation.table), (.agreement, PartnershipAgreement.table), (.dayReview, DayReview.table),
    ]

    /// For each record that has history, whether that history is exactly versions 1 to its own
    /// version less one. SQLite groups the history by record (through its index) and looks each
    /// group's record up; only records whose history is wrong come back, by id. A record at
    /// version 2 or later with no history at all is `RecordCheck`'s to find.
    static func versions(_ db: Database) -> [String] {
        var problems: [String] = []
        for (kind, table) in tables {
            let sql = """
                SELECT g.record_id, g.held, r.id IS NOT NULL,
                       CASE WHEN json_valid(r.body) THEN json_extract(r.body, '$.audit.version') END AS current
                FROM (SELECT record_id, count(*) AS n, count(DISTINCT version) AS d, min(version) AS lo, max(version) AS hi,
                             group_concat(version) AS held
                      FROM history WHERE kind = ? AND record_id IS NOT NULL GROUP BY record_id) AS g
                LEFT JOIN \(table) AS r ON r.id = g.record_id
                WHERE r.id IS NULL OR current IS NULL
                   OR NOT (g.n = current - 1 AND g.d = current - 1 AND g.lo = 1 AND g.hi = current - 1)
                ORDER BY g.record_id
                """
            do {
                for row in try Row.fetchAll(db, sql: sql, arguments: [kind.rawValue]) {
                    let recordID: String = row[0], exists: Bool = row[2]
                    guard exists else {
                        problems.append("history of \(kind.rawValue) \(recordID): the record it belongs to does not exist")
                        continue
                    }
                    // A record that cannot be read is named by `RecordCheck` already.
                    guard let current = row[3] as Int? else { continue }
                    let held = ((row[1] as String?) ?? "").split(separator: ",").compactMap { Int($0) }.sorted()
                        .map(String.init).joined(separator: ", ")
                    let wanted = current > 1 ? "versions 1 to \(current - 1)" : "no earlier version"
                    problems.append("\(kind.rawValue) \(recordID): is version \(current), so its history should hold \(wanted), but it holds \(held)")
                }
            } catch {
                problems.append("history: the history of each \(kind.rawValue) cannot be compared with it (\(StoreDatabase.plainReason(error)))")
            }
        }
        return problems
    }
}
