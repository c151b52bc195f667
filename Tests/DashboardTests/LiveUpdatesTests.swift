import Foundation
import LiaisonCore
import LiaisonTestSupport
import Testing
@testable import Dashboard

/// When the dashboard and the wall look at the store: at once for a signal, again while a
/// commit settles, no faster than polling in a burst, and polling when the signal is lost.
/// Events are made by touching a store file in a private folder; time is passed in by hand.
@Suite struct LiveUpdatesTests {
    /// Removed with the suite's instance, when the test is done.
    let scratch: TestFolder
    var folder: URL { scratch.url }
    var path: String { folder.appendingPathComponent("store.sqlite").path }
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    init() throws {
        scratch = try TestFolder("liaison-live")
        try Data().write(to: URL(fileURLWithPath: path))
    }

    /// Writes to the store's file, as a commit would.
    func touch() throws {
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data([1]))
        try handle.close()
    }

    /// Watching the store, its first look (as the signal starts) taken at `start`.
    func live() -> LiveUpdates {
        let path = self.path
        let live = LiveUpdates { StoreChangeSignal(storePath: path) }
        _ = live.due(at: start)
        return live
    }

    @Test func aSignalIsLookedAtAtOnceThenAgainWhileTheCommitSettles() throws {
        let path = self.path
        let live = LiveUpdates { StoreChangeSignal(storePath: path) }
        #expect(live.isWatching && live.descriptors.count == 1)
        #expect(live.nextLook(after: start) == start)  // what came before the watch: looked at at once
        #expect(live.due(at: start) == [.store, .drafts])
        #expect(live.nextLook(after: start) == nil)  // idle: nothing to look at until a signal
        try touch()
        #expect(live.signalled(at: start) == .store)
        var looks: [Date] = []
        while let next = live.nextLook(after: start), looks.count < 10 {
            #expect(live.due(at: next) == .store)
            looks.append(next)
        }
        #expect(looks == LiveUpdates.settleDelays.map { start.addingTimeInterval($0) })
        #expect(live.nextLook(after: start.addingTimeInterval(60)) == nil)
    }

    @Test func eventsInQuickSuccessionAreTakenInOneLook() throws {
        let live = live()
        try touch()
        #expect(live.signalled(at: start) == .store)  // found nothing: one transaction's first write
        try touch()
        let soon = start.addingTimeInterval(0.001)
        #expect(live.signalled(at: soon).isEmpty)
        #expect(live.descriptors.isEmpty)  // the rest of the stream waits in the kernel
        let next = try #require(live.nextLook(after: soon))
        #expect(next == start.addingTimeInterval(LiveUpdates.settleDelays[0]))
        #expect(live.due(at: next) == .store)
        #expect(live.descriptors.count == 1)
    }

    @Test func aBurstIsFollowedNoFasterThanPollingWas() throws {
        let live = live()
        try touch()
        #expect(live.signalled(at: start) == .store)
        live.found(at: start)  // the look reloaded the store
        try touch()
        let soon = start.addingTimeInterval(0.05)
        #expect(live.signalled(at: soon).isEmpty)  // heard, but something was found a moment ago
        #expect(live.descriptors.isEmpty)
        for _ in 0..<100 { try touch() }
        let next = try #require(live.nextLook(after: soon))
        #expect(next == start.addingTimeInterval(LiveUpdates.pollInterval))
        #expect(live.due(at: next) == .store)
        #expect(live.descriptors.count == 1)
        #expect(live.signalled(at: next).isEmpty)  // the hundred writes were taken with that look
    }

    @Test func aLostSignalFallsBackToPollingAndIsTakenUpAgainOnTheMinute() throws {
        let live = live()
        try FileManager.default.removeItem(at: folder)
        #expect(live.signalled(at: start) == [.store, .drafts])
        #expect(!live.isWatching && live.descriptors.isEmpty)
        let poll = try #require(live.nextLook(after: start))
        #expect(poll == start.addingTimeInterval(LiveUpdates.pollInterval))
        #expect(live.due(at: poll) == [.store, .drafts])
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        #expect(live.tick(at: start.addingTimeInterval(60)) == [.store, .drafts])
        #expect(live.isWatching)
    }

    @Test func withoutASignalItPollsTwiceASecond() {
        let live = LiveUpdates { nil }
        #expect(!live.isWatching && live.descriptors.isEmpty)
        let first = live.nextLook(after: start)
        #expect(first == start.addingTimeInterval(LiveUpdates.pollInterval))
        #expect(live.due(at: start).isEmpty)
        #expect(live.due(at: start.addingTimeInterval(LiveUpdates.pollInterval)) == [.store, .drafts])
        #expect(live.nextLook(after: start) == start.addingTimeInterval(2 * LiveUpdates.pollInterval))
    }
}
