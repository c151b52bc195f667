import Foundation
import LiaisonTestSupport
@testable import LiaisonCore

/// Each backend a Store can be kept on, as the conformance suite runs it: a fresh, empty store
/// of that kind, and a second connection to it where the kind has one. A new backend (PostgreSQL)
/// is a new case here; every conformance test then runs on it too.
enum StoreKind: String, CaseIterable, CustomStringConvertible {
    case sqliteInMemory = "SQLite in memory"
    case sqliteOnDisk = "SQLite on disk"
    /// A database of the test's own on the suite's throwaway server (`.liaisonPostgres`),
    /// recorded by a manager over every home, so the server's rules by job and home refuse
    /// nothing the SQLite stores accept; the suites that hold those rules are elsewhere.
    case postgres = "PostgreSQL"

    /// PostgreSQL where it is installed, and always in CI (`PostgresRequirement`).
    static var allCases: [StoreKind] {
        PostgresRequirement.runs ? [.sqliteInMemory, .sqliteOnDisk, .postgres] : [.sqliteInMemory, .sqliteOnDisk]
    }

    var description: String { rawValue }

    /// The kinds another process can open at the same time as this one.
    static var shared: [StoreKind] { allCases.filter(\.hasOtherConnections) }

    var hasOtherConnections: Bool {
        switch self {
        case .sqliteInMemory: false
        case .sqliteOnDisk, .postgres: true
        }
    }

    /// A fresh, empty store of this kind at `Fixture.start`, in UTC, recorded as the shift lead.
    func make(staff: String = "Amara Shift-Lead") throws -> StoreUnderTest {
        let clock = ManualClock(Fixture.start)
        switch self {
        case .sqliteInMemory:
            let store = try Store.inMemory(staff: staff, clock: clock, calendar: Fixture.utc)
            return StoreUnderTest(kind: self, store: store, clock: clock, folder: nil)
        case .sqliteOnDisk:
            let folder = try TempFolder()
            let store = try Store.create(path: folder.path("care.sqlite"), staff: staff, clock: clock, calendar: Fixture.utc)
            return StoreUnderTest(kind: self, store: store, clock: clock, folder: folder)
        case .postgres:
            let database = try Self.postgresDatabase()
            let store = try Store.open(path: database.address(as: try Self.member(staff)), staff: staff, clock: clock, calendar: Fixture.utc)
            return StoreUnderTest(kind: self, store: store, clock: clock, folder: nil, database: database)
        }
    }

    /// The member of the test group whose records carry `staff`'s name.
    static func member(_ staff: String) throws -> LiaisonPostgres.Staff.Member {
        // A reader that changes nothing, as the SQLite tests' "Wall" (read-only) is: the auditor.
        if staff == "Wall" { return LiaisonPostgres.Staff.auditor }
        guard let member = LiaisonPostgres.Staff.all.first(where: { $0.name == staff }) else {
            throw StoreError("no member of the PostgreSQL test staff is called \(staff)")
        }
        return member
    }

    /// A fresh copy of the suite's template database, made synchronously over libpq as the
    /// server's superuser, so the conformance tests stay as they are on every kind.
    static func postgresDatabase() throws -> LiaisonPostgres.Database {
        guard let cluster = LiaisonPostgres.cluster else {
            throw StoreError("no PostgreSQL cluster: give the suite the .liaisonPostgres trait")
        }
        let name = "liaison_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16)
        let admin = PostgresAddress("postgresql://\(PostgresCluster.superuser)@/postgres?host=\(cluster.folder)&port=\(PostgresCluster.port)")!
        try PostgresConnection(admin).execute("CREATE DATABASE \(name) TEMPLATE \(LiaisonPostgres.template)")
        // A group with no homes listed, as a SQLite store with none in its settings: people need
        // no home, and the managers over every home see them all.
        let copy = PostgresAddress("postgresql://\(PostgresCluster.superuser)@/\(name)?host=\(cluster.folder)&port=\(PostgresCluster.port)")!
        try PostgresConnection(copy).execute("DELETE FROM liaison.staff_home; DELETE FROM liaison.home")
        return LiaisonPostgres.Database(cluster: cluster, name: String(name))
    }
}

/// A store made for one test, with what it takes to open it again.
final class StoreUnderTest {
    let kind: StoreKind
    let store: Store
    let clock: ManualClock
    private let folder: TempFolder?
    /// The test's own PostgreSQL database, for `.postgres`.
    let database: LiaisonPostgres.Database?

    init(kind: StoreKind, store: Store, clock: ManualClock, folder: TempFolder?, database: LiaisonPostgres.Database? = nil) {
        self.kind = kind
        self.store = store
        self.clock = clock
        self.folder = folder
        self.database = database
    }

    deinit { folder?.remove() }

    /// Another Store on the same records, as another terminal opens them: a new connection where
    /// the kind has one, else a second Store over this one's backend (what a reopened store reads).
    func another(staff: String = "Colleague", mode: Store.Mode = .readWrite, scope: WorkingSet.Scope = .everything) throws -> Store {
        switch kind {
        case .sqliteInMemory:
            return try Store(
                backend: store.backend, staff: staff, clock: clock, calendar: Fixture.utc, timescales: .standard, scope: scope)
        case .sqliteOnDisk:
            return try Store.open(path: store.path, mode: mode, staff: staff, clock: clock, calendar: Fixture.utc, scope: scope)
        case .postgres:
            guard let database else { throw StoreError("no database") }
            return try Store.open(
                path: database.address(as: try StoreKind.member(staff)), mode: mode, staff: staff, clock: clock, calendar: Fixture.utc, scope: scope)
        }
    }
}

/// A confirmation's state, named where Swift Testing's own `Confirmation` is not in sight.
typealias ConfirmationState = Confirmation.State
