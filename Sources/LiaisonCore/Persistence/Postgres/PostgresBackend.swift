import Foundation

/// A group's store on a PostgreSQL server (`PostgresSchema`): one connection as the role the
/// server authenticated, its records read and written by `PostgresRecords`.
///
/// Who is recording is the server's answer, not the caller's: the staff table names the signed-in
/// role (`my_name()`), and every record this store writes carries that name, which the schema's
/// triggers check again. What the role may see and do is the server's too (grants, row-level
/// security, triggers by job); a refusal comes back in the server's words, made a sentence.
///
/// Other sessions' commits are heard on `PostgresSchema.changeChannel` (LISTEN): the data version
/// is how many have been announced, which is what tells a dashboard to reload.
final class PostgresBackend: StoreBackend {
    private let connection: PostgresConnection
    let address: PostgresAddress
    let isReadOnly: Bool
    /// The signed-in staff member's name, as the staff table gives it: what records carry.
    let staffName: String
    /// Their job, which decides what the server lets them do.
    let job: PostgresSchema.Job
    private var writeWait: TimeInterval = StoreDatabase.busyTimeout
    /// Commits by other sessions announced so far: the data version.
    private var othersCommits = 0
    /// The records other sessions' announcements named since `takeChanges`; nil once one named
    /// something wider (a person: their records may have come into view or gone out of it;
    /// homes or staff), or on a replica, or after a reconnect (announcements were missed).
    private var heard: Set<RecordChange>? = []
    /// The tables whose records change one at a time, by themselves.
    private static let singleRecordTables: Set<String> = ["partner", "contact", "task", "escalation"]

    func takeChanges() -> Set<RecordChange>? {
        defer { heard = isStandby ? nil : [] }
        return heard
    }

    /// The record an announcement names (`{"table" : "contact", "id" : "…"}`), when it is one
    /// that changes by itself.
    private static func change(in payload: String) -> RecordChange? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(payload.utf8)) as? [String: Any],
              let table = object["table"] as? String, let id = object["id"] as? String, singleRecordTables.contains(table)
        else { return nil }
        return RecordChange(table: table, id: id)
    }

    /// Whether this is a replica's connection: read-only, and no announcements.
    private(set) var isStandby = false
    /// On a replica, how far it had replayed the main server's log at the last look.
    private var replayed: String?

    var location: String { address.shown }

    private init(connection: PostgresConnection, address: PostgresAddress, readOnly: Bool, staffName: String, job: PostgresSchema.Job) {
        self.connection = connection
        self.address = address
        self.isReadOnly = readOnly
        self.staffName = staffName
        self.job = job
    }

    /// Connects as whoever the address and the server's authentication say (peer, SCRAM,
    /// certificate), and refuses, in words and without changing anything, a database Liaison is
    /// not set up in, one set up by a newer Liaison, and a role that is not on the staff list.
    /// A wall's own role is refused unless `allowingWall`: it may read only the wall views
    /// (`PostgresWallViews`), never a store's records.
    static func open(_ address: PostgresAddress, mode: Store.Mode, allowingWall: Bool = false) throws -> PostgresBackend {
        let connection = try PostgresConnection(address)
        let standby = try prepare(connection, address: address)
        let signedIn = try connection.query("SELECT my_name(), my_job()").first ?? []
        guard let name = signedIn.first ?? nil, let jobName = signedIn.last ?? nil, let job = PostgresSchema.Job(rawValue: jobName) else {
            throw StoreError("""
                \(connection.user) is not on Liaison's staff list at \(address.shown), so cannot open it. The group's \
                administrator adds each member of staff, with their job and homes; nothing was read.
                """)
        }
        if job == .wall && !allowingWall {
            // The schema lets this role read the wall's views and nothing else.
            throw StoreError("""
                \(name) is a wall display's role, which may read only what the office wall shows: \
                `liaison wall --store \(address.shown)` runs the wall. Nothing was read.
                """)
        }
        let backend = PostgresBackend(
            connection: connection, address: address, readOnly: mode == .readOnly || job == .auditor || job == .wall || standby, staffName: name, job: job)
        backend.isStandby = standby
        backend.replayed = standby ? try connection.value("SELECT pg_last_wal_replay_lsn()::text") : nil
        return backend
    }

    /// What every session needs before its first read: Liaison's schema first on the search path
    /// (a database copied from a template loses the database's own setting), a schema version
    /// this build knows, and the change channel listened to.
    /// Returns whether the server is a replica (a hot standby, in recovery): it takes no LISTEN
    /// and no writes, and its changes are told by how far it has replayed the main server's log.
    @discardableResult
    private static func prepare(_ connection: PostgresConnection, address: PostgresAddress) throws -> Bool {
        try connection.execute("SET search_path = \(PostgresSchema.schemaName), pg_catalog")
        let access = try connection.query("""
            SELECT CASE WHEN n.oid IS NULL THEN 'none' WHEN pg_catalog.has_schema_privilege(n.oid, 'USAGE') THEN 'yes' ELSE 'no' END
            FROM (SELECT 1) AS one LEFT JOIN pg_catalog.pg_namespace n ON n.nspname = $1
            """, [PostgresSchema.schemaName]).first?.first ?? nil
        switch access {
        case "none":
            throw StoreError("\(address.shown) holds no Liaison store: `liaison init \(address.shown)`, run by the server's administrator, sets one up.")
        case "no":
            throw StoreError("\(connection.user) may not use the Liaison store at \(address.shown): the group's administrator gives each member of staff a job there. Nothing was read.")
        default:
            break
        }
        let version = Int(try connection.value("SELECT max(version) FROM schema_version") ?? "") ?? 0
        guard version <= PostgresSchema.version else {
            throw StoreError("The store at \(address.shown) was set up by a newer Liaison (schema version \(version)); this one knows up to \(PostgresSchema.version). Nothing was read or changed.")
        }
        guard version == PostgresSchema.version else {
            throw StoreError("The store at \(address.shown) is at schema version \(version); this Liaison needs version \(PostgresSchema.version). Nothing was read or changed. The server's administrator brings it up to date with `liaison init` on this database, signed in as the superuser who set it up (every client of the server needs this version of Liaison then).")
        }
        let standby = try connection.value("SELECT pg_is_in_recovery()") == "t"
        if !standby { try connection.execute("LISTEN \(PostgresSchema.changeChannel)") }
        return standby
    }

    // MARK: Reading and writing

    func read<T>(_ body: (any RecordReader) throws -> T) throws -> T {
        try ensureConnected()
        return try transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", saving: false) { version in
            try body(PostgresRecords(connection: connection, dataVersion: version))
        }
    }

    /// The connection itself inside a read-only snapshot, for the wall views, which are not records.
    func readRows<T>(_ body: (PostgresConnection) throws -> T) throws -> T {
        try read { _ in try body(connection) }
    }

    func write<T>(_ body: (any RecordWriter) throws -> T) throws -> T {
        guard !isReadOnly else {
            throw StoreError(job == .auditor
                ? "\(staffName) audits, and an auditor's sign-in changes nothing; nothing was saved."
                : isStandby
                ? "The store at \(location) is a replica, which only reads; nothing was saved. Save on the group's main server."
                : "The store at \(location) is open read-only here; nothing was saved.")
        }
        try ensureConnected()
        let wait = max(1, Int((writeWait * 1000).rounded()))
        return try transaction("BEGIN; SET LOCAL lock_timeout = \(wait)", saving: true) { version in
            try body(PostgresRecords(connection: connection, dataVersion: version))
        }
    }

    /// Runs `body` between `begin` and COMMIT, giving it the data version; anything thrown
    /// rolls back and is put in words.
    ///
    /// The version is counted after BEGIN's answer and before the first query takes the
    /// snapshot. A commit whose COMMIT had returned before BEGIN was sent has by then been
    /// announced to this session (the server sends a waiting notification before it reads the
    /// next command), so it is counted and in the snapshot. One made in between is in the
    /// snapshot but counted at the next look: a reload too many, never a change missed.
    private func transaction<T>(_ begin: String, saving: Bool, _ body: (Int) throws -> T) throws -> T {
        do {
            try connection.execute(begin)
            hearOthers()
            let value = try body(othersCommits)
            try connection.execute("COMMIT")
            return value
        } catch {
            if connection.isConnected { try? connection.execute("ROLLBACK") }
            throw PostgresRefusal.words(for: error, at: location, saving: saving)
        }
    }

    /// The write wait is the server's `lock_timeout`, set for each write.
    func replaceWriteWait(with seconds: TimeInterval) throws -> TimeInterval {
        defer { writeWait = max(0, seconds) }
        return writeWait
    }

    func close() throws {}

    /// `log_view` writes who (the server's session user), when (its clock) and what, in a
    /// transaction of its own, so an auditor's read-only sign-in is logged too.
    func logView(personID: String, what: String) throws {
        try ensureConnected()
        guard !isStandby else {
            throw StoreError("A replica cannot log who looked at a person's records, so they open on the group's main server only.")
        }
        do {
            try connection.query("SELECT log_view($1, $2)", [personID, String(what.prefix(200))])
        } catch {
            throw PostgresRefusal.words(for: error, at: location, saving: false)
        }
    }

    // MARK: Other sessions

    /// The descriptor that becomes readable when the server has something to say (a change
    /// announced), for the screen's `poll()`; -1 while the connection is down.
    var wakeDescriptor: Int32 { isStandby ? -1 : connection.socket }

    /// Counts the commits other sessions announced since the last look; this session's own are
    /// in memory already.
    private func hearOthers() {
        guard isStandby else {
            for notice in connection.notifications() where !notice.fromThisSession && notice.channel == PostgresSchema.changeChannel {
                othersCommits += 1
                heard = heard.flatMap { changes in Self.change(in: notice.payload).map { changes.union([$0]) } }
            }
            return
        }
        heard = nil
        // A replica hears nothing: it has changed when it has replayed more of the main server's
        // log. Read as the transaction's first query, so in the same snapshot as what follows.
        let now = try? connection.value("SELECT pg_last_wal_replay_lsn()::text")
        if now != replayed {
            othersCommits += 1
            replayed = now
        }
    }

    /// Connects again when the server went away (restarted, or the network dropped), listening
    /// afresh; what was announced meanwhile is lost, so the next look reloads everything.
    private func ensureConnected() throws {
        guard !connection.isConnected else { return }
        connection.reconnect()
        guard connection.isConnected else {
            throw StoreError("The PostgreSQL server cannot be reached (\(location)); it will be tried again. Nothing was read or saved.")
        }
        isStandby = try Self.prepare(connection, address: address)
        othersCommits += 1
        heard = nil
    }

    // MARK: Settings

    /// The group's settings, read once in one view when the store opens: `liaison.settings`
    /// (the standard ones when it holds none), with the homes from `home` and the staff list
    /// (R10: who is a manager) from `staff`, each the one list every terminal shares.
    /// A wall's own role reads no staff list (`withStaff` false): it records nothing.
    func groupSettings(withStaff: Bool = true) throws -> ServiceSettings {
        let (body, homes, staff) = try read { _ in
            (try connection.value("SELECT body FROM settings"),
             try connection.query("SELECT id, name FROM home ORDER BY id COLLATE \"C\""),
             // Every active member with a job that records; every home for those who work across the group.
             !withStaff ? [] : try connection.query("""
                SELECT s.display_name, s.job, s.all_homes, string_agg(h.home_id, ',' ORDER BY h.home_id COLLATE "C")
                FROM staff s LEFT JOIN staff_home h ON h.role_name = s.role_name
                WHERE s.active AND s.job IN ('care-worker', 'shift-lead', 'manager')
                GROUP BY s.display_name, s.job, s.all_homes ORDER BY s.display_name COLLATE "C"
                """))
        }
        var settings = ServiceSettings.standard
        if let body {
            do {
                settings = try JSONDecoder().decode(ServiceSettings.self, from: Data(body.utf8))
            } catch let error as DecodingError {
                throw StoreError("The group's settings in \(location) (liaison.settings) cannot be read: \(SettingsReading.describe(error, in: Data(body.utf8))). The administrator corrects them there.")
            }
        }
        settings.homes = homes.map { Home(id: $0[0] ?? "", name: $0[1]) }
        let roles: [String: StaffMember.Role] = ["care-worker": .carer, "shift-lead": .shiftLead, "manager": .manager]
        settings.staff = staff.compactMap { row in
            guard let name = row[0], let role = row[1].flatMap({ roles[$0] }) else { return nil }
            let homes = row[2] == "t" ? nil : (row[3] ?? "").split(separator: ",").map(String.init)
            return StaffMember(name: name, role: role, homes: homes)
        }
        return settings
    }
}
