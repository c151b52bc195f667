import Foundation
import GRDB

/// The part of `check` only Liaison can do for its records: each row's body decodes as its kind
/// and carries its row's id, and a record amended to version 2 or later keeps history. Rows
/// are read through a cursor a batch at a time and each batch decoded over the cores, so memory
/// stays the same whatever the store's size.
enum RecordCheck {
    /// Every record's problems (damage, and what import would refuse: its text, a moment
    /// after `now`), and warnings of facts that cannot all be right (`RecordFacts`), dates
    /// judged against `plausible`, up to `warningsPerKind` of each kind.
    static func all(_ db: Database, now: Date, plausible: ClosedRange<Date>, warningsPerKind: Int?) -> (problems: [String], warnings: [String]) {
        var warnings = WarningTally(perKind: warningsPerKind)
        let problems = records(Person.self, db, now, plausible, &warnings) + records(Partner.self, db, now, plausible, &warnings)
            + records(Contact.self, db, now, plausible, &warnings) + records(CareTask.self, db, now, plausible, &warnings)
            + records(Escalation.self, db, now, plausible, &warnings) + records(PartnershipAgreement.self, db, now, plausible, &warnings)
            + records(DayReview.self, db, now, plausible, &warnings)
        return (problems, warnings.lines)
    }

    static func records<R: Persisted>(
        _ type: R.Type, _ db: Database, _ now: Date, _ plausible: ClosedRange<Date>, _ warnings: inout WarningTally
    ) -> [String] {
        var problems: [String] = []
        let unread = inBatches(of: R.table, db) { batch in
            var amended: [(id: String, version: Int)] = []
            for ((id, _), record) in zip(batch, decode(R.self, batch.map(\.body))) {
                guard let record else {
                    problems.append("\(R.table) \(id): the record cannot be read (its stored text is damaged); `liaison export --salvage` keeps it as it is")
                    continue
                }
                if record.id != id { problems.append("\(R.table) \(id): the record inside says it is \(record.id)") }
                if let problem = RecordID.problem(id) { problems.append("\(R.kind.rawValue) \(id): \(problem)") }
                // Text no form takes (written into the file by hand, or by an older build) makes
                // every export of the store one that import refuses: a backup that cannot be restored.
                if let text = record as? any RecordText {
                    problems += text.textProblems.map {
                        "\(R.kind.rawValue) \(id): \($0.field): \($0.message); import refuses it, so an export of this store cannot be restored until it is corrected"
                    }
                }
                // A moment said to have passed that is yet to come (a review mark made "tomorrow"
                // reads every contact entered until then as reviewed) is refused by import too.
                do {
                    try EntryTimeRule.check(record, now: now)
                } catch {
                    // The rule's words name the record first, as an import's list needs; here the line does.
                    var words = ErrorWords.describe(error)
                    if words.hasPrefix("\(R.kind.rawValue) \(id) ") { words.removeFirst("\(R.kind.rawValue) \(id) ".count) }
                    problems.append("\(R.kind.rawValue) \(id): \(words); import refuses it, so an export of this store cannot be restored until it is corrected")
                }
                problems += record.unexportableMoments(now: now).map { "\(R.kind.rawValue) \(id): \($0)" }
                if let facts = record as? any RecordFacts {
                    for finding in facts.warnings(within: plausible) { warnings.add(table: R.kind.rawValue, id: id, finding: finding) }
                }
                if record.audit.version > 1 { amended.append((id, record.audit.version)) }
            }
            // Whether what history an amended record keeps is the right one is `HistoryCheck`'s
            // question; whether it keeps any is asked here, where the version is at hand.
            let kept = try db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM history WHERE record_id = ? AND kind = ?)")
            for (id, version) in amended where try Bool.fetchOne(kept, arguments: [id, R.kind.rawValue]) != true {
                problems.append("\(R.kind.rawValue) \(id): is version \(version) but none of its earlier versions is kept")
            }
        }
        return problems + [unread].compactMap { $0 }
    }

    /// Every row of `table` as (id, body), handed to `check` a batch at a time through a cursor;
    /// returns the problem to report when the table cannot be read to the end, else nil.
    static func inBatches(of table: String, _ db: Database, _ check: ([(id: String, body: String?)]) throws -> Void) -> String? {
        do {
            let rows = try Row.fetchCursor(db, sql: "SELECT id, body FROM \(table)")
            var batch: [(id: String, body: String?)] = []
            batch.reserveCapacity(ExportStream.batchSize)
            while let row = try rows.next() {
                batch.append(((row[0] as String?) ?? "(no id)", row[1] as String?))
                if batch.count == ExportStream.batchSize {
                    try check(batch)
                    batch.removeAll(keepingCapacity: true)
                }
            }
            try check(batch)
            return nil
        } catch {
            return "\(table): the table cannot be read to the end (\(StoreDatabase.plainReason(error)))"
        }
    }

    /// Each body decoded, or nil where it cannot be, split over the cores.
    static func decode<R: Decodable & Sendable>(_ type: R.Type, _ bodies: [String?]) -> [R?] {
        let chunks = bodies.count < 256 ? 1 : ProcessInfo.processInfo.activeProcessorCount * 2
        let size = (bodies.count + chunks - 1) / chunks
        let results = Slots<[R?]>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let range = min(bodies.count, chunk * size)..<min(bodies.count, (chunk + 1) * size)
            results.set(chunk, .success(bodies[range].map { body in body.flatMap { try? RecordCoding.decode(R.self, from: $0) } }))
        }
        return (try? results.joined()) ?? []
    }
}
