import Foundation
import LiaisonCore
import LiaisonTestSupport
import Testing

/// The commands on a group's PostgreSQL store, as its staff run them: each signed in as their own
/// role (the test cluster trusts its socket; a real server asks for peer, SCRAM or a certificate),
/// recorded under the name the staff table gives that role, seeing only their own homes' people.
@Suite(.endToEnd, .needsPostgres, .liaisonPostgres, .tags(.endToEnd)) struct PostgresStoreEndToEndTests {
    typealias Staff = LiaisonPostgres.Staff

    @Test func staffRecordAsWhoTheServerSignedInAndSeeOnlyTheirHomes() async throws {
        let db = try await LiaisonPostgres.database()
        let scratch = try ScratchFolder()
        // Commands put their arguments after the subcommand: `liaison add person --store …`.
        func run(_ command: [String], as member: Staff.Member) async throws -> LiaisonProcess.Result {
            let split = command.firstIndex { $0.hasPrefix("--") } ?? command.count
            return try await scratch.liaison(Array(command[..<split]) + ["--store", db.address(as: member)] + Array(command[split...]))
        }

        for (command, member) in [
            (["add", "person", "--name", "Edith Brown", "--home", "ash", "--basis", "consent"], Staff.ashCarer),
            (["add", "person", "--name", "Bill Cole", "--home", "birch", "--basis", "consent"], Staff.birchCarer),
            (["add", "partner", "--name", "Dr Patel", "--role", "gp"], Staff.ashCarer),
            (["add", "contact", "--person", "Edith Brown", "--partner", "Dr Patel", "--channel", "phone", "--summary", "Rang about her cough",
              "--advice", "Fluids every hour"], Staff.ashCarer),
        ] {
            let result = try await run(command, as: member)
            #expect(result.status == 0, "\(command) as \(member.role): \(result.stderr)")
        }

        // The record carries the staff table's name for the role, and the role itself, set by the server.
        let recorded = try await db.sql(
            "SELECT recorded_by, body::jsonb #>> '{audit,createdBy}' FROM contact WHERE body::jsonb ->> 'summary' = 'Rang about her cough'")
        #expect(recorded == ["ash_carer|Carla Reid"])

        // Birch's carer cannot see Ash's resident, so cannot record about her either.
        let other = try await run(
            ["add", "contact", "--person", "Edith Brown", "--partner", "Dr Patel", "--channel", "phone", "--summary", "x"], as: Staff.birchCarer)
        #expect(other.status == 1, "\(other.stderr)")
        #expect(other.stderr.contains("there is no person called “Edith Brown”"), "\(other.stderr)")
        let birchReport = try await run(["report", "--format", "json"], as: Staff.birchCarer)
        #expect(birchReport.status == 0, "\(birchReport.stderr)")
        #expect(!birchReport.stdout.contains("Edith") && !birchReport.stdout.contains("Rang about her cough"), "\(birchReport.stdout)")
        let ashReport = try await run(["report", "--format", "json"], as: Staff.ashLead)
        #expect(ashReport.stdout.contains("Rang about her cough"), "\(ashReport.stdout)")
        #expect(!ashReport.stdout.contains("Bill Cole"), "\(ashReport.stdout)")

        // Export, as everywhere, of what the role may see; check decodes it all; import is migrate's.
        let exported = try await run(["export"], as: Staff.ashLead)
        #expect(exported.status == 0, "\(exported.stderr)")
        #expect(exported.stdout.contains("Rang about her cough") && !exported.stdout.contains("Bill Cole"))
        let checked = try await run(["check"], as: Staff.auditor)
        #expect(checked.status == 0, "\(checked.stderr)")
        #expect(checked.stdout.contains("1 contact") && checked.stdout.contains("2 person"), "\(checked.stdout)")
        let file = scratch.path("export.json")
        try exported.stdout.write(toFile: file, atomically: true, encoding: .utf8)
        let imported = try await run(["import", file], as: Staff.ashLead)
        #expect(imported.status == 2)
        #expect(imported.stderr.contains("A PostgreSQL store is filled by `liaison migrate`"), "\(imported.stderr)")

        // Nobody may say they are someone else.
        let claimed = try await run(["add", "partner", "--name", "Dr Ward", "--role", "gp", "--as", "Ruth Okafor (registered manager)"], as: Staff.ashCarer)
        #expect(claimed.status == 1)
        #expect(claimed.stderr.contains("liaison: as: a PostgreSQL store records you as the member of staff the server signed in, so --as is not accepted there"),
                "\(claimed.stderr)")
        #expect(try await db.sql("SELECT count(*) FROM partner WHERE body::jsonb ->> 'name' = 'Dr Ward'") == ["0"])

        // A role on no staff list opens nothing, and an auditor changes nothing.
        try await db.cluster.createLoginRole("stranger")
        let stranger = Staff.Member(role: "stranger", name: "", job: .careWorker, homes: [], allHomes: false)
        let refused = try await run(["report"], as: stranger)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("stranger may not use the Liaison store") || refused.stderr.contains("stranger is not on Liaison's staff list"),
                "\(refused.stderr)")
        let audited = try await run(["add", "partner", "--name", "Dr Ward", "--role", "gp"], as: Staff.auditor)
        #expect(audited.status == 2)
        #expect(audited.stderr.contains("Ada Quinn audits, and an auditor's sign-in changes nothing; nothing was saved."), "\(audited.stderr)")
    }

    @Test func twoTerminalsInTwoHomesSeeTheirOwnAndTheServerRefusesACareWorkersDayReview() async throws {
        let db = try await LiaisonPostgres.database()
        let scratch = try ScratchFolder()
        func run(_ command: [String], as member: Staff.Member) async throws {
            let split = command.firstIndex { $0.hasPrefix("--") } ?? command.count
            let result = try await scratch.liaison(Array(command[..<split]) + ["--store", db.address(as: member)] + Array(command[split...]))
            #expect(result.status == 0, "\(command) as \(member.role): \(result.stderr)")
        }
        try await run(["add", "person", "--name", "Edith Brown", "--home", "ash", "--basis", "consent"], as: Staff.ashCarer)
        try await run(["add", "person", "--name", "Bill Cole", "--home", "birch", "--basis", "consent"], as: Staff.birchCarer)
        try await run(["add", "partner", "--name", "Dr Patel", "--role", "gp"], as: Staff.ashCarer)
        try await run(["add", "contact", "--person", "Bill Cole", "--partner", "Dr Patel", "--channel", "visit", "--summary", "Dressed his heel"],
                      as: Staff.birchCarer)

        func dashboard(as member: Staff.Member) throws -> TmuxSession {
            try scratch.tmux(command: "\(LiaisonProcess.binary.path) --store '\(db.address(as: member))'", width: 120, height: 24)
        }
        let ash = try dashboard(as: Staff.ashLead), birch = try dashboard(as: Staff.birchCarer)
        // Ash's office wall, signed in as Ash's manager.
        let wall = try scratch.tmux(
            command: "\(LiaisonProcess.binary.path) wall --store '\(db.address(as: Staff.ashManager))' --home ash", width: 100, height: 30)
        defer { ash.kill(); birch.kill(); wall.kill() }
        #expect(await wall.waitFor("LIAISON · Ash House"), "\(wall.capture())")
        #expect(await wall.waitFor("none yet today"), "\(wall.capture())")
        #expect(await ash.waitFor("Edith Brown"), "\(ash.capture())")
        #expect(await birch.waitFor("Dressed his heel"), "\(birch.capture())")
        #expect(ash.capture().contains("\(db.name) on PostgreSQL"), "\(ash.capture())")
        #expect(!ash.capture().contains("Bill Cole") && !ash.capture().contains("Dressed his heel"), "\(ash.capture())")
        #expect(!birch.capture().contains("Edith Brown"), "\(birch.capture())")

        // A colleague in Ash saves from another terminal: on the Ash lead's screen, never on Birch's.
        try await run(["add", "contact", "--person", "Edith Brown", "--partner", "Dr Patel", "--channel", "phone",
                       "--summary", "Rang about her cough"], as: Staff.ashCarer)
        #expect(await ash.waitFor("Rang about her c"), "\(ash.capture())")
        #expect(await wall.waitFor("1 today · latest"), "\(wall.capture())")
        #expect(wall.capture().contains("E.B. · GP · phone"), "\(wall.capture())")
        try await run(["add", "contact", "--person", "Bill Cole", "--partner", "Dr Patel", "--channel", "phone", "--summary", "Asked after Bill"],
                      as: Staff.birchCarer)
        #expect(await birch.waitFor("Asked after Bill"), "\(birch.capture())")
        #expect(!birch.capture().contains("Rang about her"), "\(birch.capture())")

        // Opening a resident's record is logged by the server: who, and what.
        #expect(try await db.sql("SELECT count(*) FROM view_log") == ["0"])
        try ash.send("Enter")
        #expect(await ash.waitFor("Person — Edith Brown"), "\(ash.capture())")
        let edith = try await db.sql("SELECT id FROM person WHERE body::jsonb ->> 'name' = 'Edith Brown'")
        #expect(try await db.sql("SELECT viewed_by, what FROM view_log") == ["ash_lead|person \(edith.first ?? "")"])
        try ash.send("Escape")
        #expect(await eventually { !ash.capture().contains("Person — Edith Brown") }, "\(ash.capture())")

        // The care worker asks to mark the day reviewed: the dashboard refuses at once, in the
        // database's words (the database's own refusal is PostgresSchemaTests').
        try birch.send("R")
        #expect(await birch.waitFor("Not done: marking a day reviewed is for a shift lead or a manager; Colin Bell is a care worker"),
                "\(birch.capture())")
        #expect(try await db.sql("SELECT count(*) FROM day_review") == ["0"])
        // The shift lead may.
        try ash.send("R")
        #expect(await ash.waitFor("y yes"), "\(ash.capture())")
        try ash.send("y")
        #expect(await ash.waitFor("1 of 1 reviewed"), "\(ash.capture())")
        #expect(try await db.sql("SELECT body::jsonb #>> '{audit,createdBy}', recorded_by FROM day_review") == ["Sam Okoro|ash_lead"])
        // Ash's lead sees only Ash: the mark is Ash's day, not the group's, so Birch's handover
        // does not read as reviewed.
        #expect(try await db.sql("SELECT home_id FROM day_review") == ["ash"])
        // Birch's manager, who sees only Birch, gets Birch's part alone: an Ash part would say
        // "no contacts" of a day that has them.
        let birchHandover = try await scratch.liaison(["report", "--store", db.address(as: Staff.birchManager), "--format", "markdown"])
        #expect(birchHandover.status == 0, "\(birchHandover.stderr)")
        #expect(birchHandover.stdout.contains("The day has not been reviewed.") && birchHandover.stdout.contains("Birch"),
                "\(birchHandover.stdout)")
        #expect(!birchHandover.stdout.contains("Ash"), "\(birchHandover.stdout)")
    }

    /// The wall views keep to the last day by the server's clock, so a test with a wall signed in
    /// as the wall's role fixes every command at the server's "now", read once, as a real wall's
    /// clock and its server's agree: the environment that says so.
    static func serverClock(_ db: LiaisonPostgres.Database) async throws -> [String: String] {
        let now = try await db.sql(#"SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')"#)
        return [TestingNowVariable.name: try #require(now.first)]
    }

    /// The office wall signed in as the wall's own role, which the server lets read the wall
    /// views and nothing else: it shows its home, follows a colleague's save, and never reads a name.
    @Test func aWallSignedInAsTheWallsRoleReadsOnlyTheWallViews() async throws {
        let db = try await LiaisonPostgres.database()
        let scratch = try ScratchFolder()
        let clock = try await Self.serverClock(db)
        func run(_ command: [String], as member: Staff.Member) async throws -> LiaisonProcess.Result {
            let split = command.firstIndex { $0.hasPrefix("--") } ?? command.count
            return try await scratch.liaison(Array(command[..<split]) + ["--store", db.address(as: member)] + Array(command[split...]),
                                             environment: clock)
        }
        for (command, member) in [
            (["add", "person", "--name", "Edith Brown", "--home", "ash", "--location", "Room 4", "--basis", "consent"], Staff.ashCarer),
            (["add", "person", "--name", "Bill Cole", "--home", "birch", "--basis", "consent"], Staff.birchCarer),
            (["add", "partner", "--name", "Dr Patel", "--role", "gp"], Staff.ashCarer),
            (["add", "contact", "--person", "Bill Cole", "--partner", "Dr Patel", "--channel", "visit", "--summary", "Dressed his heel"],
             Staff.birchCarer),
        ] {
            let result = try await run(command, as: member)
            #expect(result.status == 0, "\(command) as \(member.role): \(result.stderr)")
        }

        let wall = try scratch.tmux(
            // No --home: the staff table lists this wall for Ash alone.
            command: "\(LiaisonProcess.binary.path) wall --store '\(db.address(as: Staff.ashWall))'", width: 100, height: 30,
            environment: clock)
        defer { wall.kill() }
        #expect(await wall.waitFor("LIAISON · Ash House"), "\(wall.capture())")
        #expect(await wall.waitFor("none yet today"), "\(wall.capture())")
        let saved = try await run(["add", "contact", "--person", "Edith Brown", "--partner", "Dr Patel", "--channel", "phone",
                                   "--summary", "Rang about her cough"], as: Staff.ashCarer)
        #expect(saved.status == 0, "\(saved.stderr)")
        #expect(await wall.waitFor("1 today · latest"), "\(wall.capture())")
        #expect(wall.capture().contains("E.B. · GP · phone"), "\(wall.capture())")
        let advised = try await run(["add", "contact", "--person", "Edith Brown", "--partner", "Dr Patel", "--channel", "visit",
                                     "--summary", "Visited about her cough", "--advice", "Fluids every hour"], as: Staff.ashCarer)
        #expect(advised.status == 0, "\(advised.stderr)")
        #expect(await wall.waitFor("2 today · latest"), "\(wall.capture())")
        let screen = wall.capture()
        #expect(screen.contains("E.B. · GP · visit") && screen.contains("DECIDE") && screen.contains("1 to decide"), "\(screen)")
        #expect(!screen.contains("Edith") && !screen.contains("cough") && !screen.contains("Fluids") && !screen.contains("B.C."), "\(screen)")

        // Names are not the role's to read: asked for, refused; chosen by the group, initials instead.
        let full = try await run(["wall", "--names", "full"], as: Staff.ashWall)
        #expect(full.status == 1, "\(full.stderr)")
        #expect(full.stderr.contains("this wall is signed in as a wall display's role, which never reads people's names"), "\(full.stderr)")
        try await db.sql(#"INSERT INTO settings (body) VALUES ('{"wall" : {"names" : "full"}}')"#)
        let chosen = try await run(["wall"], as: Staff.ashWall)
        #expect(chosen.stderr.contains("a wall display's role never reads names; this wall shows initials."), "\(chosen.stderr)")
        // Nothing but the wall: no report, no export, no check of the records.
        for command in [["report"], ["export"], ["check"]] {
            let refused = try await run(command, as: Staff.ashWall)
            #expect(refused.status == 2, "\(command): \(refused.stderr)")
            #expect(refused.stderr.contains("Ash office wall is a wall display's role, which may read only what the office wall shows"),
                    "\(command): \(refused.stderr)")
        }
    }

    @Test func aReplicaCarriesTheWallAndReportsAndRefusesSaves() async throws {
        let db = try await LiaisonPostgres.database()
        let scratch = try ScratchFolder()
        let clock = try await Self.serverClock(db)
        func run(_ command: [String], at address: String) async throws -> LiaisonProcess.Result {
            let split = command.firstIndex { $0.hasPrefix("--") } ?? command.count
            return try await scratch.liaison(Array(command[..<split]) + ["--store", address] + Array(command[split...]), environment: clock)
        }
        for command in [
            ["add", "person", "--name", "Edith Brown", "--home", "ash", "--basis", "consent"], ["add", "partner", "--name", "Dr Patel", "--role", "gp"],
        ] {
            let result = try await run(command, at: db.address(as: Staff.ashCarer))
            #expect(result.status == 0, "\(command): \(result.stderr)")
        }
        let replica = try await db.cluster.replica()
        do {
            let onReplica = "postgresql://\(Staff.ashManager.role)@/\(db.name)?host=\(replica.folder)&port=\(PostgresCluster.port)"
            let wall = try scratch.tmux(command: "\(LiaisonProcess.binary.path) wall --store '\(onReplica)' --home ash", width: 100, height: 30,
                                        environment: clock)
            // And the office's own wall role, which reads the views there.
            let wallRole = "postgresql://\(Staff.ashWall.role)@/\(db.name)?host=\(replica.folder)&port=\(PostgresCluster.port)"
            let viewsWall = try scratch.tmux(command: "\(LiaisonProcess.binary.path) wall --store '\(wallRole)' --home ash", width: 100, height: 30,
                                             environment: clock)
            defer { wall.kill(); viewsWall.kill() }
            #expect(await wall.waitFor("none yet today"), "\(wall.capture())")
            #expect(await viewsWall.waitFor("none yet today"), "\(viewsWall.capture())")

            // Saved on the main server, shown by the wall reading the replica.
            let saved = try await run(["add", "contact", "--person", "Edith Brown", "--partner", "Dr Patel", "--channel", "phone",
                                       "--summary", "Rang about her cough"], at: db.address(as: Staff.ashCarer))
            #expect(saved.status == 0, "\(saved.stderr)")
            #expect(await wall.waitFor("1 today · latest"), "\(wall.capture())")
            #expect(await viewsWall.waitFor("1 today · latest"), "\(viewsWall.capture())")
            #expect(await eventually { (try? await run(["report", "--home", "ash"], at: onReplica))?.stdout.contains("Rang about her cough") == true })

            let refused = try await run(["add", "partner", "--name", "Dr Ward", "--role", "gp"], at: onReplica)
            #expect(refused.status == 2)
            #expect(refused.stderr.contains("is a replica, which only reads; nothing was saved. Save on the group's main server."), "\(refused.stderr)")
        } catch {
            await replica.stop()
            throw error
        }
        await replica.stop()
    }

    @Test func theGroupsSettingsAreTheDatabases() async throws {
        let db = try await LiaisonPostgres.database()
        let scratch = try ScratchFolder()
        let address = db.address(as: Staff.ashCarer)
        for command in [
            ["add", "person", "--store", address, "--name", "Edith Brown", "--home", "ash", "--basis", "consent"],
            ["add", "partner", "--store", address, "--name", "Dr Patel", "--role", "gp"],
        ] {
            let result = try await scratch.liaison(command)
            #expect(result.status == 0, "\(command): \(result.stderr)")
        }
        let contact = ["add", "contact", "--store", address, "--person", "Edith Brown", "--partner", "Dr Patel", "--channel", "phone",
                       "--summary", "Rang", "--when", "11/23/2026 16:00"]
        // Day first, as standard: there is no 23rd month.
        #expect(try await scratch.liaison(contact).status != 0)
        try await db.sql(#"INSERT INTO settings (body) VALUES ('{"dateOrder" : "month-first"}')"#)
        let monthFirst = try await scratch.liaison(contact)
        #expect(monthFirst.status == 0, "\(monthFirst.stderr)")
        #expect(try await db.sql("SELECT to_char(happened_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') FROM contact") == ["2026-11-23 16:00"])
        // Settings that cannot be read are said, with where they are.
        try await db.sql(#"UPDATE settings SET body = '{"dateOrder" : "sideways"}'"#)
        let refused = try await scratch.liaison(["report", "--store", address])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("The group's settings in") && refused.stderr.contains("(liaison.settings) cannot be read"), "\(refused.stderr)")
    }
}
