import GRDB

/// The store's tables, one migration per schema version, tracked in `user_version`.
///
/// Each record is kept whole as JSON in `body`, beside the few columns that queries select on,
/// so adding a field to a record needs no migration.
enum Schema {
    static let migrations: [Int: [String]] = [
        1: [
            "CREATE TABLE person (id TEXT PRIMARY KEY NOT NULL, body TEXT NOT NULL)",
            "CREATE TABLE partner (id TEXT PRIMARY KEY NOT NULL, body TEXT NOT NULL)",
            """
            CREATE TABLE contact (id TEXT PRIMARY KEY NOT NULL, person_id TEXT NOT NULL, partner_id TEXT NOT NULL,
              happened_at REAL NOT NULL, confirmation TEXT, exception INTEGER NOT NULL DEFAULT 0, body TEXT NOT NULL)
            """,
            "CREATE INDEX contact_happened ON contact(happened_at)",
            "CREATE INDEX contact_person ON contact(person_id, happened_at)",
            "CREATE INDEX contact_chase ON contact(happened_at) WHERE confirmation = 'requested'",
            "CREATE INDEX contact_exception ON contact(happened_at) WHERE exception = 1",
            "CREATE TABLE task (id TEXT PRIMARY KEY NOT NULL, status TEXT NOT NULL, due REAL NOT NULL, body TEXT NOT NULL)",
            "CREATE INDEX task_open ON task(due) WHERE status = 'open'",
            "CREATE TABLE escalation (id TEXT PRIMARY KEY NOT NULL, stage TEXT NOT NULL, body TEXT NOT NULL)",
            "CREATE INDEX escalation_open ON escalation(stage) WHERE stage <> 'resolved'",
            "CREATE TABLE agreement (id TEXT PRIMARY KEY NOT NULL, person_id TEXT NOT NULL, body TEXT NOT NULL)",
            "CREATE TABLE day_review (id TEXT PRIMARY KEY NOT NULL, day TEXT NOT NULL, body TEXT NOT NULL)",
            "CREATE INDEX day_review_day ON day_review(day)",
            """
            CREATE TABLE history (id TEXT PRIMARY KEY NOT NULL, record_id TEXT NOT NULL, kind TEXT NOT NULL,
              version INTEGER NOT NULL, amended_at REAL NOT NULL, body TEXT NOT NULL)
            """,
            "CREATE INDEX history_record ON history(record_id, version)",
            // One row per version of a contact's text, so a search also finds what was amended away.
            "CREATE VIRTUAL TABLE contact_fts USING fts5(summary, advice, contact_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')",
        ],
        // Advice saved with no decision about written confirmation is owed too (R6): its column
        // says so, and an index finds it as fast as the chase list.
        2: [
            """
            UPDATE contact SET confirmation = 'undecided'
            WHERE confirmation IS NULL AND json_extract(body, '$.advice') IS NOT NULL
            """,
            "CREATE INDEX contact_undecided ON contact(happened_at) WHERE confirmation = 'undecided'",
        ],
    ]

    /// Brings the schema up to this build's version inside the caller's transaction.
    /// A newer store is refused before anything is written.
    static func migrate(_ db: Database, path: String) throws {
        let current = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        if current > LiaisonCore.schemaVersion {
            throw StoreError(StoreFile.newerMessage(path: path, version: current))
        }
        guard current < LiaisonCore.schemaVersion else { return }
        for version in (current + 1)...LiaisonCore.schemaVersion {
            for sql in migrations[version] ?? [] { try db.execute(sql: sql) }
        }
        try db.execute(sql: "PRAGMA application_id = \(StoreFile.applicationID)")
        try db.execute(sql: "PRAGMA user_version = \(LiaisonCore.schemaVersion)")
    }
}
