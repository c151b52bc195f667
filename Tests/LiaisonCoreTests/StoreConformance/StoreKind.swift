import Foundation
import LiaisonTestSupport
@testable import LiaisonCore

/// Each backend a Store can be kept on, as the conformance suite runs it: a fresh, empty store
/// of that kind, and a second connection to it where the kind has one. A new backend (PostgreSQL)
/// is a new case here; every conformance test then runs on it too.
enum StoreKind: String, CaseIterable, CustomStringConvertible {
    case sqliteInMemory = "SQLite in memory"
    case sqliteOnDisk = "SQLite on disk"

    var description: String { rawValue }

    /// The kinds another process can open at the same time as this one.
    static var shared: [StoreKind] { allCases.filter(\.hasOtherConnections) }

    var hasOtherConnections: Bool {
        switch self {
        case .sqliteInMemory: false
        case .sqliteOnDisk: true
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
        }
    }
}

/// A store made for one test, with what it takes to open it again.
final class StoreUnderTest {
    let kind: StoreKind
    let store: Store
    let clock: ManualClock
    private let folder: TempFolder?

    init(kind: StoreKind, store: Store, clock: ManualClock, folder: TempFolder?) {
        self.kind = kind
        self.store = store
        self.clock = clock
        self.folder = folder
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
        }
    }
}

/// A confirmation's state, named where Swift Testing's own `Confirmation` is not in sight.
typealias ConfirmationState = Confirmation.State
