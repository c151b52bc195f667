import Foundation
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
    func wake(at now: Date) { wakes.append(now) }
}

@Suite struct EventLoopTests {
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

    @Test func themeIsDegradedToTheTerminal() {
        let colourful = Theme(name: "c", styles: [.text: Style(foreground: .rgb(255, 0, 0))])
        let eight = ScriptedBackend(size: Size(width: 20, height: 3), colorDepth: .eight)
        #expect(EventLoop(backend: eight, screen: ProbeScreen(), theme: colourful).theme[.text].foreground == .red)
        let none = ScriptedBackend(size: Size(width: 20, height: 3), colorDepth: .none)
        #expect(EventLoop(backend: none, screen: ProbeScreen(), theme: colourful).theme == .monochrome)
    }
}
