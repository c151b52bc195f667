import Foundation

/// Why the loop stopped.
public enum ExitReason: Equatable, Sendable {
    /// The screen asked to quit.
    case quit
    /// SIGINT, SIGTERM or SIGHUP; a command line exits with 128 + the number.
    case signal(Int32)
    /// The terminal went away.
    case inputClosed
}

/// The one owner of the terminal: waits for keys, resizes, signals and the screen's timer, hands
/// them to the screen, and draws a new frame into the cell grid after each.
///
/// It blocks in the backend between events (`poll()` for a real terminal), so an idle screen uses
/// no CPU; a screen that wants a periodic refresh says when through `nextWakeUp(after:)`.
public final class EventLoop {
    public let backend: TerminalBackend
    public let screen: Screen
    public let time: TimeSource
    public private(set) var theme: Theme
    /// The last frame drawn: what tests read.
    public private(set) var frame: CellGrid

    public init(backend: TerminalBackend, screen: Screen, theme: Theme = .monochrome,
                time: TimeSource = SystemTime()) {
        self.backend = backend
        self.screen = screen
        self.time = time
        self.theme = theme.degraded(to: backend.colorDepth)
        self.frame = CellGrid(size: backend.size)
    }

    /// Runs until the screen quits, a signal arrives or input ends.
    public func run() -> ExitReason {
        render()
        while true {
            if let reason = step() { return reason }
        }
    }

    /// Waits once, handles what arrived, redraws. Returns a reason when the loop must stop.
    public func step() -> ExitReason? {
        let wake = screen.nextWakeUp(after: time.now)
        let events = backend.nextEvents(until: wake)
        if let wake, time.now >= wake { screen.wake(at: time.now) }
        for event in events {
            switch event {
            case .signal(let number): return .signal(number)
            case .inputClosed: return .inputClosed
            case .resized: break  // the next render uses the backend's new size
            case .key(.control("l")): backend.invalidate()
            case .key(let key):
                if screen.handle(key) == .quit { return .quit }
            }
        }
        render()
        return nil
    }

    /// Draws the screen (or the too-small message) and shows it.
    public func render() {
        var grid = CellGrid(size: backend.size)
        grid.clear(style: theme[.text])
        if backend.size.fits(screen.minimumSize) {
            screen.draw(into: &grid, theme: theme)
        } else {
            TooSmallView(needed: screen.minimumSize).draw(into: &grid, theme: theme)
        }
        frame = grid
        backend.present(grid)
    }

    /// Replaces the theme (after the user picks another), degraded to what the terminal shows.
    public func setTheme(_ newTheme: Theme) {
        theme = newTheme.degraded(to: backend.colorDepth)
    }
}
