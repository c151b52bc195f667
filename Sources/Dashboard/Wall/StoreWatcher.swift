import Foundation
import LiaisonCore

/// Keeps what the wall shows open (`WallSource`: a read-only store, or a server's wall views),
/// notices other processes' saves, and when the store is missing, locked or unreadable, says why
/// and tries again every few seconds until it is back.
///
/// Never throws and never exits: a wall left running all day must outlive a backup that locks the
/// file, a colleague moving it, or a disk hiccup, and come back by itself.
public final class StoreWatcher {
    public enum State: Equatable, Sendable {
        /// Not tried yet.
        case starting
        case ready
        /// The store cannot be read now; the words say why, for the notice on screen.
        case unavailable(String)
    }

    /// How often a store that cannot be read is tried again.
    public static let retryInterval: TimeInterval = 2
    /// How long another process's exclusive lock must last to be said on the wall: a colleague's
    /// last command holds it for a few milliseconds as it closes (`StoreFileCheck.heldExclusively`),
    /// a backup or a repair for longer. Until then the wall keeps what it shows and does not read,
    /// so the screen never freezes for the store's busy timeout behind a long lock.
    public static let lockPatience: TimeInterval = 1
    /// How soon a lock is looked at again while it may still be a colleague's close.
    public static let lockRecheck: TimeInterval = 0.1

    public let path: String
    public private(set) var state: State = .starting
    public private(set) var source: (any WallSource)?
    private let check: StoreFileCheck
    private let open: (String) throws -> any WallSource
    private var identity: StoreFileCheck.Identity?
    /// Open for as long as `store` is, for lock checks that never close a descriptor under SQLite.
    private var heldFD: Int32?
    private var nextAttempt: Date = .distantPast
    /// When the lock now seen was first seen; nil while the store is not locked.
    private var lockSeenAt: Date?

    /// - Parameter open: opens the store at a path, read-only; injected so tests choose the clock.
    /// - Parameter opened: a server's source the command already opened (to learn its homes and
    ///   settings), kept rather than opened again.
    public init(path: String, check: StoreFileCheck = StoreFileCheck(), opened: (any WallSource)? = nil,
                open: @escaping (String) throws -> any WallSource) {
        self.path = path
        self.check = check
        self.open = open
        if let opened, PostgresAddress.isAddress(path) {
            source = opened
            state = .ready
        }
    }

    /// The store, when the wall reads one (rather than a server's wall views).
    public var store: Store? { source as? Store }

    /// Whether the store is a PostgreSQL database rather than a file.
    private var isServer: Bool { PostgresAddress.isAddress(path) }

    /// When a store that cannot be read, or is locked for now, is next looked at; nil while it
    /// is open and nothing is being waited out.
    public var retryAt: Date? { source == nil || lockSeenAt != nil ? nextAttempt : nil }

    /// Whether the open store is locked by another process, for less than `lockPatience` so far:
    /// reading it now could wait out the store's busy timeout with the screen frozen.
    public var isWaitingOutLock: Bool { source != nil && lockSeenAt != nil }

    /// Whether the watcher wants a look at its own times, whatever the screen's signal says.
    public var isRetrying: Bool { retryAt != nil }

    /// Looks once: opens or reopens the store when due, or picks up other processes' saves.
    /// Returns whether what the wall shows may have changed (new data, or a new state).
    @discardableResult
    public func poll(now: Date) -> Bool {
        guard let source else { return attemptOpen(now: now) }
        // A server's store has no file to inspect: the connection says whether it is there.
        if !isServer {
            switch check.inspect(path, held: heldFD) {
            case .failure(let error) where error.problem == .locked:
                return waitOutLock(now: now)
            case .failure(let error):
                return lose(Self.words(for: error.problem, path: path), now: now)
            case .success(let current) where current != identity:
                // Another file now has this name (restored from a backup, say): read that one.
                closeStore()
                nextAttempt = .distantPast
                return attemptOpen(now: now) || true
            case .success:
                break
            }
        }
        // A lock waited out: the screen held back its rebuilds meanwhile, so it rebuilds now.
        let lockPassed = lockSeenAt != nil
        lockSeenAt = nil
        do {
            return try source.refreshIfChanged() || lockPassed
        } catch {
            return lose(Self.words(for: error), now: now)
        }
    }

    private func attemptOpen(now: Date) -> Bool {
        guard now >= nextAttempt else { return false }
        nextAttempt = now.addingTimeInterval(Self.retryInterval)
        var current: StoreFileCheck.Identity?
        if !isServer {
            switch check.inspect(path) {
            case .failure(let error) where error.problem == .locked:
                return waitOutLock(now: now)
            case .failure(let error):
                return lose(Self.words(for: error.problem, path: path), now: now)
            case .success(let found):
                current = found
                lockSeenAt = nil
            }
        }
        do {
            source = try open(path)
            identity = current
            heldFD = isServer ? nil : check.hold(path)
            state = .ready
            return true
        } catch {
            return lose(Self.words(for: error), now: now)
        }
    }

    /// Another process's exclusive lock, seen now: said (and the store let go) once it has lasted
    /// `lockPatience`; until then nothing changes on the wall, and it is looked at again soon.
    private func waitOutLock(now: Date) -> Bool {
        let since = lockSeenAt ?? now
        lockSeenAt = since
        guard now.timeIntervalSince(since) < Self.lockPatience else {
            return lose(Self.words(for: .locked, path: path), now: now)
        }
        nextAttempt = now.addingTimeInterval(Self.lockRecheck)
        return false
    }

    /// Drops the connection and records why; returns whether the state changed.
    @discardableResult
    private func lose(_ words: String, now: Date) -> Bool {
        closeStore()
        if nextAttempt <= now { nextAttempt = now.addingTimeInterval(Self.retryInterval) }
        let new = State.unavailable(words)
        defer { state = new }
        return state != new
    }

    /// Closes the store first, then the descriptor, so SQLite's locks are never dropped under it.
    private func closeStore() {
        source = nil
        identity = nil
        if let fd = heldFD { check.release(fd) }
        heldFD = nil
    }

    deinit { closeStore() }

    /// What the wall shows at `now`; nil, and the store counted as lost, when it cannot be read.
    func snapshot(now: Date, names: NameDisplay, home: Home?) -> WallSnapshot? {
        guard let source else { return nil }
        do {
            let feed = try source.wallFeed(now: now, home: home, names: names)
            return WallSnapshot.build(from: feed, now: now, calendar: source.calendar, names: names, home: home,
                                      marksHomes: home == nil && !source.homes.isEmpty)
        } catch {
            lose(Self.words(for: error), now: now)
            return nil
        }
    }

    static func words(for problem: StoreFileCheck.Problem, path: String) -> String {
        switch problem {
        case .missing: "The store file is not there at the moment (moved, renamed or not yet created): \(path)"
        case .unreadable: "The store file cannot be read with this account's permissions: \(path)"
        case .locked: "Another program has locked the store (a backup or a repair, perhaps): \(path)"
        }
    }

    static func words(for error: any Error) -> String {
        if let error = error as? StoreError { return error.message }
        return "The store could not be read: \(ErrorWords.describe(error))"
    }
}
