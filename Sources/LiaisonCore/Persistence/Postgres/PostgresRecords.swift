import Foundation

/// The Store's reads and writes as PostgreSQL's SQL, inside one of `PostgresBackend`'s
/// transactions, as the signed-in role: row-level security decides which rows are there at all,
/// so a person outside the role's homes is, to this store, a person who does not exist.
///
/// The answers are SQLite's (`SQLiteRecords`), held to it by the conformance suite: ids compare
/// byte by byte (`COLLATE "C"`, whatever the database's collation), times are the generated
/// `timestamptz` columns compared with the seconds the store writes, and the order records were
/// entered in is schema version 2's `entered` column where SQLite has its rowid.
struct PostgresRecords: RecordWriter {
    let connection: PostgresConnection
    /// The backend's count of other sessions' commits when this transaction began.
    let version: Int

    init(connection: PostgresConnection, dataVersion: Int) {
        self.connection = connection
        version = dataVersion
    }

    /// Ids as bytes, as SQLite orders them.
    private static let byID = "id COLLATE \"C\""
    /// Records entered at the same moment still come out in one order: the time in their audit, then id.
    private static let byEntry = "(body::jsonb #>> '{audit,createdAt}')::float8, id COLLATE \"C\""

    // MARK: One record

    func record<R: Persisted>(_ type: R.Type, id: String) throws -> R? {
        try records(R.self, where: "id = $1", [id]).first
    }

    func names<R: Persisted>(_ type: R.Type, fields: [String]) throws -> [(id: String, names: [String?])] {
        // Field names are the Store's own constants, bound as values all the same.
        let columns = fields.indices.map { "body::jsonb ->> $\($0 + 1)" }
        let sql = "SELECT id\(columns.map { ", " + $0 }.joined()) FROM \(R.table) ORDER BY \(Self.byID)"
        return try connection.query(sql, fields).map { row in (row[0] ?? "", Array(row.dropFirst())) }
    }

    // MARK: The working set's lists

    func people() throws -> [Person] { try records(Person.self, orderBy: Self.byID) }
    func partners() throws -> [Partner] { try records(Partner.self, orderBy: Self.byID) }
    func openTasks() throws -> [CareTask] { try records(CareTask.self, where: "status = 'open'", orderBy: Self.byID) }
    func openEscalations() throws -> [Escalation] { try records(Escalation.self, where: "stage <> 'resolved'", orderBy: Self.byID) }

    func contactsAwaitingConfirmation() throws -> [Contact] {
        try records(Contact.self, where: "confirmation = 'requested'", orderBy: Self.byID)
    }

    func contactsAwaitingConfirmationDecision() throws -> [Contact] {
        try records(Contact.self, where: "confirmation = 'undecided'", orderBy: Self.byID)
    }

    // MARK: Contacts

    func contacts(happenedFrom start: Date, before end: Date?) throws -> [Contact] {
        guard let end else {
            return try records(Contact.self, where: "happened_at >= to_timestamp($1::float8)", [Self.seconds(start)], orderBy: "happened_at, \(Self.byID)")
        }
        return try records(
            Contact.self, where: "happened_at >= to_timestamp($1::float8) AND happened_at < to_timestamp($2::float8)",
            [Self.seconds(start), Self.seconds(end)], orderBy: "happened_at, \(Self.byID)")
    }

    func contacts(enteredFrom start: Date, before end: Date, happenedBefore earlier: Date) throws -> [Contact] {
        try records(
            Contact.self,
            where: "entered_at >= to_timestamp($1::float8) AND entered_at < to_timestamp($2::float8) AND happened_at < to_timestamp($3::float8)",
            [Self.seconds(start), Self.seconds(end), Self.seconds(earlier)], orderBy: "happened_at, \(Self.byID)")
    }

    func contacts(forPerson personID: String, limit: Int) throws -> [Contact] {
        try records(Contact.self, where: "person_id = $1", [personID], orderBy: "happened_at DESC, \(Self.byID) LIMIT \(max(0, limit))")
    }

    func contacts(forPartner partnerID: String, limit: Int) throws -> [Contact] {
        try records(Contact.self, where: "partner_id = $1", [partnerID], orderBy: "happened_at DESC, \(Self.byID) LIMIT \(max(0, limit))")
    }

    func contacts(idStartingWith prefix: String, limit: Int) throws -> [Contact] {
        // starts_with takes the prefix literally: no character in it is a wildcard.
        try records(Contact.self, where: "starts_with(id, $1)", [prefix], orderBy: "\(Self.byID) LIMIT \(max(0, limit))")
    }

    func sharingExceptions() throws -> [Contact] {
        try records(Contact.self, where: "exception", orderBy: "happened_at DESC, \(Self.byID)")
    }

    func sharingExceptions(happenedFrom start: Date, before end: Date) throws -> [Contact] {
        try records(
            Contact.self, where: "exception AND happened_at >= to_timestamp($1::float8) AND happened_at < to_timestamp($2::float8)",
            [Self.seconds(start), Self.seconds(end)], orderBy: "happened_at, \(Self.byID)")
    }

    func searchContacts(words: [String], limit: Int) throws -> [Contact] {
        // Each word (letters and digits only, the Store's rule) as the start of a word; all of them.
        let query = words.filter { !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber } }.map { $0 + ":*" }.joined(separator: " & ")
        guard !query.isEmpty else { return [] }
        // Through the word indexes (schema version 2's `search_contacts`, which keeps to the
        // caller's homes); the policies still decide which of those contacts come back.
        return try records(
            Contact.self, where: "id IN (SELECT search_contacts(to_tsquery('simple', $1), \(max(0, limit))))", [query],
            orderBy: "happened_at DESC, \(Self.byID) DESC LIMIT \(max(0, limit))")
    }

    // MARK: Other records

    func agreements(forPerson personID: String) throws -> [PartnershipAgreement] {
        try records(PartnershipAgreement.self, where: "person_id = $1", [personID], orderBy: Self.byEntry)
    }

    func dayReviews(day: String) throws -> [DayReview] {
        try records(DayReview.self, where: "day = $1", [day], orderBy: Self.byEntry)
    }

    func homeDayReviews() throws -> [DayReview] {
        try records(DayReview.self, where: "home_id IS NOT NULL", [], orderBy: Self.byEntry)
    }

    func closedTasks(_ visit: (CareTask) throws -> Bool) throws {
        try newestEnteredFirst(CareTask.self, where: "status <> 'open'", visit)
    }

    func resolvedEscalations(_ visit: (Escalation) throws -> Bool) throws {
        try newestEnteredFirst(Escalation.self, where: "stage = 'resolved'", visit)
    }

    /// Records most recently entered first, a page at a time, each decoded as `visit` asks for
    /// it: years of closed tasks are never held at once. The transaction's snapshot keeps the
    /// pages consistent with each other.
    private func newestEnteredFirst<R: Persisted>(_ type: R.Type, where condition: String, _ visit: (R) throws -> Bool) throws {
        var before: String?
        while true {
            let rows = try connection.query(
                "SELECT entered, body FROM \(R.table) WHERE \(condition) AND ($1::bigint IS NULL OR entered < $1::bigint) ORDER BY entered DESC LIMIT 100",
                [before])
            for row in rows {
                guard try visit(try RecordCoding.decode(R.self, from: row[1] ?? "")) else { return }
            }
            guard rows.count == 100, let last = rows.last?[0] else { return }
            before = last
        }
    }

    // MARK: History

    func history(of recordID: String) throws -> [HistoryEntry] {
        try bodies("SELECT body FROM history WHERE record_id = $1 ORDER BY version", [recordID])
    }

    func history(amendedFrom start: Date, before end: Date) throws -> [HistoryEntry] {
        try bodies(
            "SELECT body FROM history WHERE amended_at >= to_timestamp($1::float8) AND amended_at < to_timestamp($2::float8) ORDER BY amended_at, \(Self.byID)",
            [Self.seconds(start), Self.seconds(end)])
    }

    func contactHistory(onceAboutPerson personID: String) throws -> [HistoryEntry] {
        // The superseded version is JSON inside the history entry's JSON.
        try bodies(
            "SELECT body FROM history WHERE kind = 'contact' AND (body::jsonb ->> 'record')::jsonb ->> 'personID' = $1 ORDER BY amended_at DESC, \(Self.byID)",
            [personID])
    }

    // MARK: The store as a whole

    func isEmpty() throws -> Bool {
        try connection.value("SELECT NOT (\(StoreCheck.tables.map { "EXISTS (SELECT 1 FROM \($0))" }.joined(separator: " OR ")))") == "t"
    }

    func dataVersion() throws -> Int { version }

    func everyBody(of table: String, _ each: (String) throws -> Void) throws {
        // A cursor in this transaction, fetched a batch at a time: the server holds the rest.
        try connection.execute("DECLARE liaison_every_body NO SCROLL CURSOR FOR SELECT body FROM \(table) ORDER BY \(Self.byID)")
        while true {
            let rows = try connection.query("FETCH 2048 FROM liaison_every_body")
            for row in rows { try each(row[0] ?? "") }
            if rows.isEmpty { break }
        }
        try connection.execute("CLOSE liaison_every_body")
    }

    func fieldNames(of table: String) throws -> [String] {
        try connection.query("SELECT DISTINCT key COLLATE \"C\" AS key FROM \(table), jsonb_object_keys(body::jsonb) AS key ORDER BY 1")
            .map { $0[0] ?? "" }
    }

    // MARK: Writing

    func insert<R: Persisted>(_ record: R) throws {
        // Looked up first, through row-level security: a person outside the role's homes is
        // "not there", as a missing one is, in the words of the form's field.
        for reference in record.references {
            let table = reference.kind == .person ? Person.table : Partner.table
            if try connection.value("SELECT count(*) FROM \(table) WHERE id = $1", [reference.id]) == "0" {
                throw FieldError(reference.field, "there is no \(reference.kind.rawValue) with id \(reference.id)")
            }
        }
        do {
            try connection.query("INSERT INTO \(R.table) (id, body) VALUES ($1, $2)", [record.id, try RecordCoding.body(record)])
        } catch let error as PostgresError where error.state == "23505" {
            throw FieldError("id", "there is already a \(R.kind.rawValue) with id \(record.id)")
        }
    }

    func amend<R: Persisted>(_ record: R, reason: String, by staff: String, at now: Date, correction: Bool) throws -> R {
        // Locked until the commit: a colleague amending it at once waits, then finds the version moved on.
        let stored = try connection.value("SELECT body FROM \(R.table) WHERE id = $1 FOR UPDATE", [record.id])
        var amendment = try Amendment.prepare(
            record, stored: try stored.map { try RecordCoding.decode(R.self, from: $0) }, reason: reason, by: staff, at: now,
            correction: correction)
        // History keeps the version exactly as it was stored, byte for byte (the schema checks it).
        if let stored { amendment.entry.record = stored }
        try connection.query("INSERT INTO history (id, body) VALUES ($1, $2)", [amendment.entry.id, try RecordCoding.body(amendment.entry)])
        try connection.query("UPDATE \(R.table) SET body = $2 WHERE id = $1", [record.id, try RecordCoding.body(amendment.next)])
        return amendment.next
    }

    // MARK: Rows

    private func records<R: Persisted>(_ type: R.Type, where condition: String? = nil, _ values: [String?] = [], orderBy: String? = nil) throws -> [R] {
        var sql = "SELECT body FROM \(R.table)"
        if let condition { sql += " WHERE \(condition)" }
        if let orderBy { sql += " ORDER BY \(orderBy)" }
        return try bodies(sql, values)
    }

    private func bodies<R: Decodable & Sendable>(_ sql: String, _ values: [String?]) throws -> [R] {
        try RecordTable.decodeAll(R.self, connection.query(sql, values).map { $0[0] ?? "" })
    }

    /// A moment as the seconds the store writes, for `to_timestamp`.
    private static func seconds(_ date: Date) -> String { String(date.timeIntervalSince1970) }
}
