import Foundation
import GRDB

/// `liaison check`: SQLite's own integrity check, then the care rules that must hold across
/// records. Opens the store read-only, so checking never changes it.
public enum StoreCheck {
    public struct Report: Sendable {
        public var problems: [String]
        public var counts: [String: Int]
        public var isHealthy: Bool { problems.isEmpty }
    }

    public static func run(path: String) throws -> Report {
        let database = try StoreDatabase.open(path: path, mode: .readOnly)
        return try database.read { db in try check(db) }
    }

    static func check(_ db: Database) throws -> Report {
        var problems = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
        var counts: [String: Int] = [:]
        for table in ["person", "partner", "contact", "task", "escalation", "agreement", "day_review", "history"] {
            counts[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0
        }
        guard problems.isEmpty else { return Report(problems: problems, counts: counts) }
        let orphans: [(String, String)] = [
            ("contact", "SELECT id FROM contact WHERE person_id NOT IN (SELECT id FROM person) OR partner_id NOT IN (SELECT id FROM partner)"),
            ("agreement", "SELECT id FROM agreement WHERE person_id NOT IN (SELECT id FROM person)"),
            ("history", """
                SELECT id FROM history WHERE record_id NOT IN (SELECT id FROM person UNION ALL SELECT id FROM partner
                UNION ALL SELECT id FROM contact UNION ALL SELECT id FROM task UNION ALL SELECT id FROM escalation
                UNION ALL SELECT id FROM agreement UNION ALL SELECT id FROM day_review)
                """),
            ("contact", "SELECT id FROM contact WHERE id NOT IN (SELECT contact_id FROM contact_fts)"),
        ]
        for (kind, sql) in orphans {
            for id in try String.fetchAll(db, sql: sql + " LIMIT 20") {
                problems.append(kind == "contact" && sql.contains("fts")
                    ? "contact \(id) is missing from the search index"
                    : "\(kind) \(id) points to a record that does not exist")
            }
        }
        problems += try checkBodies(db)
        return Report(problems: problems, counts: counts)
    }

    /// Each row's JSON must decode, match its id and columns, and have one history entry per earlier version.
    private static func checkBodies(_ db: Database) throws -> [String] {
        var problems: [String] = []
        let decoder = RecordCoding.decoder
        let rows = try Row.fetchCursor(db, sql: """
            SELECT c.id, c.body, c.person_id, c.confirmation,
                   (SELECT COUNT(*) FROM history h WHERE h.record_id = c.id) AS versions
            FROM contact c
            """)
        while let row = try rows.next() {
            let id: String = row["id"]
            guard let contact = try? decoder.decode(Contact.self, from: Data((row["body"] as String).utf8)) else {
                problems.append("contact \(id) cannot be read")
                continue
            }
            if contact.id != id || contact.personID != row["person_id"] || contact.confirmationColumn != row["confirmation"] {
                problems.append("contact \(id) does not match its index columns")
            }
            if contact.audit.version - 1 != row["versions"] as Int {
                problems.append("contact \(id) is version \(contact.audit.version) but has \(row["versions"] as Int) earlier versions kept")
            }
            if problems.count > 50 { break }
        }
        return problems
    }
}
