import Foundation
import GRDB
import LiaisonTestSupport
import ProcessSpawning
import Testing
@testable import LiaisonCore

extension PostgresSchemaTests {
    /// Every record of the demo, bodies copied byte for byte from a SQLite store (as a superuser,
    /// as moving a store over will), fits the PostgreSQL schema; and the columns each server
    /// generates from the same bodies agree, so queries may be written alike for both stores.
    @Test func everyDemoRecordFitsAndItsGeneratedColumnsAgreeWithSQLite() async throws {
        let fixture = try Fixture()
        try fixture.store.fillWithDemo(seed: 16)
        let db = try await LiaisonPostgres.database()
        let tables = ["person", "partner", "contact", "task", "escalation", "agreement", "day_review", "history"]
        var copied = 0
        for table in tables {
            let rows = try fixture.store.database.read { db in
                try Row.fetchAll(db, sql: "SELECT id, body FROM \(table) ORDER BY rowid").map { ($0[0] as String, $0[1] as String) }
            }
            copied += rows.count
            for chunk in stride(from: 0, to: rows.count, by: 200).map({ rows[$0..<min($0 + 200, rows.count)] }) {
                let values = chunk.map { "(\(lit($0.0)), \(lit($0.1)))" }.joined(separator: ",\n")
                try await db.sql("INSERT INTO \(table) (id, body) VALUES \(values);")
            }
        }
        #expect(copied > 100, "the demo gave only \(copied) records")

        let questions: [(sqlite: String, postgres: String)] = [
            ("SELECT id, ifnull(json_extract(body, '$.home'), '') FROM person ORDER BY id",
             "SELECT id, coalesce(home_id, '') FROM person ORDER BY id"),
            ("SELECT id, person_id, partner_id, CAST(happened_at AS INTEGER), ifnull(confirmation, ''), exception FROM contact ORDER BY id",
             "SELECT id, person_id, partner_id, floor(extract(epoch FROM happened_at))::bigint, coalesce(confirmation, ''), exception::int FROM contact ORDER BY id"),
            ("SELECT id, ifnull(person_id, ''), ifnull(partner_id, ''), status, CAST(due AS INTEGER) FROM task ORDER BY id",
             "SELECT id, coalesce(person_id, ''), coalesce(partner_id, ''), status, floor(extract(epoch FROM due))::bigint FROM task ORDER BY id"),
            ("SELECT id, ifnull(person_id, ''), stage FROM escalation ORDER BY id",
             "SELECT id, coalesce(person_id, ''), stage FROM escalation ORDER BY id"),
            ("SELECT id, person_id FROM agreement ORDER BY id", "SELECT id, person_id FROM agreement ORDER BY id"),
            ("SELECT id, day FROM day_review ORDER BY id", "SELECT id, day FROM day_review ORDER BY id"),
            ("SELECT id, record_id, kind, version FROM history ORDER BY id", "SELECT id, record_id, kind, version FROM history ORDER BY id"),
        ]
        for question in questions {
            let sqlite = try fixture.store.database.read { db in
                try Row.fetchAll(db, sql: question.sqlite).map { row in
                    (0..<row.count).map { (row[$0] as DatabaseValue).description.trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
                        .joined(separator: "|")
                }
            }
            let postgres = try await db.sql(question.postgres)
            #expect(!sqlite.isEmpty && postgres == sqlite, "\(question.postgres)")
        }
        // Bodies arrive as they left: byte for byte.
        let sqliteBodies = try fixture.store.database.read { db in try String.fetchAll(db, sql: "SELECT body FROM contact ORDER BY id") }
        let postgresBodies = try await db.sql("SELECT md5(string_agg(body, E'\\n' ORDER BY id)) FROM contact")
        #expect(postgresBodies == [try Self.md5Hex(sqliteBodies.joined(separator: "\n"))])
    }

    /// MD5 through the system's `md5sum`, so the test needs no crypto library for one comparison.
    static func md5Hex(_ text: String) throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-md5-\(UUID().uuidString)")
        try Data(text.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = ChildProcess()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/md5sum")
        process.arguments = [file.path]
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-md5-out-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: out) }
        process.standardOutput = try FileHandle(forWritingTo: out)
        try process.run()
        process.waitUntilExit()
        return String(try String(contentsOf: out, encoding: .utf8).prefix(32))
    }
}
