import Foundation
import TerminalUITestSupport
import Testing
@testable import TerminalUI

/// A screen that records what reaches it and refreshes on an interval, like the wall display.
private final class ProbeScreen: Screen {
    var keys: [Key] = []
    var wakes: [Date] = []
    var interval: TimeInterval?
    let minimumSize = Size(width: 10, height: 3)

    func draw(into grid: inout CellGrid, theme: Theme) {
        grid.write("keys \(keys.count) wakes \(wakes.count)", x: 0, y: 0)
    }

    func handle(_ key: Key) -> ScreenResponse {
        keys.append(key)
        return key == .character("q") ? .quit : .handled
    }

    func nextWakeUp(after now: Date) -> Date? { interval.map { now.addingTimeInterval($0) } }
    func wakeUp(at now: Date) -> WakeResult {
        wakes.append(now)
        return .changed
    }
}

/// A screen that polls like the wall: each wake-up reports whatever the test queued, and the
/// frame shows a counter that only a reported change moves.
private final class PollingScreen: Screen {
    var results: [WakeResult] = []
    var wakes = 0
    var changes = 0
    var keys = 0
    let minimumSize = Size(width: 10, height: 3)

    func draw(into grid: inout CellGrid, theme: Theme) {
        grid.write("changes \(changes) keys \(keys)", x: 0, y: 0)
    }

    func handle(_ key: Key) -> ScreenResponse {
        keys += 1
        return .ignored
    }

    func nextWakeUp(after now: Date) -> Date? { now.addingTimeInterval(0.5) }

    func wakeUp(at now: Date) -> WakeResult {
        wakes += 1
        let result = results.isEmpty ? .unchanged : results.removeFirst()
        if result == .changed { changes += 1 }
        return result
    }
}

@Suite struct EventLoopTests {
    /// A wake-up that falls due as a key arrives waits for the key's frame, then comes at the
    /// very next step without waiting: work done on waking (reading ahead) never delays a key.
    @Test func aKeyIsAnsweredBeforeAWakeUpDueWithItWhichFollowsAtOnce() {
        let screen = ProbeScreen()
        screen.interval = 0
        let backend = ScriptedBackend(size: Size(width: 20, height: 3))
        let loop = EventLoop(backend: backend, screen: screen, time: backend.time)
        loop.render()
        let start = backend.time.now
        backend.send(keys: [.character("a")])
        #expect(loop.step() == nil)
        #expect(screen.keys == [.character("a")] && screen.wakes.isEmpty, "the key first, alone")
        #expect(backend.frames.last?.row(0) == "keys 1 wakes 0")
        #expect(loop.step() == nil)
        #expect(screen.wakes == [start], "then the wake-up, at once")
        #expect(backend.frames.last?.row(0) == "keys 1 wakes 1")
    }

    @Test func keysReachTheScreenUntilItQuits() {
        let screen = ProbeScreen()
        let backend = ScriptedBackend(size: Size(width: 20, height: 3),
                                      events: [.key(.character("a")), .key(.up), .key(.character("q")), .key(.down)])
        let loop = EventLoop(backend: backend, screen: screen)
        #expect(loop.run() == .quit)
        #expect(screen.keys == [.character("a"), .up, .character("q")])
        #expect(loop.frame.row(0) == "keys 2 wakes 0")  // the frame before q
    }

    @Test func signalsAndClosedInputEndTheLoop() {
        let signalled = ScriptedBackend(size: Size(width: 20, height: 3), events: [.signal(SIGTERM)])
        #expect(EventLoop(backend: signalled, screen: ProbeScreen()).run() == .signal(SIGTERM))
        let closed = ScriptedBackend(size: Size(width: 20, height: 3))
        #expect(EventLoop(backend: closed, screen: ProbeScreen()).run() == .inputClosed)
    }

    @Test func redrawKeyIsTheLoopsOwn() {
        let screen = ProbeScreen()
        let backend = ScriptedBackend(size: Size(width: 20, height: 3), events: [.key(.control("l"))])
        _ = EventLoop(backend: backend, screen: screen).run()
        #expect(screen.keys.isEmpty)
    }

    @Test func timerWakesTheScreenWithoutRealTimePassing() {
        let screen = ProbeScreen()
        screen.interval = 30
        let time = ManualTime()
        let start = time.now
        let backend = ScriptedBackend(size: Size(width: 20, height: 3), time: time)
        let loop = EventLoop(backend: backend, screen: screen, time: time)
        for _ in 0..<3 { #expect(loop.step() == nil) }
        #expect(screen.wakes == [30, 60, 90].map { start.addingTimeInterval($0) })
        #expect(loop.frame.row(0) == "keys 0 wakes 3")
    }

    @Test func keyBeforeTheDeadlineDoesNotWakeTheScreen() {
        let screen = ProbeScreen()
        screen.interval = 30
        let time = ManualTime()
        let backend = ScriptedBackend(size: Size(width: 20, height: 3), events: [.key(.character("x"))], time: time)
        let loop = EventLoop(backend: backend, screen: screen, time: time)
        #expect(loop.step() == nil)
        #expect(screen.wakes.isEmpty)
        #expect(screen.keys == [.character("x")])
    }

    @Test func aWakeUpThatChangesNothingDrawsNoFrame() {
        let screen = PollingScreen()
        let backend = ScriptedBackend(size: Size(width: 30, height: 3))
        let loop = EventLoop(backend: backend, screen: screen, time: backend.time)
        loop.render()
        for _ in 0..<10 { #expect(loop.step() == nil) }
        #expect(screen.wakes == 10)
        #expect(backend.frames.count == 1 && loop.framesDrawn == 1)
    }

    @Test func aWakeUpThatChangesSomethingDrawsAFrame() {
        let screen = PollingScreen()
        screen.results = [.unchanged, .changed, .unchanged]
        let backend = ScriptedBackend(size: Size(width: 30, height: 3))
        let loop = EventLoop(backend: backend, screen: screen, time: backend.time)
        loop.render()
        for _ in 0..<3 { #expect(loop.step() == nil) }
        #expect(backend.frames.count == 2)
        #expect(backend.lastFrame?.row(0) == "changes 1 keys 0")
    }

    @Test func aKeyAlwaysRedrawsEvenWhenTheScreenIgnoresIt() {
        let screen = PollingScreen()
        let backend = ScriptedBackend(size: Size(width: 30, height: 3), events: [.key(.character("x"))])
        let loop = EventLoop(backend: backend, screen: screen, time: backend.time)
        loop.render()
        #expect(loop.step() == nil)
        #expect(screen.wakes == 0)  // the key came before the deadline
        #expect(backend.frames.count == 2)
        #expect(backend.lastFrame?.row(0) == "changes 0 keys 1")
    }

    @Test func aResizeRedrawsThoughNoWakeUpChangedAnything() {
        let screen = PollingScreen()
        let backend = ScriptedBackend(size: Size(width: 30, height: 3), events: [.resized(Size(width: 40, height: 5))])
        let loop = EventLoop(backend: backend, screen: screen, time: backend.time)
        loop.render()
        #expect(loop.step() == nil)
        #expect(backend.frames.count == 2)
        #expect(backend.lastFrame?.size == Size(width: 40, height: 5))
    }

    @Test func tooSmallThenResizedBackToTheScreen() {
        let screen = ProbeScreen()
        let backend = ScriptedBackend(size: Size(width: 20, height: 2))
        let loop = EventLoop(backend: backend, screen: screen)
        loop.render()
        #expect(loop.frame.dump() == " Terminal too small\n     needs 10×3")
        backend.send(.resized(Size(width: 30, height: 4)))
        #expect(loop.step() == nil)
        #expect(loop.frame.size == Size(width: 30, height: 4))
        #expect(loop.frame.row(0) == "keys 0 wakes 0")
    }

    /// Keys that come while only "too small" shows reach nothing, unless the screen lets one
    /// leave: the probe's `q` quits when shown, and does nothing unseen.
    @Test func keysWhileTooSmallReachNothing() {
        let screen = ProbeScreen()
        let backend = ScriptedBackend(size: Size(width: 20, height: 2))
        let loop = EventLoop(backend: backend, screen: screen)
        loop.render()
        backend.send(keys: [.character("x"), .character("q")])
        #expect(loop.step() == nil)
        #expect(loop.step() == nil)
        #expect(screen.keys.isEmpty)
        backend.send(.resized(Size(width: 30, height: 4)), .key(.character("y")))
        #expect(loop.step() == nil)
        #expect(loop.step() == nil)
        #expect(screen.keys == [.character("y")])
        #expect(loop.frame.row(0) == "keys 1 wakes 0")
    }

    @Test func themeIsDegradedToTheTerminal() {
        let colourful = Theme(name: "c", styles: [.text: Style(foreground: .rgb(255, 0, 0))])
        let eight = ScriptedBackend(size: Size(width: 20, height: 3), colorDepth: .eight)
        #expect(EventLoop(backend: eight, screen: ProbeScreen(), theme: colourful).theme[.text].foreground == .red)
        let none = ScriptedBackend(size: Size(width: 20, height: 3), colorDepth: .none)
        #expect(EventLoop(backend: none, screen: ProbeScreen(), theme: colourful).theme == .monochrome)
    }
}

/// A screen woken by a descriptor of its own (a pipe here; a file watch in the program), with a
/// slow timer beside it, recording which of the two woke it.
private final class PipeScreen: Screen {
    let reader: Int32
    let writer: Int32
    var readBytes: [UInt8] = []
    var wakes = 0
    var timer: TimeInterval? = 60
    let minimumSize = Size(width: 10, height: 3)

    init() {
        var ends: [Int32] = [0, 0]
        precondition(pipe(&ends) == 0)
        reader = ends[0]
        writer = ends[1]
        _ = fcntl(reader, F_SETFL, fcntl(reader, F_GETFL) | O_NONBLOCK)
    }

    deinit {
        close(reader)
        close(writer)
    }

    func send(_ byte: UInt8) {
        var byte = byte
        _ = write(writer, &byte, 1)
    }

    func draw(into grid: inout CellGrid, theme: Theme) {
        grid.write("read \(readBytes.count) wakes \(wakes)", x: 0, y: 0)
    }

    func handle(_ key: Key) -> ScreenResponse { .handled }
    func nextWakeUp(after now: Date) -> Date? { timer.map { now.addingTimeInterval($0) } }
    func wakeUp(at now: Date) -> WakeResult {
        wakes += 1
        return .unchanged
    }

    var wakeDescriptors: [Int32] { [reader] }

    func descriptorsReady(_ descriptors: [Int32], at now: Date) -> WakeResult {
        var byte: UInt8 = 0
        let before = readBytes.count
        while descriptors.contains(reader), read(reader, &byte, 1) == 1 { readBytes.append(byte) }
        return readBytes.count > before ? .changed : .unchanged
    }
}

@Suite struct EventLoopDescriptorTests {
    @Test func aReadableDescriptorWakesTheScreenAtOnceWithoutItsTimer() {
        let screen = PipeScreen()
        let backend = ScriptedBackend(size: Size(width: 30, height: 3))
        let loop = EventLoop(backend: backend, screen: screen, time: backend.time)
        loop.render()
        let start = backend.time.now
        screen.send(7)
        screen.send(8)
        #expect(loop.step() == nil)
        #expect(backend.watched == [screen.reader])
        #expect(screen.readBytes == [7, 8])
        #expect(screen.wakes == 0 && backend.time.now == start)  // no timer was waited for
        #expect(backend.frames.count == 2)
        #expect(backend.lastFrame?.row(0) == "read 2 wakes 0")
    }

    @Test func aQuietDescriptorLeavesTheScreenToItsTimer() {
        let screen = PipeScreen()
        let backend = ScriptedBackend(size: Size(width: 30, height: 3))
        let loop = EventLoop(backend: backend, screen: screen, time: backend.time)
        loop.render()
        let start = backend.time.now
        #expect(loop.step() == nil)
        #expect(screen.readBytes.isEmpty && screen.wakes == 1)
        #expect(backend.time.now == start.addingTimeInterval(60))
        #expect(backend.frames.count == 1)  // the timer found nothing to show
    }

    @Test func aDescriptorAndAKeyTogetherAreBothHandled() {
        let screen = PipeScreen()
        screen.timer = nil
        let backend = ScriptedBackend(size: Size(width: 30, height: 3), events: [.key(.character("x"))])
        let loop = EventLoop(backend: backend, screen: screen, time: backend.time)
        screen.send(1)
        #expect(loop.step() == nil)
        #expect(screen.readBytes == [1])
        #expect(backend.lastFrame?.row(0) == "read 1 wakes 0")
        // With nothing readable, no key left and no timer, the script's end closes the input.
        #expect(loop.step() == .inputClosed)
    }
}

/// A screen whose every frame differs: its first draws a long line and shows the cursor, later
/// ones a shorter line and no cursor, so anything a reused frame kept would show.
private final class ShrinkingScreen: Screen {
    var draws = 0
    let minimumSize = Size(width: 10, height: 3)

    func draw(into grid: inout CellGrid, theme: Theme) {
        draws += 1
        grid.write(draws == 1 ? "first frame, long" : "frame \(draws)", x: 0, y: draws == 1 ? 1 : 0)
        if draws == 1 { grid.cursor = Position(x: 3, y: 1) }
    }

    func handle(_ key: Key) -> ScreenResponse { key == .character("q") ? .quit : .handled }
}

@Suite struct EventLoopFrameReuseTests {
    /// Frames reuse the cells of the frame before last; each still starts blank, without a cursor.
    @Test func aReusedFrameKeepsNothingOfWhatWasDrawnBefore() {
        let backend = ScriptedBackend(size: Size(width: 20, height: 3), events: [.key(.character("a")), .key(.character("b")), .key(.character("c"))])
        let screen = ShrinkingScreen()
        let loop = EventLoop(backend: backend, screen: screen, time: backend.time)
        loop.render()
        #expect(loop.frame.cursor == Position(x: 3, y: 1))
        for _ in 0..<3 { _ = loop.step() }
        #expect(screen.draws == 4)
        #expect(loop.frame.dump() == "frame 4\n\n", "\(loop.frame.dump().debugDescription)")
        #expect(loop.frame.cursor == nil)
        backend.send(.resized(Size(width: 12, height: 4)))
        _ = loop.step()
        #expect(loop.frame.size == Size(width: 12, height: 4))
        #expect(loop.frame.dump() == "frame 5\n\n\n")
    }
}
