import GRDB

/// The store's tables, one migration per schema version, tracked in `user_version`.
///
/// Each record is kept whole as JSON in `body`; the few columns that queries select on are
/// generated from it by SQLite (version 3 on), so adding a field to a record needs no migration
/// and a column can never disagree with its record. References between records are foreign keys.
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
        // The columns queries select on are computed by SQLite from each record's body, so they
        // always agree with it; references are foreign keys, so a record naming someone who is not
        // in the store cannot be saved. SQLite cannot add either to a table, so each table that
        // gains them is rebuilt (its rows copied by id and body) with foreign keys off for the
        // copy: a store that already holds a broken reference keeps it, for `check` to name.
        3: Schema.rebuild(
            "contact",
            columns: [
                generated("person_id", "TEXT", "$.personID", references: "person"),
                generated("partner_id", "TEXT", "$.partnerID", references: "partner"),
                generated("happened_at", "REAL", "$.happenedAt"),
                // Asked for, received, not needed, not possible; or "undecided" for advice with
                // no decision yet (R6); empty when the contact gave no advice.
                ("confirmation TEXT GENERATED ALWAYS AS (CASE WHEN json_valid(body) THEN coalesce("
                    + "json_extract(body, '$.confirmation.state'), "
                    + "CASE WHEN json_extract(body, '$.advice') IS NOT NULL THEN '\(Contact.undecidedColumn)' END) END) VIRTUAL"),
                ("exception INTEGER GENERATED ALWAYS AS (CASE WHEN json_valid(body) THEN "
                    + "json_extract(body, '$.sharingException') IS NOT NULL END) VIRTUAL"),
            ],
            indexes: [
                "CREATE INDEX contact_happened ON contact(happened_at)",
                "CREATE INDEX contact_person ON contact(person_id, happened_at)",
                "CREATE INDEX contact_partner ON contact(partner_id)",
                "CREATE INDEX contact_chase ON contact(happened_at) WHERE confirmation = 'requested'",
                "CREATE INDEX contact_undecided ON contact(happened_at) WHERE confirmation = 'undecided'",
                "CREATE INDEX contact_exception ON contact(happened_at) WHERE exception = 1",
            ])
            + Schema.rebuild(
                "task",
                columns: [
                    generated("person_id", "TEXT", "$.personID", references: "person"),
                    generated("partner_id", "TEXT", "$.partnerID", references: "partner"),
                    generated("status", "TEXT", "$.status"),
                    generated("due", "REAL", "$.due"),
                ],
                indexes: [
                    "CREATE INDEX task_open ON task(due) WHERE status = 'open'",
                    "CREATE INDEX task_person ON task(person_id)",
                    "CREATE INDEX task_partner ON task(partner_id)",
                ])
            + Schema.rebuild(
                "escalation",
                columns: [
                    generated("person_id", "TEXT", "$.personID", references: "person"),
                    generated("partner_id", "TEXT", "$.partnerID", references: "partner"),
                    generated("stage", "TEXT", "$.stage"),
                ],
                indexes: [
                    "CREATE INDEX escalation_open ON escalation(stage) WHERE stage <> 'resolved'",
                    "CREATE INDEX escalation_person ON escalation(person_id)",
                    "CREATE INDEX escalation_partner ON escalation(partner_id)",
                ])
            + Schema.rebuild(
                "agreement",
                columns: [generated("person_id", "TEXT", "$.personID", references: "person")],
                indexes: ["CREATE INDEX agreement_person ON agreement(person_id)"])
            + Schema.rebuild(
                "day_review",
                columns: [generated("day", "TEXT", "$.day")],
                indexes: ["CREATE INDEX day_review_day ON day_review(day)"])
            // A history entry may belong to any kind of record, so its record_id is no foreign
            // key: `check` sees that each belongs to a record that exists.
            + Schema.rebuild(
                "history",
                columns: [
                    generated("record_id", "TEXT", "$.recordID"),
                    generated("kind", "TEXT", "$.kind"),
                    generated("version", "INTEGER", "$.version"),
                    generated("amended_at", "REAL", "$.amendedAt"),
                ],
                indexes: ["CREATE INDEX history_record ON history(record_id, version)"]),
        // A task or escalation whose body cannot be read has no status or stage, so the open
        // lists' queries pass over it (`SQLiteRecords.refuseUnreadable`). These indexes hold only
        // such rows, normally none, so looking for one before each open list costs nothing.
        4: [
            "CREATE INDEX task_unreadable ON task(id) WHERE status IS NULL",
            "CREATE INDEX escalation_unreadable ON escalation(id) WHERE stage IS NULL",
        ],
        // When a contact was entered (R5 keeps it beside when it happened), so the handover can
        // list what was entered in its day for an earlier day: advice written up the morning
        // after, which no day's list of contacts would otherwise put in front of anyone. SQLite
        // adds a virtual generated column in place; the index is built once, here. And history
        // by when it was amended: the handover reads a day's corrections, closed tasks and
        // resolved escalations from it, which was a scan of every version ever replaced.
        5: [
            "ALTER TABLE contact ADD COLUMN " + generated("entered_at", "REAL", "$.audit.createdAt"),
            "CREATE INDEX contact_entered ON contact(entered_at)",
            "CREATE INDEX history_amended ON history(amended_at)",
        ],
        // Nothing in the file's tables changes: from this version a day's review or handover
        // acknowledgement may be one home's (`DayReview.home`), which a build before it would
        // read as every home's, telling Ash it was reviewed when only Elm was. The version
        // number alone makes such a build refuse the file and ask to be updated.
        6: [],
    ]

    /// The oldest schema a reader that cannot write (the wall, a read-only command) reads as it
    /// is: versions 4 and 5 added indexes and a column generated from the body, and 6 nothing but
    /// what its marks may hold, so a version-3 store still has everything a reader needs. It is read without what they make cheap: the
    /// guard on the open lists, and finding contacts by when they were entered.
    static let oldestReadableAsIs = 3

    /// Whether a store at schema `version` can look for an unreadable open task or escalation
    /// before listing them, without a scan (version 4 on).
    static func findsUnreadableOpenWork(_ version: Int) -> Bool { version >= 4 }

    /// Whether a store at schema `version` has the column and index of when each contact was
    /// entered (version 5 on); a reader of an older one reads the time from the body instead.
    static func hasEnteredColumn(_ version: Int) -> Bool { version >= 5 }

    /// Brings the schema up to this build's version inside the caller's transaction, which runs
    /// with foreign keys off (`StoreDatabase` turns them off around it: SQLite ignores the pragma
    /// inside a transaction). A newer store is refused before anything is written.
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

    /// A column SQLite reads out of the record's JSON body; empty when the body is not JSON at
    /// all, so a damaged row can still be stored, migrated, named by `check` and salvaged.
    static func generated(_ name: String, _ type: String, _ path: String, references parent: String? = nil) -> String {
        "\(name) \(type) GENERATED ALWAYS AS (CASE WHEN json_valid(body) THEN json_extract(body, '\(path)') END) VIRTUAL"
            + (parent.map { " REFERENCES \($0)(id)" } ?? "")
    }

    /// SQLite's way to change a table's columns: a new table, every row copied by id and body
    /// in rowid order, the old one dropped, the new one renamed, its indexes made again.
    static func rebuild(_ table: String, columns: [String], indexes: [String]) -> [String] {
        let definition = (["id TEXT PRIMARY KEY NOT NULL", "body TEXT NOT NULL"] + columns).joined(separator: ", ")
        return [
            "CREATE TABLE \(table)_next (\(definition))",
            "INSERT INTO \(table)_next (id, body) SELECT id, body FROM \(table) ORDER BY rowid",
            "DROP TABLE \(table)",
            "ALTER TABLE \(table)_next RENAME TO \(table)",
        ] + indexes
    }
}
