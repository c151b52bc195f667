import Foundation
@testable import LiaisonCore
import LiaisonTestSupport
import Testing

/// `liaison init postgresql://…` sets Liaison up in an existing database of a real server (a
/// throwaway one, on a socket in a private folder), as the server's administrator would run it;
/// never over a database already set up, never as an ordinary role, and never with the password
/// of the address on screen. Every other command says plainly that it cannot open such a store
/// yet, and creates nothing.
@Suite(.endToEnd, .needsPostgres, .tags(.endToEnd)) struct PostgresInitEndToEndTests {
    @Test func initSetsUpTheSchemaOnceAsTheAdministratorAndRefusesEverythingElseChangingNothing() async throws {
        try await PostgresCluster.withServer { cluster in
            let scratch = try ScratchFolder()
            try await cluster.createDatabase("care")
            try await cluster.createDatabase("other")
            let admin = "postgresql://\(PostgresCluster.superuser)@/care?host=\(cluster.folder)"

            let first = try await scratch.liaison(["init", admin])
            #expect(first.status == 0, "\(first.stderr)")
            #expect(first.stdout.contains("Set up Liaison (schema version \(PostgresSchema.version)) in the database care"), "\(first.stdout)")
            #expect(try await cluster.sql("SELECT max(version) FROM liaison.schema_version", database: "care") == ["\(PostgresSchema.version)"])
            let roles = try await cluster.sql("SELECT rolname FROM pg_roles WHERE rolname LIKE 'liaison\\_%' ORDER BY 1")
            #expect(Set(PostgresSchema.Job.allCases.map(\.groupRole)).isSubset(of: Set(roles)), "\(roles)")
            // Connections find Liaison's tables by name.
            #expect(try await cluster.sql("SELECT count(*) FROM contact", database: "care") == ["0"])

            // A second init, password in the address: refused, nothing changed, no password shown.
            let tables = try await cluster.sql("SELECT count(*) FROM pg_tables WHERE schemaname = 'liaison'", database: "care")
            let again = try await scratch.liaison(["init", "postgresql://\(PostgresCluster.superuser):s3cret@/care?host=\(cluster.folder)"])
            #expect(again.status == 2, "\(again.stderr)")
            #expect(again.stderr.contains("The database care already has a liaison schema (version \(PostgresSchema.version)); it has not been changed."),
                    "\(again.stderr)")
            #expect(!(again.stdout + again.stderr).contains("s3cret"))
            #expect(try await cluster.sql("SELECT count(*) FROM pg_tables WHERE schemaname = 'liaison'", database: "care") == tables)

            // An ordinary role may not make the job roles: refused before anything is written.
            try await cluster.createLoginRole("plain_user")
            let plain = try await scratch.liaison(["init", "postgresql://plain_user@/other?host=\(cluster.folder)"])
            #expect(plain.status == 2, "\(plain.stderr)")
            #expect(plain.stderr.contains("plain_user is not a superuser. Nothing was changed."), "\(plain.stderr)")
            #expect(try await cluster.sql("SELECT count(*) FROM pg_namespace WHERE nspname = 'liaison'", database: "other") == ["0"])

            // No server there: said, with the address and without its password.
            let nowhere = try await scratch.liaison(["init", "postgresql://someone:s3cret@/care?host=\(scratch.path("no-server"))"])
            #expect(nowhere.status == 2, "\(nowhere.stderr)")
            #expect(nowhere.stderr.contains("Could not connect to the PostgreSQL store at postgresql://someone:…@/care"), "\(nowhere.stderr)")
            #expect(!nowhere.stderr.contains("s3cret"))
            #expect(!nowhere.stderr.contains("␉"), "libpq's hint comes as words, not an escaped tab: \(nowhere.stderr)")
            #expect(try await scratch.liaison(["init", admin, "--group", "nogroup"]).status == 1)
        }
    }

    /// A group that set Liaison up with an earlier version moves to this one: its staff are told
    /// what to ask for, and `init` by the administrator brings the schema up, records untouched.
    @Test func initBringsAnEarlierSchemaUpToThisVersionKeepingEveryRecord() async throws {
        try await PostgresCluster.withServer { cluster in
            let scratch = try ScratchFolder()
            try await cluster.createDatabase("care")
            for (version, sql) in PostgresSchema.scripts(from: 0) where version < PostgresSchema.version {
                let applied = try await cluster.psql(sql, database: "care", singleTransaction: true)
                #expect(applied.succeeded, "version \(version): \(applied.stderr)")
            }
            try await cluster.sql("""
                ALTER DATABASE care SET search_path = liaison, pg_catalog;
                INSERT INTO liaison.home (id, name) VALUES ('ash', 'Ash House');
                """, database: "care")
            try await cluster.createLoginRole("ash_manager", memberOf: [PostgresSchema.Job.manager.groupRole])
            try await cluster.sql("""
                INSERT INTO liaison.staff (role_name, display_name, job, all_homes) VALUES ('ash_manager', 'Mo Grant', 'manager', false);
                INSERT INTO liaison.staff_home (role_name, home_id) VALUES ('ash_manager', 'ash');
                """, database: "care")
            let earlier = PostgresSchema.version - 1
            let store = "postgresql://ash_manager@/care?host=\(cluster.folder)"

            let refused = try await scratch.liaison(["report", "--store", store])
            #expect(refused.status == 2, "\(refused.stderr)")
            #expect(refused.stderr.contains("is at schema version \(earlier); this Liaison needs version \(PostgresSchema.version)"), "\(refused.stderr)")
            #expect(refused.stderr.contains("The server's administrator brings it up to date with `liaison init` on this database, signed in as the superuser"),
                    "not with this member's own address: \(refused.stderr)")

            // Records written at the earlier version stay exactly as they were.
            let edith = Person(id: "p1", name: "Edith Brown", location: "Room 4", basis: SharingBasis(kind: .consent), home: "ash",
                               audit: Audit(by: "Mo Grant", at: Date(timeIntervalSince1970: 1_795_600_800)))
            try await cluster.sql("INSERT INTO person (id, body) VALUES ('p1', \(PostgresCluster.literal(try RecordCoding.body(edith))))",
                                  as: "ash_manager", database: "care")
            // Yesterday's call, typed up this morning: today's handover lists it once the
            // schema can find contacts by when they were entered.
            let gp = Partner(id: "q1", name: "Dr Patel", role: .gp, audit: Audit(by: "Mo Grant", at: BinaryEnvironment.nowDate))
            let call = Contact(id: "c1", personID: "p1", partnerID: "q1", channel: .phone, happenedAt: BinaryEnvironment.nowDate - 86_400,
                               summary: "Rang about the cough", audit: Audit(by: "Mo Grant", at: BinaryEnvironment.nowDate - 3_600))
            try await cluster.sql("""
                INSERT INTO partner (id, body) VALUES ('q1', \(PostgresCluster.literal(try RecordCoding.body(gp))));
                INSERT INTO contact (id, body) VALUES ('c1', \(PostgresCluster.literal(try RecordCoding.body(call))));
                """, as: "ash_manager", database: "care")
            let before = try await cluster.sql("SELECT body FROM liaison.person UNION ALL SELECT body FROM liaison.contact", database: "care")

            let upgraded = try await scratch.liaison(["init", "postgresql://\(PostgresCluster.superuser)@/care?host=\(cluster.folder)"])
            #expect(upgraded.status == 0, "\(upgraded.stderr)")
            #expect(upgraded.stdout.contains("from version \(earlier) to \(PostgresSchema.version); no record was changed."), "\(upgraded.stdout)")
            #expect(try await cluster.sql("SELECT max(version) FROM liaison.schema_version", database: "care") == ["\(PostgresSchema.version)"])
            #expect(try await cluster.sql("SELECT body FROM liaison.person UNION ALL SELECT body FROM liaison.contact", database: "care") == before)

            let opened = try await scratch.liaison(["export", "--store", store])
            #expect(opened.status == 0, "\(opened.stderr)")
            #expect(opened.stdout.contains("Edith Brown"), "\(opened.stdout)")
            let handover = try await scratch.liaison(["report", "--store", store])
            #expect(handover.status == 0, "\(handover.stderr)")
            #expect(handover.stdout.contains("ENTERED FOR EARLIER DAYS (1, 0 reviewed)"), "\(handover.stdout)")
            #expect(handover.stdout.contains("Rang about the cough"), "\(handover.stdout)")
        }
    }

    @Test func aServerThatCannotBeReachedIsSaidSoByEveryCommandAndNothingIsCreated() async throws {
        let scratch = try ScratchFolder()
        let address = "postgresql://staff:s3cret@/care?host=/nonexistent"
        let before = try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).sorted()
        for command in StoreOpeningEndToEndTests.commands(store: address) where command.count > 2 && command[2] != "dashboard" && command[2] != "wall" {
            let result = try await scratch.liaison(command)
            #expect(result.status == 2, "\(command): \(result.status) \(result.stderr)")
            if command.contains("--salvage") {
                // Salvaging a damaged file is a file's tool; a server mends from its backups.
                #expect(result.stderr.contains("postgresql://staff:…@/care?host=/nonexistent is a PostgreSQL store; this works on a store file only"),
                        "\(command): \(result.stderr)")
            } else {
                #expect(result.stderr.contains("Could not connect to the PostgreSQL store at postgresql://staff:…@/care?host=/nonexistent"),
                        "\(command): \(result.stderr)")
            }
            #expect(!result.stderr.contains("s3cret"), "\(command)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).sorted() == before)
    }
}
