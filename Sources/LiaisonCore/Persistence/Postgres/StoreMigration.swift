import Foundation
import GRDB

/// `liaison migrate --from PATH --to postgresql://…`: a store file copied whole into a PostgreSQL
/// database already set up by `liaison init`, in one transaction, and then read back record by
/// record against the file before that transaction commits. Refuses a target that holds any
/// record. Each table's count and content hash (SHA-256 over every id and body in id order) are
/// printed, so anyone can check the copy later against the file. Runs as the server's
/// administrator: only a superuser may write records in their original recorders' names.
public enum StoreMigration {
    /// One table as copied: how many records, and the hash of their ids and bodies.
    public struct Table: Sendable, Equatable {
        public var name: String
        public var records: Int
        public var sha256: String
    }

    public struct Report: Sendable, Equatable {
        public var tables: [Table]
        /// The group's homes (from the settings file) the database did not have yet.
        public var homesAdded: [String]
    }

    /// Parents before the records that name them; history after every record it belongs to.
    static let tables = ["person", "partner", "contact", "task", "escalation", "agreement", "day_review", "history"]
    static let batch = 500

    /// - Parameter beforeCommit: runs after the check, just before the commit: a test saves to
    ///   the file there, as a colleague still using it would.
    public static func copy(from path: String, to address: PostgresAddress, beforeCommit: () throws -> Void = {}) throws -> Report {
        let source = try StoreDatabase.open(path: path, mode: .readOnly)
        // Each batch is read on its own, and the file may still be in use: a save after its
        // table was checked would be missing from the database with nothing said. SQLite's
        // data version changes with every other connection's commit, so comparing it before the
        // copy and after the check catches that save, and the move is undone instead. An
        // administrator who may only read the file reads it immutable, whose data version never
        // moves: there the file and its `-wal` say it (`hasUnseenSaves`).
        let versionBefore = try source.dataVersion()
        // Read strictly: a person's home is checked against these, so none must not stand for "unreadable".
        let homes = try ServiceSettings.load(forStore: path).homes
        let target = try PostgresConnection(address)
        let schema = PostgresSchema.schemaName
        guard try target.value("SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user") == "t" else {
            throw StoreError("""
                Moving a store keeps every record's recorder, which only the server's administrator may write; \
                \(target.user) is not a superuser. Nothing was changed.
                """)
        }
        guard try target.value("SELECT count(*) FROM pg_catalog.pg_namespace WHERE nspname = $1", [schema]) == "1" else {
            throw StoreError("\(address.shown) has no Liaison schema yet: `liaison init \(address.shown)` sets it up. Nothing was changed.")
        }
        let version = Int(try target.value("SELECT max(version) FROM \(schema).schema_version") ?? "") ?? 0
        guard version == PostgresSchema.version else {
            throw StoreError("\(address.shown) is at schema version \(version); this Liaison moves stores into version \(PostgresSchema.version). Nothing was changed.")
        }
        let held = try tables.map { table in (table, Int(try target.value("SELECT count(*) FROM \(schema).\(table)") ?? "") ?? 0) }
        if let (table, count) = held.first(where: { $0.1 > 0 }) {
            throw StoreError("\(address.shown) already holds records (\(count) in \(table)); a store moves only into an empty one. Nothing was changed.")
        }

        try target.execute("BEGIN")
        do {
            var added: [String] = []
            for home in homes {
                let inserted = try target.query(
                    "INSERT INTO \(schema).home (id, name) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING RETURNING id", [home.id, home.name])
                if !inserted.isEmpty { added.append(home.id) }
            }
            for table in tables { try copy(table, from: source, to: target) }
            let report = Report(tables: try tables.map { try verify($0, source: source, target: target) }, homesAdded: added)
            try beforeCommit()
            guard try source.dataVersion() == versionBefore, !source.hasUnseenSaves else {
                throw StoreError("""
                    Someone saved to \(path) while it was being moved, so the database would have missed that save; \
                    nothing was changed. Move it when no one is using the file (everyone signed out, or out of hours).
                    """)
            }
            try target.execute("COMMIT")
            return report
        } catch {
            try? target.execute("ROLLBACK")
            if let error = error as? PostgresError {
                // A home the server does not list, spelt its way: the server's words name only its key.
                let home = error.state == "23503" && error.message.contains("home_id_fkey")
                    ? " A record there names a home the settings do not list, or writes one in another case than they do (“elm” for Elm); `liaison check \(path)` names each and what to do."
                    : ""
                throw StoreError("Moving the store was refused by PostgreSQL and undone; nothing was changed: \(error)\(home)")
            }
            throw error
        }
    }

    /// Every row of `table`, in the file's own order, a batch of rows to a statement.
    private static func copy(_ table: String, from source: StoreDatabase, to target: PostgresConnection) throws {
        var after: Int64 = 0
        while true {
            let rows = try source.read { db in
                try Row.fetchAll(db, sql: "SELECT rowid, id, body FROM \(table) WHERE rowid > ? ORDER BY rowid LIMIT \(batch)", arguments: [after])
            }
            guard let last = rows.last else { return }
            after = last[0]
            let values = rows.indices.map { "($\($0 * 2 + 1), $\($0 * 2 + 2))" }.joined(separator: ", ")
            let bound: [String?] = rows.flatMap { row -> [String?] in [row[1] as String, row[2] as String] }
            do {
                try target.query("INSERT INTO \(PostgresSchema.schemaName).\(table) (id, body) VALUES \(values)", bound)
            } catch let error as PostgresError {
                throw PostgresError(state: error.state, message: "\(table), among ids \(rows.first![1] as String)…\(last[1] as String): \(error.message)")
            }
        }
    }

    /// Reads `table` back from PostgreSQL beside the file, both in id order, and refuses any
    /// record missing, extra or different by a byte; the hash is of what both hold.
    private static func verify(_ table: String, source: StoreDatabase, target: PostgresConnection) throws -> Table {
        var hash = SHA256()
        var count = 0
        let cursor = "liaison_verify_\(table)"
        try target.execute("DECLARE \(cursor) NO SCROLL CURSOR FOR SELECT id, body FROM \(PostgresSchema.schemaName).\(table) ORDER BY id COLLATE \"C\"")
        var after: String? = nil
        while true {
            // Each batch seeks past the last id read (an `… IS NULL OR id > ?` would make SQLite
            // scan the index from its start every time: quadratic in the table).
            let mine = try source.read { db in
                if let after {
                    return try Row.fetchAll(db, sql: "SELECT id, body FROM \(table) WHERE id > ? ORDER BY id LIMIT \(batch)", arguments: [after])
                }
                return try Row.fetchAll(db, sql: "SELECT id, body FROM \(table) ORDER BY id LIMIT \(batch)")
            }
            let theirs = try target.query("FETCH \(batch) FROM \(cursor)")
            guard mine.count == theirs.count else {
                throw StoreError("Checking \(table) after copying: the file has \(count + mine.count) records where PostgreSQL has \(count + theirs.count); nothing was changed.")
            }
            for (row, copied) in zip(mine, theirs) {
                let id: String = row[0], body: String = row[1]
                guard copied.count == 2, copied[0] == id, copied[1] == body else {
                    throw StoreError("Checking \(table) after copying: record \(id) differs in PostgreSQL; nothing was changed.")
                }
                hash.update(id.utf8)
                hash.update([0x09])
                hash.update(body.utf8)
                hash.update([0x0A])
            }
            count += mine.count
            guard let last = mine.last else { break }
            after = last[0]
        }
        try target.execute("CLOSE \(cursor)")
        return Table(name: table, records: count, sha256: hash.hex())
    }
}
