import Foundation
import LiaisonCore
import TerminalUI

/// The office wall display: a calm, read-only overview that follows the store within a second.
/// Idle, it wakes once a minute for its clock, and every page interval when a list has pages;
/// another process's save wakes it at once (`LiveUpdates`).
///
/// Only three keys do anything: `q` quits, `?` explains the screen, and `b` blanks it at once
/// (a visitor in the room) until pressed again. Nothing here can write: the store is opened
/// read-only, and no key reaches anything that saves.
public final class WallScreen: Screen {
    public let watcher: StoreWatcher
    public let names: NameDisplay
    /// The one home this wall shows (`liaison wall --home`); nil for the whole service or group.
    public let home: Home?
    public private(set) var snapshot: WallSnapshot?
    public private(set) var isBlank = false
    public private(set) var help: Overlay?
    let pager: Pager
    let clock: WallFormat
    private(set) var now: Date
    let live: LiveUpdates
    /// The minute the snapshot was built in: ages and "overdue" move on with it.
    private var builtMinute: Int
    private var cache: (key: WallFrameKey, grid: CellGrid)?
    private var drawnSize: Size?

    /// - Parameter time: where "now" comes from at the start; afterwards the loop's wake-ups say.
    /// - Parameter startSignal: makes what tells of other processes' saves to the watched store
    ///   (its file's folder, or its server's announcements); nil (no inotify, say) means asking
    ///   the store on a timer instead.
    public init(watcher: StoreWatcher, names: NameDisplay = .initials, home: Home? = nil, time: TimeSource, calendar: Calendar,
                pageInterval: TimeInterval = Pager.defaultInterval,
                startSignal: @escaping (StoreWatcher) -> StoreChangeSignal? = {
                    $0.source.map { StoreChangeSignal(wall: $0) } ?? StoreChangeSignal(storePath: $0.path)
                }) {
        self.watcher = watcher
        self.names = names
        self.home = home
        self.clock = WallFormat(calendar: calendar)
        now = time.now
        builtMinute = Self.minute(of: now)
        pager = Pager(start: now, interval: pageInterval)
        watcher.poll(now: now)
        // Opening the store touches its files: the watch starts after, so it does not hear that.
        live = LiveUpdates { [watcher] in startSignal(watcher) }
        rebuild()
    }

    public var minimumSize: Size { WallLayout.minimumSize }

    public var wakeDescriptors: [Int32] { live.descriptors }

    public func nextWakeUp(after now: Date) -> Date? {
        let nextMinute = Date(timeIntervalSince1970: TimeInterval(builtMinute + 1) * 60)
        let pageTurn = anyListPages ? pager.nextTurn(after: now) : nil
        return [nextMinute, pageTurn, watcher.retryAt, live.nextLook(after: now)].compactMap { $0 }.min()
    }

    /// Moves time on, and on the minute (or a poll, without a signal) asks the store too.
    public func wakeUp(at now: Date) -> WakeResult {
        var changes = live.due(at: now)
        if Self.minute(of: now) != builtMinute { changes.formUnion(live.tick(at: now)) }
        return refresh(asking: changes.contains(.store), at: now)
    }

    public func descriptorsReady(_ descriptors: [Int32], at now: Date) -> WakeResult {
        refresh(asking: live.signalled(at: now).contains(.store), at: now)
    }

    /// Asks the store when told to, or when it is being retried; `.changed` only when the frame
    /// would differ (a save, a new store state, the minute or the page turning). The loop draws
    /// nothing otherwise, so a look that finds nothing costs one data-version check
    /// (`RecordReader.dataVersion`) and a `stat`.
    private func refresh(asking: Bool, at now: Date) -> WakeResult {
        let before = content
        self.now = now
        // A store that cannot be read, or a lock being waited out, is looked at on the watcher's
        // own timer, whatever the signal said.
        let changed = (asking || watcher.isRetrying) && watcher.poll(now: now)
        if changed { live.found(at: now) }
        let minute = Self.minute(of: now)
        if changed || minute != builtMinute {
            builtMinute = minute
            rebuild()
        }
        return content != before ? .changed : .unchanged
    }

    /// What the frame shows apart from its size and theme.
    private var content: WallFrameKey.Content {
        WallFrameKey.Content(
            snapshot: snapshot, state: watcher.state, minute: builtMinute, tick: anyListPages ? pager.tick(at: now) : 0,
            help: help != nil, blank: isBlank)
    }

    /// Too small to be seen, the wall can still be left with `q`; nothing else changes unseen.
    public func handleUnseen(_ key: Key) -> ScreenResponse {
        key == .character("q") && help == nil ? .quit : .ignored
    }

    public func handle(_ key: Key) -> ScreenResponse {
        switch key {
        case .character("b"), .character("B"):
            isBlank.toggle()
            return .handled
        case .character("q") where help == nil:
            return .quit
        case .character("?") where help == nil && !isBlank:
            help = Overlay(title: "Wall display", lines: Self.helpLines)
            return .handled
        default:
            if let overlay = help, overlay.handle(key) != .stillOpen {
                help = nil
                return .handled
            }
            return .ignored  // every other key does nothing at all: this screen only shows
        }
    }

    static let helpLines = [
        "This screen only shows the records; it cannot change them.",
        "It follows every save within a second, and pages long lists.",
        "",
        "b  blank the screen at once; b again to show it",
        "?  this help",
        "q  quit",
    ]

    private func rebuild() {
        // What is shown stays a moment longer rather than the screen freezing behind a lock;
        // the watcher says when it has passed, and the frame is rebuilt then.
        if watcher.isWaitingOutLock, snapshot != nil { return }
        snapshot = watcher.snapshot(now: now, names: names, home: home)
    }

    /// Whether any list is paging at the size last drawn; if none is, a page turn changes nothing.
    private var anyListPages: Bool {
        guard let snapshot, let drawnSize else { return true }
        let layout = WallLayout(size: drawnSize)
        return snapshot.sections.contains { section in
            Pager.pages(count: section.items.count, perPage: WallSectionView.rowsPerPage(in: layout[section.kind])) > 1
        }
    }

    private static func minute(of date: Date) -> Int { Int((date.timeIntervalSince1970 / 60).rounded(.down)) }

    public func draw(into grid: inout CellGrid, theme: Theme) {
        drawnSize = grid.size
        // A blank wall is just the cleared grid: nothing of the records is left on it.
        if isBlank { return }
        let key = WallFrameKey(size: grid.size, theme: theme, content: content)
        if let cache, cache.key == key {
            grid = cache.grid  // nothing changed: the same frame, and the terminal gets no bytes
            return
        }
        WallRenderer(screen: self, theme: theme).draw(into: &grid)
        cache = (key, grid)
    }
}

/// Everything a wall frame depends on: when it equals the last one, the last frame is reused.
struct WallFrameKey: Equatable {
    struct Content: Equatable {
        var snapshot: WallSnapshot?
        var state: StoreWatcher.State
        var minute: Int
        var tick: Int
        var help: Bool
        var blank: Bool
    }

    var size: Size
    var theme: Theme
    var content: Content
}
