import Foundation
import TerminalUITestSupport
import Testing
import LiaisonCore
import TerminalUI
@testable import Dashboard

/// The wall over time: paging, following saves, the store going away and coming back, keys.
/// Time only moves when a test moves it (ManualTime through the scripted backend).
@Suite struct WallBehaviourTests {
    /// The wall in a loop over a scripted terminal, drawn once; with a signal, its first step
    /// taken too: the look at once as the signal starts.
    func loop(_ fixture: WallFixture, _ screen: WallScreen, _ width: Int, _ height: Int) -> (EventLoop, ScriptedBackend) {
        let backend = ScriptedBackend(size: Size(width: width, height: height), time: fixture.time)
        let loop = EventLoop(backend: backend, screen: screen, time: fixture.time)
        loop.render()
        if screen.live.isWatching { _ = loop.step() }
        return (loop, backend)
    }

    /// Steps the loop until its clock reaches `moment`: every wake-up up to then, whatever woke it.
    func step(_ loop: EventLoop, _ fixture: WallFixture, until moment: Date) {
        while fixture.time.now < moment { _ = loop.step() }
    }

    /// The confirmations box's rows, as text.
    func confirmations(_ grid: CellGrid) -> [String] {
        let rect = WallLayout(size: grid.size)[.confirmations]
        return (rect.y..<rect.maxY).map { y in
            (rect.x..<rect.maxX).map { grid[$0, y].text }.joined()
        }
    }

    @Test func longListsTurnPagesOnATimerAndComeBackToTheFirst() throws {
        let fixture = try WallFixture()
        let (loop, backend) = loop(fixture, fixture.screen(), 60, 16)
        let first = confirmations(try #require(backend.lastFrame))
        #expect(first.last?.contains(" page 1/46 ") == true)
        #expect(first[2].contains("● DECIDE   9 days"))
        // Nothing to look at in between: the first wake-up is the page turning, eight seconds on.
        #expect(loop.step() == nil)
        #expect(backend.frames.count == 2)
        #expect(fixture.time.now == WallFixture.now.addingTimeInterval(8))
        let second = confirmations(try #require(backend.lastFrame))
        #expect(second.last?.contains(" page 2/46 ") == true)
        #expect(second[2] != first[2])
        while fixture.time.now < WallFixture.now.addingTimeInterval(46 * 8) { _ = loop.step() }
        #expect(confirmations(try #require(backend.lastFrame)) == first)
    }

    @Test func nothingIsRedrawnUntilTheMinuteTurns() throws {
        let fixture = try WallFixture()
        let (loop, backend) = loop(fixture, fixture.screen(), 300, 80)  // nothing pages at this size
        let start = try #require(backend.lastFrame)
        #expect(loop.step() == nil)  // nothing pages and nobody saves: the first wake-up is 16:01
        #expect(fixture.time.now == WallFixture.now.addingTimeInterval(60))
        #expect(backend.frames.count == 2)
        let later = try #require(backend.lastFrame)
        for (index, row) in BigClock(text: "16:01").rows.enumerated() {
            #expect(later.row(index).padding(toLength: 300, withPad: " ", startingAt: 0).hasSuffix(row + " "))
        }
        // Only the clock and ages that moved with it differ; the backend sends just those cells.
        let changed = later.changes(since: start)
        #expect(!changed.isEmpty && changed.count < 40)
    }

    @Test func anotherConnectionsSaveIsShownAtTheNextRefresh() throws {
        let fixture = try WallFixture()
        let screen = fixture.screen()
        let (loop, backend) = loop(fixture, screen, 80, 24)
        #expect(try #require(backend.lastFrame).row(3).contains("4 today · latest 14:44"))
        let writer = try fixture.writer()
        _ = try writer.addContact(ContactDraft(
            personID: writer.people[0].id, partnerID: writer.partners[0].id, channel: .phone,
            happenedAt: WallFixture.now.addingTimeInterval(-60), summary: "Rang about the new dressing"))
        #expect(loop.step() == nil)
        #expect(fixture.time.now == WallFixture.now)  // woken by the signal, not a timer
        #expect(try #require(backend.lastFrame).row(3).contains("5 today · latest 15:59"))
    }

    /// The last connection to close takes the store's exclusive lock for a moment (to fold the
    /// WAL in): a colleague's every command does. That is not "another program has locked the
    /// store"; a lock that lasts (a backup) is, and the wall comes back when it goes.
    @Test func aLockOfAMomentIsWaitedOutAndOneThatLastsIsSaid() throws {
        let fixture = try WallFixture()
        let lock = ScriptedLock()
        let screen = fixture.screen(check: lock.check)
        let (loop, backend) = loop(fixture, screen, 80, 24)
        let writer = try fixture.writer()
        func save(_ summary: String, minutesAgo: Double) throws {
            _ = try writer.addContact(ContactDraft(
                personID: writer.people[0].id, partnerID: writer.partners[0].id, channel: .phone,
                happenedAt: WallFixture.now.addingTimeInterval(-60 * minutesAgo), summary: summary))
        }
        // A save, and its connection's close caught by the wall's look.
        lock.isHeld = true
        try save("Rang about the new dressing", minutesAgo: 2)
        #expect(loop.step() == nil)
        #expect(fixture.time.now == WallFixture.now)
        var text = try #require(backend.lastFrame).dump()
        #expect(text.contains("4 today · latest 14:44") && !text.contains("locked"), "\(text)")
        #expect(screen.watcher.isWaitingOutLock)
        #expect(screen.watcher.retryAt == WallFixture.now.addingTimeInterval(StoreWatcher.lockRecheck))
        lock.isHeld = false
        step(loop, fixture, until: WallFixture.now.addingTimeInterval(StoreWatcher.lockRecheck))
        text = try #require(backend.lastFrame).dump()
        #expect(text.contains("5 today · latest 15:58") && !text.contains("locked"), "\(text)")

        // A lock that lasts: said once it has lasted its patience, not before.
        lock.isHeld = true
        try save("Rang about the fluids chart", minutesAgo: 1)
        // The signal's look comes half a second after the last one that found something.
        for _ in 0..<20 where !screen.watcher.isWaitingOutLock { _ = loop.step() }
        try #require(screen.watcher.isWaitingOutLock)
        let locked = fixture.time.now
        step(loop, fixture, until: locked.addingTimeInterval(StoreWatcher.lockPatience - StoreWatcher.lockRecheck))
        #expect(!(try #require(backend.lastFrame).dump().contains("locked the store")))
        step(loop, fixture, until: locked.addingTimeInterval(StoreWatcher.lockPatience))
        text = try #require(backend.lastFrame).dump()
        #expect(text.contains("Another program has locked the store"), "\(text)")
        #expect(screen.watcher.store == nil, "the store is let go while locked")
        // Let go: the wall is back within one retry, with the save made meanwhile.
        lock.isHeld = false
        step(loop, fixture, until: locked.addingTimeInterval(StoreWatcher.lockPatience + StoreWatcher.retryInterval))
        text = try #require(backend.lastFrame).dump()
        #expect(text.contains("6 today · latest 15:59") && !text.contains("locked"), "\(text)")
    }

    /// A wall started in the moment a colleague's command closes opens the store a moment later.
    @Test func aWallStartedDuringAMomentsLockOpensTheStoreWithoutANotice() throws {
        let fixture = try WallFixture()
        let lock = ScriptedLock()
        lock.isHeld = true
        let screen = fixture.screen(check: lock.check)
        #expect(screen.watcher.state == .starting)
        let (loop, backend) = loop(fixture, screen, 80, 24)
        #expect(try #require(backend.lastFrame).dump().contains("Opening the store"))
        lock.isHeld = false
        step(loop, fixture, until: WallFixture.now.addingTimeInterval(StoreWatcher.lockRecheck))
        let text = try #require(backend.lastFrame).dump()
        #expect(text.contains("4 today · latest 14:44") && !text.contains("locked"), "\(text)")
    }

    @Test func anIdleWallAsksToBeWokenOnlyOnTheMinute() throws {
        let fixture = try WallFixture()
        let screen = fixture.screen()
        let (loop, backend) = loop(fixture, screen, 300, 80)  // nothing pages at this size
        #expect(screen.nextWakeUp(after: WallFixture.now) == WallFixture.now.addingTimeInterval(60))
        for minute in 1...10 {
            #expect(loop.step() == nil)
            #expect(fixture.time.now == WallFixture.now.addingTimeInterval(TimeInterval(minute * 60)))
        }
        #expect(backend.watched.count == 1)  // the store's signal, waited on all along
    }

    @Test func withoutASignalTheWallAsksTheStoreTwiceASecondAsBefore() throws {
        let fixture = try WallFixture()
        let screen = WallScreen(watcher: fixture.watcher(), time: fixture.time, calendar: WallFixture.calendar, startSignal: { _ in nil })
        let (loop, backend) = loop(fixture, screen, 80, 24)
        #expect(screen.wakeDescriptors.isEmpty)
        let writer = try fixture.writer()
        _ = try writer.addContact(ContactDraft(
            personID: writer.people[0].id, partnerID: writer.partners[0].id, channel: .phone,
            happenedAt: WallFixture.now.addingTimeInterval(-60), summary: "Rang about the new dressing"))
        #expect(loop.step() == nil)
        #expect(fixture.time.now == WallFixture.now.addingTimeInterval(LiveUpdates.pollInterval))
        #expect(try #require(backend.lastFrame).row(3).contains("5 today · latest 15:59"))
    }

    @Test func aMissingStoreIsANoticeUntilItAppears() throws {
        let fixture = try WallFixture(demo: false)
        let screen = fixture.screen()
        let (loop, backend) = loop(fixture, screen, 80, 24)
        var text = try #require(backend.lastFrame).dump()
        #expect(text.contains("─ Waiting for the store ─"))
        #expect(text.contains("The store file is not there at the moment"))
        #expect(text.contains("Trying again every 2 seconds"))
        #expect(text.contains("● waiting for the store"))
        #expect(!text.contains("Today's contacts"))
        try WallFixture.makeDemo(at: fixture.path)
        step(loop, fixture, until: WallFixture.now.addingTimeInterval(StoreWatcher.retryInterval))  // the next try
        text = try #require(backend.lastFrame).dump()
        #expect(text.contains("4 today · latest 14:44"))
        #expect(!text.contains("Waiting for the store"))
    }

    @Test func aStoreRenamedAwayAndBackIsANoticeThenTheWallAgain() throws {
        let fixture = try WallFixture()
        let (loop, backend) = loop(fixture, fixture.screen(), 80, 24)
        let moved = fixture.path + ".moved"
        try FileManager.default.moveItem(atPath: fixture.path, toPath: moved)
        _ = loop.step()
        #expect(fixture.time.now == WallFixture.now)  // the signal saw the rename
        #expect(try #require(backend.lastFrame).dump().contains("The store file is not there"))
        try FileManager.default.moveItem(atPath: moved, toPath: fixture.path)
        step(loop, fixture, until: WallFixture.now.addingTimeInterval(StoreWatcher.retryInterval))
        #expect(try #require(backend.lastFrame).dump().contains("4 today · latest 14:44"))
    }

    @Test func aStoreReplacedByAnotherFileIsReadAfresh() throws {
        let fixture = try WallFixture()
        let screen = fixture.screen()
        let (loop, backend) = loop(fixture, screen, 80, 24)
        #expect(try #require(backend.lastFrame).row(3).contains("4 today"))
        // A restore from backup: a different file, closed, renamed over the store's name, and
        // the old write-ahead files cleared away under the running wall.
        let other = fixture.path + ".restored"
        do {
            let store = try Store.create(path: other, staff: "Restorer", clock: fixture.clock, calendar: WallFixture.calendar)
            _ = try store.addPerson(PersonDraft(name: "Ada Lovelace", location: "Room 1"))
        }
        try? FileManager.default.removeItem(atPath: fixture.path + "-wal")
        try? FileManager.default.removeItem(atPath: fixture.path + "-shm")
        #expect(rename(other, fixture.path) == 0)
        // SQLite may see the pulled files as an I/O error first; within one retry it reads the new file.
        step(loop, fixture, until: WallFixture.now.addingTimeInterval(StoreWatcher.retryInterval))
        let text = try #require(backend.lastFrame).dump()
        #expect(text.contains("none yet today"))
        #expect(text.contains("1 person has no basis to share on"))  // no sharing basis recorded yet
        #expect(!text.contains("Waiting for the store"))
    }

    @Test func anEmptyStoreSaysSoCalmly() throws {
        let fixture = try WallFixture(demo: false)
        _ = try Store.create(path: fixture.path, staff: "Fixture", clock: fixture.clock, calendar: WallFixture.calendar)
        let text = WallFixture.render(fixture.screen(), 80, 24).dump()
        #expect(text.contains("✓ all on track"))
        for kind in WallSectionKind.allCases { #expect(text.contains(kind.emptyMessage), "\(kind)") }
    }

    @Test func aDamagedStoreIsSaidPlainlyAndRetried() throws {
        let fixture = try WallFixture(demo: false)
        // Binary that is not a database: a text file is called a text file, not a damaged store.
        try Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 7) }).write(to: URL(fileURLWithPath: fixture.path))
        let (_, backend) = loop(fixture, fixture.screen(), 80, 24)
        let text = try #require(backend.lastFrame).dump()
        #expect(text.contains("Waiting for the store"))
        #expect(text.contains("damaged"))
    }

    @Test func onlyQuitHelpAndBlankDoAnything() throws {
        let fixture = try WallFixture()
        let screen = fixture.screen()
        let before = WallFixture.render(screen, 80, 24)
        let keys: [Key] = [.character("a"), .character("e"), .character("d"), .character("x"), .character(" "), .enter,
                           .escape, .delete, .backspace, .tab, .up, .down, .pageDown, .control("s"), .function(2)]
        for key in keys { #expect(screen.handle(key) == .ignored, "\(key)") }
        #expect(WallFixture.render(screen, 80, 24) == before)

        #expect(screen.handle(.character("?")) == .handled)
        let help = WallFixture.render(screen, 80, 24).dump()
        #expect(help.contains("cannot change them") && help.contains("b  blank the screen"))
        #expect(screen.handle(.character("a")) == .ignored)
        #expect(screen.handle(.character("?")) == .handled)
        #expect(WallFixture.render(screen, 80, 24) == before)

        #expect(screen.handle(.character("b")) == .handled)
        let blank = WallFixture.render(screen, 80, 24)
        #expect(blank.dump().trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
        #expect(screen.handle(.character("b")) == .handled)
        #expect(WallFixture.render(screen, 80, 24) == before)

        #expect(screen.handle(.character("q")) == .quit)
    }

    @Test func ignoredKeysChangeNoCellAndTheBlankKeyActsAtOnce() throws {
        let fixture = try WallFixture()
        let (loop, backend) = loop(fixture, fixture.screen(), 80, 24)
        let first = try #require(backend.lastFrame)
        backend.send(keys: [.character("a"), .character("e"), .character("d")])
        for _ in 0..<3 { #expect(loop.step() == nil) }
        // The loop redraws after any key, but the wall reuses its frame: the terminal gets nothing.
        #expect(backend.frames.allSatisfy { $0.changes(since: first).isEmpty })
        backend.send(keys: [.character("b")])
        #expect(loop.step() == nil)
        #expect(fixture.time.now == WallFixture.now)  // no timer was waited for
        #expect(try #require(backend.lastFrame).dump().trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
        backend.send(keys: [.character("b")])
        #expect(loop.step() == nil)
        #expect(try #require(backend.lastFrame) == first)  // b again: the wall is back as it was
        backend.send(keys: [.character("q")])
        #expect(loop.step() == .quit)
    }

    @Test func theWallsStoreIsReadOnly() throws {
        let fixture = try WallFixture()
        let screen = fixture.screen()
        let store = try #require(screen.watcher.store)
        #expect(store.isReadOnly)
    }
}
