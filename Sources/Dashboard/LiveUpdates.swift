import Foundation
import LiaisonCore

/// When a screen over a store (the dashboard, the wall) looks at it again for other processes'
/// saves: at once when the store's files are touched (`StoreChangeSignal`), a few times more
/// while a commit settles, and otherwise never; or every half second, as before, where no
/// signal can be had.
///
/// A look that finds nothing costs one data-version check (`RecordReader.dataVersion`; SQLite's
/// `PRAGMA data_version`); one that finds something costs a reload and a frame, so after it the
/// next waits `pollInterval`: a burst of commits (a bulk import next door) is followed at the old
/// polling's pace, never faster. The first look is at once, as the signal starts. The screen adds
/// its own look once a minute, on its clock's tick (`tick(at:)`), so a change the signal somehow
/// missed is still shown within the minute.
///
/// The screen calls `found(at:)` when a look found something new.
final class LiveUpdates {
    typealias Changes = StoreChangeSignal.Changes

    /// How often the store is looked at without a signal, and the least time between a look that
    /// found something new and the next.
    static let pollInterval: TimeInterval = 0.5
    /// Seconds after the store's files were last touched when it is looked at again. SQLite
    /// publishes a commit (in its shared-memory index, which inotify cannot see) only after the
    /// last write and the sync after it, so the look the last event caused may come too early.
    /// The first is also the least time between two looks for events: a stream of them (one
    /// transaction's writes) is taken in one look.
    static let settleDelays: [TimeInterval] = [0.01, 0.03, 0.1, 0.3, 1, 3]

    private let start: () -> StoreChangeSignal?
    private var signal: StoreChangeSignal?
    /// Set as a signal starts: it hears only what happens after, so everything is looked at once.
    private var lookingAtStart = false
    /// When the store was last looked at for the signal, or polled.
    private var lastLook: Date?
    /// When a look last found something new (`found(at:)`).
    private var lastFound: Date?
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

    /// The signal's descriptor for the loop to wait on; none while a look is already due, so the
    /// rest of a burst waits in the kernel instead of waking the screen for each event.
    var descriptors: [Int32] {
        guard let signal, unlooked.isEmpty else { return [] }
        return signal.descriptors
    }

    /// When the store is next to be looked at; nil when only the signal (and the minute) will say.
    func nextLook(after now: Date) -> Date? {
        guard signal != nil else {
            if lastLook == nil { lastLook = now }
            return lastLook?.addingTimeInterval(Self.pollInterval)
        }
        if lookingAtStart { return now }
        let next: Date?
        if !unlooked.isEmpty {
            next = lastLook.map { $0.addingTimeInterval(Self.settleDelays[0]) } ?? now
        } else if let event = lastStoreEvent {
            let last = lastLook ?? .distantPast
            next = Self.settleDelays.lazy.map { event.addingTimeInterval($0) }.first { $0 > last }
        } else {
            next = nil
        }
        guard let next, let found = lastFound else { return next }
        return max(next, found.addingTimeInterval(Self.pollInterval))
    }

    /// The signal's descriptor is readable: what to look at now. Empty when the events were about
    /// nothing watched, or when a look is held back (`nextLook` then says until when).
    func signalled(at now: Date) -> Changes {
        guard let signal else { return [] }
        hear(signal.drain(), at: now)
        // A lost signal is looked past at once; polling goes on from here.
        if !isWatching { return take(at: now) }
        guard !unlooked.isEmpty, nextLook(after: now).map({ $0 <= now }) ?? true else { return [] }
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
            // Not counted as a look: a save straight after the start is looked at at once.
            lookingAtStart = false
            unlooked = []
            return [.store, .drafts]
        }
        // With nothing new heard, this is a look while the last commit settles.
        return unlooked.isEmpty ? take(at: now).union(.store) : take(at: now)
    }

    /// The look just made found something new: the next one waits `pollInterval`.
    func found(at now: Date) {
        lastFound = now
    }

    /// The minute's tick: everything is looked at, whatever the signal said, and a signal lost
    /// earlier is tried again.
    func tick(at now: Date) -> Changes {
        if signal == nil { begin() }
        if let signal { hear(signal.drain(), at: now) }
        unlooked = []
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
