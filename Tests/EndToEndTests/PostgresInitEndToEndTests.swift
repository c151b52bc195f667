import Foundation
import LiaisonCore
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
            #expect(again.stderr.contains("The database care already has a liaison schema; it has not been changed."), "\(again.stderr)")
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
