/// Liaison's schema on PostgreSQL, the store for a group of homes: plain SQL, one script per
/// version, applied in order, each in one transaction by a superuser (roles are made there, and
/// only a superuser may change the schema afterwards). `schema_version` records each one
/// applied, as SQLite's `user_version` does for the embedded store (`Schema`).
///
/// What SQLite's schema keeps, kept alike: each record whole as the JSON Liaison wrote (`body`,
/// text, byte for byte), the columns queries select on generated from it by the server, and
/// references as foreign keys. What only a server can keep is enforced here too, by the
/// database itself rather than by the client: who is recording (the role the server
/// authenticated, named in `staff`), what each job may do, which homes' people each role sees,
/// that nothing is ever deleted and history is never rewritten, who looked at whose record, and
/// an announcement of every change on `changeChannel`. ARCHITECTURE.md says what the Swift
/// store must do on top.
public enum PostgresSchema {
    /// The newest version this build knows.
    public static let version = 6

    /// The script that brings a database at `version - 1` to `version`.
    public static let migrations: [Int: String] = [1: version1, 2: version2, 3: version3, 4: version4, 5: version5, 6: version6]

    /// The scripts that bring a database from `current` (0: an empty database) to `version`,
    /// in order; empty when it is already there. A newer database is the caller's to refuse.
    public static func scripts(from current: Int) -> [(version: Int, sql: String)] {
        guard current < version else { return [] }
        return ((current + 1)...version).map { ($0, migrations[$0]!) }
    }

    /// The schema every table, view and function is in; the database's default search path.
    public static let schemaName = "liaison"

    /// Where every insert and amendment is announced (`LISTEN liaison_change`). The payload is
    /// JSON naming the table and the record's id, never anything about a person:
    /// `{"table" : "contact", "id" : "…"}`; for `home`, `staff` and `staff_home`, the table alone.
    public static let changeChannel = "liaison_change"

    /// A job's group role (NOLOGIN). A login role is granted one, and listed in `staff` with
    /// the same job; the job counts only while both say so.
    public enum Job: String, CaseIterable, Sendable {
        case careWorker = "care-worker"
        case shiftLead = "shift-lead"
        case manager
        case auditor
        /// An office screen, not a person: reads the wall views of its homes and nothing else.
        case wall

        /// The group role: `liaison_care_worker`, `liaison_shift_lead`, …
        public var groupRole: String { "liaison_" + rawValue.replacingOccurrences(of: "-", with: "_") }
    }

    /// The role that owns every object; nobody logs in as it.
    public static let ownerRole = "liaison_owner"

    /// Liaison's own SQLSTATEs (class `LS`), raised by the schema's triggers, so the store can
    /// word a refusal for the screen. A refusal by job is the server's own `42501`
    /// (insufficient privilege), with a message that names the job needed.
    public enum Refusal: String, CaseIterable, Sendable {
        /// The recorder (or the signer of a review mark or an acknowledgement) is not the
        /// staff member the server authenticated.
        case recorderMismatch = "LS001"
        /// A DELETE or TRUNCATE of a record, or an UPDATE of history or of the view log.
        case neverDeleted = "LS002"
        /// An amendment whose replaced version is not in history exactly as it was; a history
        /// entry that is not the record's current version as stored, or that no amendment
        /// followed in the same transaction (checked at commit).
        case historyMissing = "LS003"
        /// A record's id, its first recorder or creation time, or a first version other than 1.
        case stampChanged = "LS004"
        /// Not allowed for this job, or not on the staff list (the server's `insufficient_privilege`).
        case notPermitted = "42501"
        /// The record changed since it was read: its version is not the next one.
        case changedSinceRead = "40001"
    }
}
