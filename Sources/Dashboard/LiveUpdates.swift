import Foundation
import LiaisonCore

/// When a screen over a store (the dashboard, the wall) looks at it again for other processes'
/// saves: at once when the store's files are touched (`StoreChangeSignal`), a few times more
/// while a commit settles, and otherwise never; or every half second, as before, where no
/// signal can be had.
///
/// The first look is at once, as the signal starts. The screen adds its own look once a minute,
/// on its clock's tick (`tick(at:)`), so a change the signal somehow missed is still shown
/// within the minute.
final class LiveUpdates {
    typealias Changes = StoreChangeSignal.Changes

    /// How often the store is looked at without a signal. Also the least time between two
    /// looks while commits keep coming (a bulk import next door): a burst is gathered into one
    /// look per interval, never more than polling cost.
    static let pollInterval: TimeInterval = 0.5
    /// Seconds after the store's files were last touched when it is looked at again. SQLite
    /// publishes a commit (in its shared-memory index, which inotify cannot see) only after the
    /// last write and the sync that follow it, so the look the last event caused may be early.
    static let settleDelays: [TimeInterval] = [0.1, 0.5, 2]

    private let start: () -> StoreChangeSignal?
    private var signal: StoreChangeSignal?
    /// Set as a signal starts: it hears only what happens after, so everything is looked at once.
    private var lookingAtStart = false
    /// When the store was last looked at for the signal, or polled: a burst's next look, and
    /// the next poll, wait `pollInterval` after it.
    private var lastLook: Date?
    /// When the signal last said the store's files were touched.
    private var lastStoreEvent: Date?
    /// What the signal reported that has not been looked at yet.
    private var unlooked: Changes = []

    /// - Parameter start: makes the signal; nil means polling. Called again on the minute's tick
    ///   while there is none, so a watch lost (the folder moved, say) is taken up again.
    init(start: @escaping () -> StoreChangeSignal?) {
        self.start = start
        begin()
    }

    /// Whether a signal is heard, rather than polling.
    var isWatching: Bool { signal != nil }

    /// The signal's descriptor for the loop to wait on; none while a look is already due, so a
    /// burst of events waits in the kernel instead of waking the screen for each one.
    var descriptors: [Int32] {
        guard let signal, unlooked.isEmpty else { return [] }
        return [signal.descriptor]
    }

    /// When the store is next to be looked at; nil when only the signal (and the minute) will say.
    func nextLook(after now: Date) -> Date? {
        guard signal != nil else {
            if lastLook == nil { lastLook = now }
            return lastLook?.addingTimeInterval(Self.pollInterval)
        }
        if lookingAtStart { return now }
        if !unlooked.isEmpty { return lastLook.map { $0.addingTimeInterval(Self.pollInterval) } ?? now }
        guard let event = lastStoreEvent else { return nil }
        return Self.settleDelays.lazy.map { event.addingTimeInterval($0) }.first { $0 > (self.lastLook ?? .distantPast) }
    }

    /// The signal's descriptor is readable: what to look at now. Empty when the events were about
    /// nothing watched, or when the last look was too recent: `nextLook` then says when.
    func signalled(at now: Date) -> Changes {
        guard let signal else { return [] }
        hear(signal.drain(), at: now)
        guard !unlooked.isEmpty, lastLook.map({ now >= $0.addingTimeInterval(Self.pollInterval) }) ?? true else { return [] }
        return take(at: now)
    }

    /// The screen's timer fired: what to look at now, if `nextLook` has come.
    func due(at now: Date) -> Changes {
        guard let next = nextLook(after: now), now >= next else { return [] }
        guard let signal else {
            lastLook = now
            return [.store, .drafts]
        }
        // Events that arrived while the descriptor was not listened to are taken now.
        hear(signal.drain(), at: now)
        if lookingAtStart {
            lookingAtStart = false
            return unlooked.isEmpty ? [.store, .drafts] : take(at: now).union([.store, .drafts])
        }
        if !unlooked.isEmpty { return take(at: now) }
        lastLook = now  // a look while the commit settles
        return .store
    }

    /// The minute's tick: everything is looked at, whatever the signal said, and a signal lost
    /// earlier is tried again. Not counted as a look, so a save just after it shows at once.
    func tick(at now: Date) -> Changes {
        if signal == nil { begin() }
        if let signal { hear(signal.drain(), at: now) }
        unlooked = []
        lookingAtStart = false
        return [.store, .drafts]
    }

    private func begin() {
        signal = start()
        lookingAtStart = signal != nil
    }

    /// Keeps what the signal said; a lost signal is dropped, and polling takes over.
    private func hear(_ changes: Changes, at now: Date) {
        if changes.contains(.store) { lastStoreEvent = now }
        unlooked.formUnion(changes)
        if changes.contains(.lost) {
            signal = nil
            unlooked.formUnion([.store, .drafts])
        }
    }

    private func take(at now: Date) -> Changes {
        defer {
            unlooked = []
            lastLook = now
        }
        return unlooked.subtracting(.lost)
    }
}
