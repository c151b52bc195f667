import Foundation
import LiaisonTestSupport
import Testing
@testable import LiaisonCore

/// What the PostgreSQL schema itself enforces, shown with real SQL as real login roles on a
/// throwaway server: each test takes its own database with two homes (Ash, Birch) and staff
/// of every job (`LiaisonPostgres.Staff`), and writes records as Liaison encodes them.
@Suite(.needsPostgres, .liaisonPostgres)
struct PostgresSchemaTests {
    typealias Staff = LiaisonPostgres.Staff
    static let at = Date(timeIntervalSince1970: 1_795_600_800)  // 2026-11-25 10:00 UTC

    // MARK: - Records as Liaison writes them

    /// Ash's Edith Brown and Birch's Frank Osei (recorded by each home's carer), a GP, and one
    /// contact with advice about each, recorded by their homes' carers.
    struct Seeded {
        var edith: Person
        var frank: Person
        var gp: Partner
        var edithContact: Contact
        var frankContact: Contact
    }

    func seed(_ db: LiaisonPostgres.Database) async throws -> Seeded {
        let edith = Person(id: "p-edith", name: "Edith Brown", location: "Room 4", basis: SharingBasis(kind: .consent), home: "ash",
                           audit: Audit(by: Staff.ashCarer.name, at: Self.at))
        let frank = Person(id: "p-frank", name: "Frank Osei", basis: SharingBasis(kind: .consent), home: "birch",
                           audit: Audit(by: Staff.birchCarer.name, at: Self.at))
        let gp = Partner(id: "gp", name: "Dr Patel", role: .gp, audit: Audit(by: Staff.ashCarer.name, at: Self.at))
        let edithContact = Contact(id: "c-edith", personID: edith.id, partnerID: gp.id, channel: .phone, happenedAt: Self.at,
                                   summary: "GP rang about her cough", advice: "Give fluids every hour", audit: Audit(by: Staff.ashCarer.name, at: Self.at))
        let frankContact = Contact(id: "c-frank", personID: frank.id, partnerID: gp.id, channel: .visit, happenedAt: Self.at,
                                   summary: "GP visited Frank", advice: "Elevate his leg", audit: Audit(by: Staff.birchCarer.name, at: Self.at))
        try await db.sql(try insert(edith) + insert(gp) + insert(edithContact), as: Staff.ashCarer)
        try await db.sql(try insert(frank) + insert(frankContact), as: Staff.birchCarer)
        return Seeded(edith: edith, frank: frank, gp: gp, edithContact: edithContact, frankContact: frankContact)
    }

    func insert<R: Persisted>(_ record: R) throws -> String {
        "INSERT INTO \(R.table) (id, body) VALUES (\(lit(record.id)), \(lit(try RecordCoding.body(record))));\n"
    }

    /// An amendment as the store makes one: the stored version into history, then the new one,
    /// stamped by `member`, in one transaction.
    func amend<R: Persisted>(_ stored: R, to next: R, by member: Staff.Member, reason: String = "amended") throws -> String {
        let entry = HistoryEntry(recordID: stored.id, kind: R.kind, version: stored.audit.version, amendedBy: member.name,
                                 amendedAt: Self.at.addingTimeInterval(60), reason: reason, record: try RecordCoding.body(stored))
        var next = next
        next.audit = stored.audit.amended(by: member.name, at: Self.at.addingTimeInterval(60))
        return "BEGIN;\nINSERT INTO history (id, body) VALUES (\(lit(entry.id)), \(lit(try RecordCoding.body(entry))));\n"
            + "UPDATE \(R.table) SET body = \(lit(try RecordCoding.body(next))) WHERE id = \(lit(stored.id));\nCOMMIT;\n"
    }

    func lit(_ text: String) -> String { PostgresCluster.literal(text) }

    // MARK: - Schema

    @Test func theSchemaRecordsItsVersionAndGeneratesColumnsFromTheBody() async throws {
        let db = try await LiaisonPostgres.database()
        _ = try await seed(db)
        #expect(try await db.sql("SELECT version FROM schema_version ORDER BY version") == (1...PostgresSchema.version).map(String.init))
        let row = try await db.sql(
            "SELECT person_id, partner_id, extract(epoch FROM happened_at)::bigint, confirmation, exception, recorded_by FROM contact WHERE id = 'c-edith'")
        #expect(row == ["p-edith|gp|\(Int(Self.at.timeIntervalSince1970))|undecided|f|ash_carer"])
        #expect(try await db.sql("SELECT home_id FROM person ORDER BY id") == ["ash", "birch"])
        // A reference to no one is refused by a foreign key, as in SQLite.
        let stray = Contact(personID: "p-nobody", partnerID: "gp", channel: .phone, happenedAt: Self.at, summary: "Who?",
                            audit: Audit(by: Staff.ashCarer.name, at: Self.at))
        let refused = try await db.psqlAsSuperuser(try insert(stray))
        #expect(refused.sqlState == "23503", "\(refused)")
    }

    // MARK: - Nothing is deleted (R11)

    @Test func deleteIsRefusedToStaffByGrantAndToEveryoneByTrigger() async throws {
        let db = try await LiaisonPostgres.database()
        _ = try await seed(db)
        for member in [Staff.ashCarer, Staff.ashLead, Staff.ashManager, Staff.auditor] {
            let refused = try await db.psql("DELETE FROM contact WHERE id = 'c-edith'", as: member)
            #expect(refused.sqlState == "42501" && refused.stderr.contains("permission denied for table contact"), "\(member.role): \(refused)")
        }
        let bySuperuser = try await db.psqlAsSuperuser("DELETE FROM person WHERE id = 'p-frank'")
        #expect(bySuperuser.sqlState == PostgresSchema.Refusal.neverDeleted.rawValue, "\(bySuperuser)")
        let truncated = try await db.psqlAsSuperuser("TRUNCATE contact")
        #expect(truncated.sqlState == PostgresSchema.Refusal.neverDeleted.rawValue, "\(truncated)")
        #expect(try await db.sql("SELECT count(*) FROM contact") == ["2"])
        let granted = try await db.sql("""
            SELECT count(*) FROM information_schema.role_table_grants
            WHERE table_schema = 'liaison' AND privilege_type IN ('DELETE', 'TRUNCATE') AND grantee <> 'liaison_owner'
            """)
        #expect(granted == ["0"])
    }

    @Test func historyIsAppendOnlyAndAnAmendmentMustKeepTheVersionItReplaces() async throws {
        let db = try await LiaisonPostgres.database()
        let seeded = try await seed(db)
        var corrected = seeded.edithContact
        corrected.summary = "GP rang about her chest"
        try await db.sql(try amend(seeded.edithContact, to: corrected, by: Staff.ashCarer), as: Staff.ashCarer)
        #expect(try await db.sql("SELECT kind, version, recorded_by FROM history") == ["contact|1|ash_carer"])

        let byCarer = try await db.psql("UPDATE history SET body = body", as: Staff.ashCarer)
        #expect(byCarer.sqlState == "42501", "\(byCarer)")
        let bySuperuser = try await db.psqlAsSuperuser("UPDATE history SET body = body")
        #expect(bySuperuser.sqlState == PostgresSchema.Refusal.neverDeleted.rawValue && bySuperuser.stderr.contains("append-only"), "\(bySuperuser)")
        let deleted = try await db.psqlAsSuperuser("DELETE FROM history")
        #expect(deleted.sqlState == PostgresSchema.Refusal.neverDeleted.rawValue, "\(deleted)")

        // An amendment that skips history is refused, for the superuser too.
        var stored = corrected
        stored.audit = seeded.edithContact.audit.amended(by: Staff.ashCarer.name, at: Self.at.addingTimeInterval(60))
        var next = stored
        next.summary = "Rewritten without a trace"
        next.audit = stored.audit.amended(by: Staff.ashCarer.name, at: Self.at.addingTimeInterval(120))
        let update = "UPDATE contact SET body = \(lit(try RecordCoding.body(next))) WHERE id = 'c-edith'"
        for result in [try await db.psql(update, as: Staff.ashCarer), try await db.psqlAsSuperuser(update)] {
            #expect(result.sqlState == PostgresSchema.Refusal.historyMissing.rawValue, "\(result)")
        }
        #expect(try await db.sql("SELECT body::jsonb ->> 'summary' FROM contact WHERE id = 'c-edith'") == ["GP rang about her chest"])

        // History holds superseded versions and nothing else: an entry that is not the stored
        // version, or that no amendment follows, is refused.
        let notStored = HistoryEntry(recordID: "c-edith", kind: .contact, version: 2, amendedBy: Staff.ashCarer.name,
                                     amendedAt: Self.at, reason: "made up", record: try RecordCoding.body(next))
        let invented = "INSERT INTO history (id, body) VALUES (\(lit(notStored.id)), \(lit(try RecordCoding.body(notStored))))"
        let inventedResult = try await db.psql(invented, as: Staff.ashCarer)
        #expect(inventedResult.sqlState == PostgresSchema.Refusal.historyMissing.rawValue, "\(inventedResult)")
        let alone = HistoryEntry(recordID: "c-edith", kind: .contact, version: 2, amendedBy: Staff.ashCarer.name,
                                 amendedAt: Self.at, reason: "no amendment follows", record: try RecordCoding.body(stored))
        let aloneResult = try await db.psql(
            "INSERT INTO history (id, body) VALUES (\(lit(alone.id)), \(lit(try RecordCoding.body(alone))))", as: Staff.ashCarer)
        #expect(aloneResult.sqlState == PostgresSchema.Refusal.historyMissing.rawValue
                && aloneResult.errorMessage?.contains("was not amended") == true, "\(aloneResult)")
        #expect(try await db.sql("SELECT count(*) FROM history") == ["1"])
    }

    // MARK: - Need to know

    @Test func aCareWorkerSeesOnlyTheirHomesPeopleAndWhatIsAboutThem() async throws {
        let db = try await LiaisonPostgres.database()
        let seeded = try await seed(db)
        let select = "SELECT id FROM person ORDER BY id; SELECT id FROM contact ORDER BY id;"
        #expect(try await db.sql(select, as: Staff.ashCarer) == ["p-edith", "c-edith"])
        #expect(try await db.sql(select, as: Staff.birchCarer) == ["p-frank", "c-frank"])
        #expect(try await db.sql(select, as: Staff.ashManager) == ["p-edith", "c-edith"])
        #expect(try await db.sql(select, as: Staff.auditor) == ["p-edith", "p-frank", "c-edith", "c-frank"])
        // Naming the other home's person directly finds nothing, and writing about them is refused.
        #expect(try await db.sql("SELECT count(*) FROM person WHERE id = 'p-frank'", as: Staff.ashCarer) == ["0"])
        let aboutFrank = Contact(personID: seeded.frank.id, partnerID: seeded.gp.id, channel: .phone, happenedAt: Self.at,
                                 summary: "Asked after Frank", audit: Audit(by: Staff.ashCarer.name, at: Self.at))
        let refused = try await db.psql(try insert(aboutFrank), as: Staff.ashCarer)
        #expect(refused.sqlState == "42501" && refused.stderr.contains("row-level security"), "\(refused)")
        let intoBirch = Person(name: "Grace Hall", home: "birch", audit: Audit(by: Staff.ashCarer.name, at: Self.at))
        #expect(try await db.psql(try insert(intoBirch), as: Staff.ashCarer).sqlState == "42501")
        // History follows its record: Birch's carer cannot read Ash's amendments.
        var corrected = seeded.edithContact
        corrected.summary = "GP rang about her chest"
        try await db.sql(try amend(seeded.edithContact, to: corrected, by: Staff.ashCarer), as: Staff.ashCarer)
        #expect(try await db.sql("SELECT count(*) FROM history", as: Staff.ashCarer) == ["1"])
        #expect(try await db.sql("SELECT count(*) FROM history", as: Staff.birchCarer) == ["0"])

        // Word search goes through the indexes, as the owner, and keeps to the caller's homes just
        // the same: Ash's words, now and amended away, are found in Ash and nowhere else.
        for word in ["chest", "cough", "fluids"] {
            let search = "SELECT search_contacts(to_tsquery('simple', '\(word):*'), 50)"
            #expect(try await db.sql(search, as: Staff.ashCarer) == ["c-edith"], "\(word)")
            #expect(try await db.sql(search, as: Staff.birchCarer).isEmpty, "\(word)")
        }
        #expect(try await db.sql("SELECT search_contacts(to_tsquery('simple', 'elevat:*'), 50)", as: Staff.birchCarer) == ["c-frank"])
        #expect(try await db.sql("SELECT search_contacts(to_tsquery('simple', 'elevat:*'), 50)", as: Staff.auditor) == ["c-frank"])
    }

    // MARK: - By job

    @Test func markingADayReviewedIsRefusedToACareWorkerAndAllowedToAShiftLeadOrManager() async throws {
        let db = try await LiaisonPostgres.database()
        func review(by member: Staff.Member) throws -> String {
            try insert(DayReview(day: "2026-11-25", home: "ash", audit: Audit(by: member.name, at: Self.at)))
        }
        let refused = try await db.psql(try review(by: Staff.ashCarer), as: Staff.ashCarer)
        #expect(refused.status == 3)
        #expect(refused.sqlState == PostgresSchema.Refusal.notPermitted.rawValue, "\(refused)")
        #expect(refused.errorMessage == "marking a day reviewed is for a shift lead or a manager; Carla Reid is a care worker", "\(refused)")
        try await db.sql(try review(by: Staff.ashLead), as: Staff.ashLead)
        try await db.sql(try review(by: Staff.ashManager), as: Staff.ashManager)
        #expect(try await db.sql("SELECT recorded_by FROM day_review ORDER BY recorded_by") == ["ash_lead", "ash_manager"])
    }

    /// Reading the handover is everyone's, on a server as in a store file: a care worker's
    /// acknowledgement is kept; a review of the day's contacts dressed as one is not.
    @Test func aCareWorkerMayAcknowledgeReadingAHandoverButNotReviewTheDay() async throws {
        let db = try await LiaisonPostgres.database()
        let read = DayReview(day: "2026-11-25", purpose: .handover, home: "ash", audit: Audit(by: Staff.ashCarer.name, at: Self.at))
        try await db.sql(try insert(read), as: Staff.ashCarer)
        #expect(try await db.sql("SELECT recorded_by, home_id FROM day_review") == ["ash_carer|ash"])
        // The body says which it is: without "handover" it is a review, whatever else it holds.
        var body = try RecordCoding.body(DayReview(day: "2026-11-26", home: "ash", audit: Audit(by: Staff.ashCarer.name, at: Self.at)))
        body = body.replacingOccurrences(of: "{", with: #"{"purpose":"Handover","#, options: .anchored)
        let review = try await db.psql("INSERT INTO day_review (id, body) VALUES ('r-dressed', \(lit(body)))", as: Staff.ashCarer)
        #expect(review.sqlState == PostgresSchema.Refusal.notPermitted.rawValue, "\(review)")
        // Another home's handover is not theirs to say they read, nor every home's.
        let birch = DayReview(day: "2026-11-25", purpose: .handover, home: "birch", audit: Audit(by: Staff.ashCarer.name, at: Self.at))
        #expect(try await db.psql(try insert(birch), as: Staff.ashCarer).sqlState == "42501")
        let everyHome = DayReview(day: "2026-11-25", purpose: .handover, audit: Audit(by: Staff.ashCarer.name, at: Self.at))
        let refused = try await db.psql(try insert(everyHome), as: Staff.ashCarer)
        #expect(refused.errorMessage == "a mark for every home is made by someone who works in every home; Carla Reid works in ash", "\(refused)")
        // A shift lead's review, turned by a care worker into a reading of the handover, is refused:
        // only a new acknowledgement is theirs.
        let leads = DayReview(day: "2026-11-27", home: "ash", audit: Audit(by: Staff.ashLead.name, at: Self.at))
        try await db.sql(try insert(leads), as: Staff.ashLead)
        var turned = leads
        turned.purpose = .handover
        let undone = try await db.psql(try amend(leads, to: turned, by: Staff.ashCarer), as: Staff.ashCarer)
        #expect(undone.sqlState == PostgresSchema.Refusal.notPermitted.rawValue, "\(undone)")
        #expect(try await db.sql("SELECT coalesce(body::jsonb ->> 'purpose', 'a review') FROM day_review WHERE id = \(lit(leads.id))") == ["a review"])
    }

    /// Version 6 replaces version 1's record_write whole, changing the day review rule alone.
    @Test func version6sRecordWriteIsVersion1sWithTheDayReviewRuleChanged() {
        let replaced = PostgresSchema.recordWriteVersion6
        let (before, after) = PostgresSchema.dayReviewRuleVersion6
        #expect(replaced.hasPrefix("CREATE OR REPLACE FUNCTION record_write()"))
        #expect(replaced.contains("AND NOT (TG_OP = 'INSERT' AND b ->> 'purpose' IS NOT DISTINCT FROM 'handover') THEN"))
        let restored = replaced.replacingOccurrences(of: "CREATE OR REPLACE FUNCTION", with: "CREATE FUNCTION")
            .replacingOccurrences(of: after, with: before)
        #expect(PostgresSchema.version1Rules.contains(restored))
        #expect(restored.hasSuffix("$$;\n") && restored.contains("RETURN NEW;\nEND\n$$;"))
    }

    /// A job is the staff row's and the group role's together: a row naming a job whose group the
    /// role lacks is refused, and taking the group role away takes the job away at once.
    @Test func aJobCountsOnlyWhileTheRoleHoldsItsGroupRole() async throws {
        let db = try await LiaisonPostgres.database()
        let role = "lead_" + UUID().uuidString.lowercased().prefix(8)
        try await db.cluster.createLoginRole(role, memberOf: [PostgresSchema.Job.careWorker.groupRole])
        let listing = "INSERT INTO staff (role_name, display_name, job) VALUES (\(lit(role)), 'Pat Moss', 'shift-lead')"
        let notInGroup = try await db.psqlAsSuperuser(listing)
        #expect(notInGroup.sqlState == "23514" && notInGroup.stderr.contains("GRANT liaison_shift_lead"), "\(notInGroup)")
        try await db.sql("GRANT liaison_shift_lead TO \(role); \(listing); INSERT INTO staff_home VALUES (\(lit(role)), 'ash');")
        let mark = try insert(DayReview(day: "2026-11-25", audit: Audit(by: "Pat Moss", at: Self.at)))
        let member = LiaisonPostgres.Staff.Member(role: role, name: "Pat Moss", job: .shiftLead, homes: ["ash"], allHomes: false)
        #expect(try await db.sql("SELECT my_job()", as: member) == ["shift-lead"])
        try await db.sql("REVOKE liaison_shift_lead FROM \(role)")
        #expect(try await db.sql("SELECT coalesce(my_job(), 'none')", as: member) == ["none"])
        let refused = try await db.psql(mark, as: member)
        #expect(refused.sqlState == "42501" && refused.errorMessage?.contains("not on Liaison's staff list") == true, "\(refused)")
    }

    @Test func acknowledgingAnExceptionAndClosingAnEscalationAreAManagers() async throws {
        let db = try await LiaisonPostgres.database()
        let seeded = try await seed(db)
        let shared = Contact(id: "c-shared", personID: seeded.edith.id, partnerID: seeded.gp.id, channel: .phone, happenedAt: Self.at,
                             summary: "Told the GP about her falls", sharedByUs: true,
                             sharingException: SharingException(kind: .bestInterests, reason: "She could not say, and the GP needed it"),
                             audit: Audit(by: Staff.ashCarer.name, at: Self.at))
        try await db.sql(try insert(shared), as: Staff.ashCarer)
        #expect(try await db.sql("SELECT exception FROM contact WHERE id = 'c-shared'") == ["t"])
        var acknowledged = shared
        acknowledged.exceptionAcknowledged = ReviewMark(by: Staff.ashCarer.name, at: Self.at)
        let byCarer = try await db.psql(try amend(shared, to: acknowledged, by: Staff.ashCarer), as: Staff.ashCarer)
        #expect(byCarer.sqlState == "42501" && byCarer.errorMessage?.contains("acknowledged by a manager") == true, "\(byCarer)")
        acknowledged.exceptionAcknowledged = ReviewMark(by: Staff.ashManager.name, at: Self.at)
        try await db.sql(try amend(shared, to: acknowledged, by: Staff.ashManager), as: Staff.ashManager)
        #expect(try await db.sql("SELECT changed_by FROM contact WHERE id = 'c-shared'") == ["ash_manager"])

        let escalation = Escalation(id: "e-1", kind: .disagreement, summary: "GP stopped her physio", personID: seeded.edith.id,
                                    raisedAt: Self.at, acknowledgeBy: Self.at.addingTimeInterval(86_400),
                                    resolveBy: Self.at.addingTimeInterval(7 * 86_400), audit: Audit(by: Staff.ashCarer.name, at: Self.at))
        try await db.sql(try insert(escalation), as: Staff.ashCarer)
        var resolved = escalation
        resolved.stage = .resolved
        resolved.outcome = "Physio restarted"
        resolved.resolvedAt = Self.at
        let closeByLead = try await db.psql(try amend(escalation, to: resolved, by: Staff.ashLead), as: Staff.ashLead)
        #expect(closeByLead.sqlState == "42501" && closeByLead.errorMessage?.contains("closed by a manager") == true, "\(closeByLead)")
        try await db.sql(try amend(escalation, to: resolved, by: Staff.ashManager), as: Staff.ashManager)
        #expect(try await db.sql("SELECT stage, changed_by FROM escalation") == ["resolved|ash_manager"])
    }

    /// Even a role made a member of the owner (which nobody should be) cannot rewrite history
    /// nor switch off the trigger that stops it: only a superuser changes the schema.
    @Test func anOwnersMemberCanNeitherRewriteHistoryNorDisableItsTrigger() async throws {
        let db = try await LiaisonPostgres.database()
        let seeded = try await seed(db)
        var corrected = seeded.edithContact
        corrected.summary = "GP rang about her chest"
        try await db.sql(try amend(seeded.edithContact, to: corrected, by: Staff.ashCarer), as: Staff.ashCarer)
        try await db.cluster.createLoginRole("owner_member", memberOf: [PostgresSchema.ownerRole])
        let rewrite = try await db.cluster.psql("UPDATE history SET body = body", as: "owner_member", database: db.name)
        #expect(rewrite.sqlState == PostgresSchema.Refusal.neverDeleted.rawValue, "\(rewrite)")
        let erase = try await db.cluster.psql("DELETE FROM contact", as: "owner_member", database: db.name)
        #expect(erase.sqlState == PostgresSchema.Refusal.neverDeleted.rawValue, "\(erase)")
        for ddl in ["ALTER TABLE history DISABLE TRIGGER append_only", "DROP TRIGGER append_only ON history", "DROP TABLE view_log"] {
            let refused = try await db.cluster.psql(ddl, as: "owner_member", database: db.name)
            #expect(refused.sqlState == "42501" && refused.stderr.contains("only by a superuser"), "\(ddl): \(refused)")
        }
        #expect(try await db.sql("SELECT count(*) FROM history") == ["1"])
        #expect(try await db.sql("SELECT count(*) FROM pg_trigger WHERE tgname = 'append_only' AND tgenabled = 'O'") == ["2"])
    }

    // MARK: - Who is recording

    @Test func aRecorderWhoIsNotTheSignedInRoleIsRefused() async throws {
        let db = try await LiaisonPostgres.database()
        let seeded = try await seed(db)
        let posing = Contact(personID: seeded.edith.id, partnerID: seeded.gp.id, channel: .phone, happenedAt: Self.at,
                             summary: "Entered in the manager's name", audit: Audit(by: Staff.ashManager.name, at: Self.at))
        let refused = try await db.psql(try insert(posing), as: Staff.ashCarer)
        #expect(refused.sqlState == PostgresSchema.Refusal.recorderMismatch.rawValue, "\(refused)")
        #expect(refused.errorMessage?.contains("\"Carla Reid\", not \"Mo Grant\"") == true, "\(refused)")
        // An amendment signed with someone else's name is refused too.
        var corrected = seeded.edithContact
        corrected.summary = "Corrected in another's name"
        let amendment = try amend(seeded.edithContact, to: corrected, by: Staff.ashManager)
        let amended = try await db.psql(amendment, as: Staff.ashCarer)
        #expect(amended.sqlState == PostgresSchema.Refusal.recorderMismatch.rawValue, "\(amended)")
        // The recorder column is the server's: what the client sends for it is overwritten.
        #expect(try await db.sql("SELECT recorded_by, changed_by FROM contact WHERE id = 'c-edith'") == ["ash_carer|ash_carer"])
    }

    // MARK: - The wall

    @Test func theWallReadsOnlyItsViewsAndNeverAdvice() async throws {
        let db = try await LiaisonPostgres.database()
        _ = try await seed(db)
        let body = try await db.psql("SELECT body FROM contact", as: Staff.ashWall)
        #expect(body.sqlState == "42501" && body.stderr.contains("permission denied for table contact"), "\(body)")
        let advice = try await db.psql("SELECT advice FROM wall_contact", as: Staff.ashWall)
        #expect(advice.sqlState == "42703", "\(advice)")  // undefined_column: the view has none
        let columns = try await db.sql("""
            SELECT string_agg(column_name, ',' ORDER BY column_name) FROM information_schema.columns
            WHERE table_schema = 'liaison' AND table_name = 'wall_contact'
            """)
        #expect(columns.first?.contains("advice") == false && columns.first?.contains("summary") == false, "\(columns)")
        // What it may see, for its own home only, with initials and no name.
        #expect(try await db.sql("SELECT id, initials, location, partner_role, confirmation FROM wall_contact", as: Staff.ashWall)
                == ["c-edith|EB|Room 4|gp|undecided"])
        #expect(try await db.sql("SELECT home_id, no_basis FROM wall_sharing", as: Staff.ashWall) == ["ash|0"])
        #expect(try await db.psql("SELECT count(*) FROM person", as: Staff.ashWall).sqlState == "42501")
    }

    // MARK: - Viewing is logged

    @Test func viewingAPersonIsLoggedAndTheLogIsNotACareWorkers() async throws {
        let db = try await LiaisonPostgres.database()
        let seeded = try await seed(db)
        try await db.sql("SELECT log_view(\(lit(seeded.edith.id)), 'detail')", as: Staff.ashCarer)
        let other = try await db.psql("SELECT log_view(\(lit(seeded.frank.id)), 'detail')", as: Staff.ashCarer)
        #expect(other.sqlState == "42501", "\(other)")
        let read = try await db.psql("SELECT * FROM view_log", as: Staff.ashCarer)
        #expect(read.sqlState == "42501" && read.stderr.contains("permission denied for table view_log"), "\(read)")
        let forged = try await db.psql("INSERT INTO view_log (viewed_by, person_id, what) VALUES ('ash_lead', 'p-edith', 'x')", as: Staff.ashCarer)
        #expect(forged.sqlState == "42501", "\(forged)")
        #expect(try await db.sql("SELECT viewed_by, person_id, what FROM view_log", as: Staff.ashManager) == ["ash_carer|p-edith|detail"])
        #expect(try await db.sql("SELECT count(*) FROM view_log", as: Staff.birchManager) == ["0"])
    }

    // MARK: - Live updates

    @Test func aSaveIsAnnouncedOnTheChangeChannelWithTableAndIdOnly() async throws {
        let db = try await LiaisonPostgres.database()
        let seeded = try await seed(db)
        let contact = Contact(id: "c-live", personID: seeded.edith.id, partnerID: seeded.gp.id, channel: .phone, happenedAt: Self.at,
                              summary: "Edith Brown's GP rang", advice: "Secret advice", audit: Audit(by: Staff.ashCarer.name, at: Self.at))
        // psql prints a notification after the command that follows its arrival.
        let session = try await db.psql(
            "LISTEN \(PostgresSchema.changeChannel);\n" + (try insert(contact)) + "SELECT 'done';\n", as: Staff.ashCarer)
        #expect(session.succeeded, "\(session)")
        let heard = session.notifications
        #expect(heard.count == 1 && heard.first?.channel == PostgresSchema.changeChannel, "\(session.stdout)")
        let payload = try JSONSerialization.jsonObject(with: Data((heard.first?.payload ?? "{}").utf8)) as? [String: String]
        #expect(payload == ["table": "contact", "id": "c-live"])
        // Nothing about the person is announced: no name, summary or advice.
        #expect(!session.stdout.contains("Edith") && !session.stdout.contains("Secret"))
        // Without LISTEN, nothing is printed.
        let quiet = try await db.psql((try insert(Partner(name: "Nurse Ada", role: .districtNurse, audit: Audit(by: Staff.ashCarer.name, at: Self.at)))), as: Staff.ashCarer)
        #expect(quiet.notifications.isEmpty)
    }

    /// Two sessions as two roles: a save by Ash's shift lead reaches Ash's carer, who listens.
    /// The listener's session runs the other one from psql (`\!`) and then one more command,
    /// after which psql prints what arrived: no waiting on a clock.
    @Test func aSaveInAnotherSessionReachesAListener() async throws {
        let db = try await LiaisonPostgres.database()
        let seeded = try await seed(db)
        let contact = Contact(id: "c-other", personID: seeded.edith.id, partnerID: seeded.gp.id, channel: .visit, happenedAt: Self.at,
                              summary: "GP visited", audit: Audit(by: Staff.ashLead.name, at: Self.at))
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-other-\(UUID().uuidString).sql")
        try Data(try insert(contact).utf8).write(to: script)
        defer { try? FileManager.default.removeItem(at: script) }
        let other = [db.cluster.binaries.psql, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", db.cluster.folder,
                     "-p", String(PostgresCluster.port), "-U", Staff.ashLead.role, "-d", db.name, "-f", script.path].joined(separator: " ")
        let session = try await db.psql(
            "LISTEN \(PostgresSchema.changeChannel);\nSELECT 'listening';\n\\! \(other)\nSELECT 'saved';\n", as: Staff.ashCarer)
        #expect(session.succeeded, "\(session)")
        #expect(session.lines.first == "listening" && session.lines.contains("saved"), "\(session.stdout)")
        #expect(session.notifications.map { $0.payload } == [#"{"table" : "contact", "id" : "c-other"}"#], "\(session.stdout)")
        #expect(try await db.sql("SELECT recorded_by FROM contact WHERE id = 'c-other'") == ["ash_lead"])
    }
}
