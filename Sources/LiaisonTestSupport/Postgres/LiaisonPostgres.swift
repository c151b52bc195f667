import Foundation
import LiaisonCore
import Testing

/// A suite trait giving the suite's tests one throwaway cluster (`PostgresCluster`), started
/// before the first test and stopped, its folder removed, after the last. In it, a template
/// database holds Liaison's schema (`PostgresSchema`), two homes and a login role for each job
/// (`LiaisonPostgres.Staff`); each test takes its own copy with `LiaisonPostgres.database()`,
/// so tests running at once never see each other's records.
///
///     @Suite(.needsPostgres, .liaisonPostgres) struct SomeTests {
///         @Test func something() async throws {
///             let db = try await LiaisonPostgres.database()
///             let rows = try await db.sql("SELECT id FROM person", as: LiaisonPostgres.Staff.ashCarer)
///         }
///     }
public struct LiaisonPostgres: SuiteTrait, TestScoping {
    /// The suite's cluster, while its tests run.
    @TaskLocal public static var cluster: PostgresCluster?

    public static let template = "liaison_template"

    public func provideScope(for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void) async throws {
        // Without PostgreSQL (and outside CI), a suite that also runs on SQLite runs on that alone.
        guard PostgresRequirement.runs else { return try await function() }
        let cluster = try await PostgresCluster.start()
        do {
            try await Self.prepareTemplate(in: cluster)
            try await Self.$cluster.withValue(cluster) { try await function() }
        } catch {
            await cluster.stop()
            throw error
        }
        await cluster.stop()
    }

    /// The staff of the test group: login roles, with the name their records carry, their job and homes.
    public enum Staff {
        public struct Member: Sendable {
            public let role: String
            public let name: String
            public let job: PostgresSchema.Job
            public let homes: [String]
            public let allHomes: Bool

            public init(role: String, name: String, job: PostgresSchema.Job, homes: [String], allHomes: Bool) {
                self.role = role
                self.name = name
                self.job = job
                self.homes = homes
                self.allHomes = allHomes
            }
        }

        public static let homes = [("ash", "Ash House"), ("birch", "Birch House")]

        public static let ashCarer = Member(role: "ash_carer", name: "Carla Reid", job: .careWorker, homes: ["ash"], allHomes: false)
        public static let birchCarer = Member(role: "birch_carer", name: "Colin Bell", job: .careWorker, homes: ["birch"], allHomes: false)
        public static let ashLead = Member(role: "ash_lead", name: "Sam Okoro", job: .shiftLead, homes: ["ash"], allHomes: false)
        public static let ashManager = Member(role: "ash_manager", name: "Mo Grant", job: .manager, homes: ["ash"], allHomes: false)
        public static let birchManager = Member(role: "birch_manager", name: "Nia Evans", job: .manager, homes: ["birch"], allHomes: false)
        public static let auditor = Member(role: "group_auditor", name: "Ada Quinn", job: .auditor, homes: [], allHomes: true)
        public static let ashWall = Member(role: "ash_wall", name: "Ash office wall", job: .wall, homes: ["ash"], allHomes: false)

        /// Managers over every home, as the store conformance suite records (`StoreKind`): the
        /// one name a SQLite store is given there, and a colleague's.
        public static let groupManager = Member(role: "group_manager", name: "Amara Shift-Lead", job: .manager, homes: [], allHomes: true)
        public static let groupColleague = Member(role: "group_colleague", name: "Colleague", job: .manager, homes: [], allHomes: true)

        public static let all = [ashCarer, birchCarer, ashLead, ashManager, birchManager, auditor, ashWall, groupManager, groupColleague]
    }

    /// The template: the schema applied in one transaction as the superuser, then the homes, the
    /// login roles and their staff rows.
    static func prepareTemplate(in cluster: PostgresCluster) async throws {
        try await cluster.createDatabase(template)
        for (version, sql) in PostgresSchema.scripts(from: 0) {
            let applied = try await cluster.psql(sql, database: template, singleTransaction: true)
            guard applied.succeeded else { throw PostgresCluster.Failure("schema version \(version) failed: \(applied.stderr)") }
        }
        for member in Staff.all { try await cluster.createLoginRole(member.role, memberOf: [member.job.groupRole]) }
        let lit = PostgresCluster.literal
        var seed = Staff.homes.map { "INSERT INTO home (id, name) VALUES (\(lit($0.0)), \(lit($0.1)));" }
        for member in Staff.all {
            seed.append("INSERT INTO staff (role_name, display_name, job, all_homes) VALUES "
                + "(\(lit(member.role)), \(lit(member.name)), \(lit(member.job.rawValue)), \(member.allHomes));")
            seed += member.homes.map { "INSERT INTO staff_home (role_name, home_id) VALUES (\(lit(member.role)), \(lit($0)));" }
        }
        try await cluster.sql(seed.joined(separator: "\n"), database: template)
    }

    /// A database of the test's own, copied from the template (schema, homes, staff; no records).
    public static func database() async throws -> Database {
        guard let cluster else {
            throw PostgresCluster.Failure("no cluster: give the suite the .liaisonPostgres trait")
        }
        let name = "liaison_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16)
        try await cluster.sql("CREATE DATABASE \(name) TEMPLATE \(template)")
        // A database's settings are not copied with it; the store sets its own search path.
        try await cluster.sql("ALTER DATABASE \(name) SET search_path = \(PostgresSchema.schemaName), pg_catalog")
        return Database(cluster: cluster, name: String(name))
    }

    /// One test's database.
    public struct Database: Sendable {
        public let cluster: PostgresCluster
        public let name: String

        public init(cluster: PostgresCluster, name: String) {
            self.cluster = cluster
            self.name = name
        }

        /// The address a member of staff opens it at (`--store`), over the cluster's socket.
        public func address(as member: Staff.Member) -> String {
            "postgresql://\(member.role)@/\(name)?host=\(cluster.folder)&port=\(PostgresCluster.port)"
        }

        /// `psql` as the member's login role (see `PostgresCluster.psql`).
        public func psql(_ sql: String, as member: Staff.Member) async throws -> PSQLResult {
            try await cluster.psql(sql, as: member.role, database: name)
        }

        /// `psql` as the superuser.
        public func psqlAsSuperuser(_ sql: String) async throws -> PSQLResult {
            try await cluster.psql(sql, database: name)
        }

        /// SQL that must succeed, as the member (or the superuser): its rows.
        @discardableResult
        public func sql(_ sql: String, as member: Staff.Member? = nil) async throws -> [String] {
            try await cluster.sql(sql, as: member?.role ?? PostgresCluster.superuser, database: name)
        }
    }
}

extension Trait where Self == LiaisonPostgres {
    /// One throwaway cluster for the suite, with Liaison's schema and staff in a template database.
    public static var liaisonPostgres: Self { LiaisonPostgres() }
}
