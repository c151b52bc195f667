import Foundation
import LiaisonCore
import LiaisonTestSupport
import ProcessSpawning
import Testing

/// `liaison migrate` moves a store file into a PostgreSQL database set up by `liaison init`:
/// everything or nothing, checked record by record, with counts and hashes anyone can check
/// against the database afterwards; never into a database that holds records, never as an
/// ordinary role, and a record PostgreSQL refuses undoes the whole move.
@Suite(.endToEnd, .needsPostgres, .tags(.endToEnd)) struct PostgresMigrateEndToEndTests {
    /// A store file with every kind of record the commands make, amendments (history) included.
    private func store(_ scratch: ScratchFolder) async throws -> String {
        try await scratch.seeded("care.sqlite")
        let steps: [[String]] = [
            ["add", "person", "--name", "Siobhán Ní Bhriain", "--basis", "consent"],
            ["add", "contact", "--person", "Edith Brown", "--partner", "Dr Patel", "--channel", "phone",
             "--summary", "Rang about her cough", "--advice", "Fluids every hour", "--confirmation", "requested"],
            ["add", "task", "--title", "Ring the surgery back", "--person", "Edith Brown", "--due", "tomorrow 10:00"],
            ["add", "escalation", "--kind", "disagreement", "--summary", "Discharge plan not agreed", "--person", "Edith Brown", "--manager", "Ruth Okafor"],
            ["leave", "Siobhán Ní Bhriain", "--discharged"],
        ]
        for step in steps {
            let result = try await scratch.liaison(step, store: "care.sqlite")
            #expect(result.status == 0, "\(step): \(result.stderr)")
        }
        return scratch.path("care.sqlite")
    }

    @Test func aStoreMovesWholeCheckedAndOnlyOnceAsTheAdministrator() async throws {
        try await PostgresCluster.withServer { cluster in
            let scratch = try ScratchFolder()
            let file = try await store(scratch)
            for name in ["care", "bare"] { try await cluster.createDatabase(name) }
            let care = "postgresql://\(PostgresCluster.superuser)@/care?host=\(cluster.folder)"
            #expect(try await scratch.liaison(["init", care]).status == 0)

            let moved = try await scratch.liaison(["migrate", "--from", file, "--to", care])
            #expect(moved.status == 0, "\(moved.stderr)")
            #expect(moved.stdout.contains("every record checked against the file"), "\(moved.stdout)")
            // Each printed count and hash is what the database itself holds.
            for table in ["person", "partner", "contact", "task", "escalation", "history"] {
                let line = moved.stdout.split(separator: "\n").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix(table + " ") }
                let words = line.map { $0.split(separator: " ") } ?? []
                let held = try await cluster.sql("""
                    SELECT count(*) || ' ' || encode(sha256(convert_to(coalesce(string_agg(id || E'\\t' || body || E'\\n', '' ORDER BY id COLLATE "C"), ''), 'UTF8')), 'hex')
                    FROM liaison.\(table)
                    """, database: "care")
                #expect(words.count == 4 && held == ["\(words[1]) \(words[3])"], "\(table): \(line ?? "missing") against \(held)")
                #expect(words.count == 4 && words[1] != "0", "\(table) has records to move")
            }
            #expect(try await cluster.sql("SELECT count(*) FROM liaison.person WHERE body::jsonb ->> 'name' = 'Siobhán Ní Bhriain'", database: "care") == ["1"])

            // Once only: a database holding records is refused and left as it was.
            let again = try await scratch.liaison(["migrate", "--from", file, "--to", care])
            #expect(again.status == 2, "\(again.stderr)")
            #expect(again.stderr.contains("already holds records (2 in person); a store moves only into an empty one. Nothing was changed."), "\(again.stderr)")
            #expect(try await cluster.sql("SELECT count(*) FROM liaison.person", database: "care") == ["2"])

            // Not set up, or not the administrator: refused before anything is written.
            let bare = try await scratch.liaison(["migrate", "--from", file, "--to", "postgresql://\(PostgresCluster.superuser)@/bare?host=\(cluster.folder)"])
            #expect(bare.status == 2 && bare.stderr.contains("has no Liaison schema yet: `liaison init"), "\(bare.stderr)")
            try await cluster.createDatabase("other")
            #expect(try await scratch.liaison(["init", "postgresql://\(PostgresCluster.superuser)@/other?host=\(cluster.folder)"]).status == 0)
            try await cluster.createLoginRole("plain_user")
            let plain = try await scratch.liaison(["migrate", "--from", file, "--to", "postgresql://plain_user@/other?host=\(cluster.folder)"])
            #expect(plain.status == 2 && plain.stderr.contains("plain_user is not a superuser. Nothing was changed."), "\(plain.stderr)")
            #expect(try await cluster.sql("SELECT count(*) FROM liaison.person", database: "other") == ["0"])
        }
    }

    @Test func aRecordPostgreSQLRefusesUndoesTheWholeMove() async throws {
        try await PostgresCluster.withServer { cluster in
            let scratch = try ScratchFolder()
            let file = try await store(scratch)
            // A NUL escaped in a contact's summary: valid JSON, which PostgreSQL's jsonb refuses.
            let sqlite = ChildProcess()
            sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
            sqlite.arguments = [file, #"UPDATE contact SET body = replace(body, 'Rang about', 'Rang\u0000about')"#]
            try sqlite.run()
            sqlite.waitUntilExit()
            try await cluster.createDatabase("care")
            let care = "postgresql://\(PostgresCluster.superuser)@/care?host=\(cluster.folder)"
            #expect(try await scratch.liaison(["init", care]).status == 0)
            let moved = try await scratch.liaison(["migrate", "--from", file, "--to", care])
            #expect(moved.status == 2, "\(moved.stdout) \(moved.stderr)")
            #expect(moved.stderr.contains("Moving the store was refused by PostgreSQL and undone; nothing was changed: contact"), "\(moved.stderr)")
            for table in ["person", "partner", "contact", "history"] {
                #expect(try await cluster.sql("SELECT count(*) FROM liaison.\(table)", database: "care") == ["0"], "\(table)")
            }
        }
    }
}
