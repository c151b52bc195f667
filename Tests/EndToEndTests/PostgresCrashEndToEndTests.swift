import Foundation
import LiaisonCore
import LiaisonTestSupport
import Testing

/// The server stopped dead while a save waits on it, then started again: the form says so and
/// keeps every word, nothing half-saved is in the database, the dashboard finds the server again
/// by itself, and the same save then goes through once. A suite of its own: its server is killed.
@Suite(.endToEnd, .needsPostgres, .liaisonPostgres, .tags(.endToEnd)) struct PostgresCrashEndToEndTests {
    typealias Staff = LiaisonPostgres.Staff

    @Test func killingTheServerMidSaveLosesNothingAndTheDashboardRecovers() async throws {
        let db = try await LiaisonPostgres.database()
        // The test cluster commits without waiting for its log (fast, and fine until it is killed):
        // this database waits, as a real server does, or the records made below could be lost
        // with the crash, which is the server's choice and not what this test is about.
        try await db.sql("ALTER DATABASE \(db.name) SET synchronous_commit = on")
        let scratch = try ScratchFolder()
        for (command, member) in [
            (["add", "person", "--name", "Edith Brown", "--home", "ash", "--basis", "consent"], Staff.ashCarer),
            (["add", "partner", "--name", "Dr Patel", "--role", "gp"], Staff.ashCarer),
        ] {
            let result = try await scratch.liaison(Array(command[..<2]) + ["--store", db.address(as: member)] + Array(command[2...]))
            #expect(result.status == 0, "\(command): \(result.stderr)")
        }
        let session = try scratch.tmux(command: "\(LiaisonProcess.binary.path) --store '\(db.address(as: Staff.ashLead))'", width: 120, height: 30)
        // The office wall, idle on its own connection: the server's parting warning reaches it as
        // a notice, which must never be printed over the screen.
        let wall = try scratch.tmux(command: "\(LiaisonProcess.binary.path) wall --store '\(db.address(as: Staff.ashWall))'", width: 100, height: 30)
        defer { session.kill(); wall.kill() }
        #expect(await session.waitFor("Edith Brown"), "\(session.capture())")
        #expect(await wall.waitFor("LIAISON · Ash House"), "\(wall.capture())")

        let summary = "District nurse rang as the server went down"
        try await EntryEndToEndTests.startContact(session, summary: summary)
        #expect(await session.waitFor("went down"))

        // A colleague's long transaction holds the contacts table, so the save waits on the server...
        let holder = try TmuxSession(
            command: "\(db.cluster.binaries.psql) -X -h \(db.cluster.folder) -U \(PostgresCluster.superuser) -d \(db.name)", width: 100, height: 10)
        defer { holder.kill() }
        #expect(await holder.waitFor("=#"), "\(holder.capture())")
        // The space keeps tmux from taking the final semicolon for its own command separator.
        try holder.send("BEGIN; LOCK TABLE liaison.contact IN EXCLUSIVE MODE; ", literal: true)
        try holder.send("Enter")
        // psql's answer on a line of its own, not the command echoed as typed.
        #expect(await eventually { holder.capture().split(separator: "\n").contains("LOCK TABLE") }, "\(holder.capture())")
        try session.send("C-s")
        // ...and, while it waits, the server is stopped dead.
        #expect(await eventually {
            (try? await db.sql("SELECT count(*) FROM pg_catalog.pg_locks WHERE NOT granted")) == ["1"]
        }, "the save never reached the server")
        try await db.cluster.crash()

        #expect(await session.waitFor("Not saved"), "\(session.capture())")
        let refused = EntryEndToEndTests.flattened(session.capture())
        #expect(refused.contains("The connection to the PostgreSQL server was lost during the save."), "\(refused)")
        #expect(refused.contains(summary), "the form keeps what was typed: \(refused)")

        #expect(await wall.waitFor("Waiting for the store"), "\(wall.capture())")
        #expect(wall.capture().hasPrefix(" LIAISON · Ash House"), "the screen scrolled: \(wall.capture())")

        try await db.cluster.restart()
        #expect(await eventually { !wall.capture().contains("Waiting for the store") }, "\(wall.capture())")
        #expect(wall.capture().hasPrefix(" LIAISON · Ash House"), "\(wall.capture())")
        #expect(try await db.sql("SELECT count(*) FROM contact") == ["0"], "nothing half-saved")
        try session.send("C-s")
        #expect(await session.waitFor("Saved: \(summary)"), "\(session.capture())")
        #expect(try await db.sql("SELECT count(*), min(recorded_by) FROM contact WHERE body::jsonb ->> 'summary' = \(PostgresCluster.literal(summary))")
                == ["1|ash_lead"])

        // Another terminal's save after the restart reaches this one: it listens again.
        let later = try await scratch.liaison([
            "add", "contact", "--store", db.address(as: Staff.ashCarer), "--person", "Edith Brown", "--partner", "Dr Patel",
            "--channel", "phone", "--summary", "Rang again after the restart",
        ])
        #expect(later.status == 0, "\(later.stderr)")
        #expect(await session.waitFor("Rang again after"), "\(session.capture())")
        #expect(!session.capture().contains("Could not read the store"), "\(session.capture())")
    }
}
