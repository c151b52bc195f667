import Foundation
import TerminalUI

/// The wall's event loop: TerminalUI's `EventLoop`, except that a frame is drawn only when
/// something on it changed.
///
/// `EventLoop` draws a whole frame after every wake-up and lets the backend find that no cell
/// differs; at 300×80 that is 24,000 cells built and compared twice a second, all day, which is
/// most of an idle wall's CPU. Here a refresh that finds no new save and no turned page or minute
/// costs one `PRAGMA data_version`, a `stat` and nothing else.
public final class WallLoop {
    public let backend: TerminalBackend
    public let screen: WallScreen
    public let time: TimeSource
    public let theme: Theme
    /// How many frames were drawn: what tests of "nothing redraws" count.
    public private(set) var framesDrawn = 0

    public init(backend: TerminalBackend, screen: WallScreen, theme: Theme = .monochrome, time: TimeSource = SystemTime()) {
        self.backend = backend
        self.screen = screen
        self.time = time
        self.theme = theme.degraded(to: backend.colorDepth)
    }

    /// Takes over the terminal, runs the wall until `q`, a signal or hang-up, and restores the
    /// terminal on every path.
    /// - Throws: `TerminalError` when there is no usable terminal; nothing has been drawn then.
    public static func run(_ screen: WallScreen, theme: Theme, time: TimeSource = SystemTime()) throws -> ExitReason {
        let terminal = try NcursesTerminal()
        defer { terminal.restore() }
        return WallLoop(backend: terminal, screen: screen, theme: theme, time: time).run()
    }

    public func run() -> ExitReason {
        render()
        while true {
            if let reason = step() { return reason }
        }
    }

    /// Waits once, handles what arrived, and draws only if that changed the screen.
    public func step() -> ExitReason? {
        let wake = screen.nextWakeUp(after: time.now)
        let events = backend.nextEvents(until: wake)
        var redraw = false
        if let wake, time.now >= wake { redraw = screen.wakeAndReportChange(at: time.now) }
        for event in events {
            switch event {
            case .signal(let number): return .signal(number)
            case .inputClosed: return .inputClosed
            case .resized: redraw = true
            case .key(.control("l")):
                backend.invalidate()
                redraw = true
            case .key(let key):
                let response = screen.handle(key)
                if response == .quit { return .quit }
                if response == .handled { redraw = true }
            }
        }
        if redraw { render() }
        return nil
    }

    /// Draws the wall (or the too-small message) and shows it.
    public func render() {
        var grid = CellGrid(size: backend.size)
        grid.clear(style: theme[.text])
        if backend.size.fits(screen.minimumSize) {
            screen.draw(into: &grid, theme: theme)
        } else {
            TooSmallView(needed: screen.minimumSize).draw(into: &grid, theme: theme)
        }
        framesDrawn += 1
        backend.present(grid)
    }
}
