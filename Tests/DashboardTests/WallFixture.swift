import Foundation
import LiaisonCore
import LiaisonTestSupport
import TerminalUI
import TerminalUITestSupport
@testable import Dashboard

/// A demo store in a private folder, and walls over it, all at one fixed moment in UTC, so every
/// rendering is the same on every machine and no test waits for real time.
final class WallFixture {
    /// Friday 15 January 2027, 16:00 UTC: late enough in the day for the demo's contacts.
    static let now = Date(timeIntervalSince1970: 1_800_000_000 + 8 * 3600)

    static var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }

    let folder: URL
    let path: String
    let time: ManualTime
    let clock: ManualClock

    /// - Parameter demo: fill the store with the demo's sample data (seed 1); else no store file.
    init(demo: Bool = true) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-wall-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        path = folder.appendingPathComponent("store.sqlite").path
        time = ManualTime(Self.now)
        clock = ManualClock(Self.now)
        if demo { try Self.makeDemo(at: path) }
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    static func makeDemo(at path: String) throws {
        let store = try Store.create(path: path, staff: "Fixture", clock: ManualClock(now), calendar: calendar)
        try store.fillWithDemo(seed: 1)
    }

    /// A writer in the same process but on its own connection, as another terminal would be.
    func writer() throws -> Store {
        try Store.open(path: path, staff: "Colleague", clock: clock, calendar: Self.calendar)
    }

    /// - Parameter check: how the store file is looked at; a test scripts another process's lock here.
    func watcher(check: StoreFileCheck = StoreFileCheck()) -> StoreWatcher {
        let clock = self.clock
        return StoreWatcher(path: path, check: check) { path in
            try Store.open(path: path, mode: .readOnly, staff: "wall display", clock: clock, calendar: WallFixture.calendar)
        }
    }

    func screen(names: NameDisplay = .initials, check: StoreFileCheck = StoreFileCheck()) -> WallScreen {
        WallScreen(watcher: watcher(check: check), names: names, time: time, calendar: Self.calendar)
    }

    /// Moves both clocks together: the loop's and the store's.
    func advance(by seconds: TimeInterval) {
        time.advance(by: seconds)
        clock.advance(by: seconds)
    }

    static func render(_ screen: WallScreen, _ width: Int, _ height: Int, theme: Theme = .monochrome) -> CellGrid {
        var grid = CellGrid(size: Size(width: width, height: height))
        grid.clear(style: theme[.text])
        screen.draw(into: &grid, theme: theme)
        return grid
    }

    /// Every demo person's full name, to prove none reaches the wall.
    static let demoFullNames: [String] = {
        guard let store = try? Store.inMemory(clock: ManualClock(now), calendar: calendar),
              (try? store.fillWithDemo(seed: 1)) != nil else { return [] }
        return store.people.map(\.name)
    }()
}

/// Another process's exclusive lock on the store, as the wall's file check sees it, held and let
/// go when a test says: a real one cannot be taken from inside the process that looks for it.
final class ScriptedLock: @unchecked Sendable {
    private let guardLock = NSLock()
    private var held = false

    var isHeld: Bool {
        get { guardLock.withLock { held } }
        set { guardLock.withLock { held = newValue } }
    }

    var check: StoreFileCheck { StoreFileCheck { [self] _ in isHeld } }
}
