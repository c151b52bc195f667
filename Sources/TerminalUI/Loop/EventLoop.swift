import Foundation

/// Why the loop stopped.
public enum ExitReason: Equatable, Sendable {
    /// The screen asked to quit.
    case quit
    /// SIGINT, SIGQUIT, SIGTERM or SIGHUP; a command line exits with 128 + the number.
    case signal(Int32)
    /// The terminal went away.
    case inputClosed
}

/// The one owner of the terminal: waits for keys, resizes, signals, the screen's timer and the
/// screen's own descriptors, hands them to the screen, and draws a new frame into the cell grid
/// when they may have changed it.
///
/// It blocks in the backend between events (`poll()` for a real terminal), so an idle screen uses
/// no CPU; a screen that wants a periodic refresh says when through `nextWakeUp(after:)`, and
/// whether the refresh found anything through `wakeUp(at:)`, so a timer that finds nothing
/// draws nothing. A screen that follows something outside the process names descriptors in
/// `wakeDescriptors` and is woken through `descriptorsReady(_:at:)` the moment one is readable,
/// instead of polling on a timer.
public final class EventLoop {
    public let backend: TerminalBackend
    public let screen: Screen
    public let time: TimeSource
    public let theme: Theme
    /// The last frame drawn: what tests read.
    public private(set) var frame: CellGrid
    /// How many frames were drawn, the first included: what tests of "nothing redraws" count.
    public private(set) var framesDrawn = 0
    /// The frame drawn before `frame`, whose cells the next frame reuses.
    private var spare: CellGrid?

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

    /// Waits once, handles what arrived, and draws if that may have changed the screen: after
    /// any key or resize, and after a wake-up (timer or descriptor) the screen says changed
    /// something. A screen that looks for changes and finds none costs no frame and no
    /// terminal bytes. Returns a reason when the loop must stop.
    public func step() -> ExitReason? {
        let wake = screen.nextWakeUp(after: time.now)
        let events = backend.nextEvents(until: wake, watching: screen.wakeDescriptors)
        var redraw = false
        // Keys first: a wake-up due when keys arrived waits for them to be answered and drawn
        // (it is still due at the next step, which then does not wait), so work a screen does
        // on waking, such as reading ahead, never delays the key someone is holding down.
        let keysArrived = events.contains { if case .key = $0 { true } else { false } }
        if !keysArrived, let wake, time.now >= wake, screen.wakeUp(at: time.now) == .changed { redraw = true }
        var readable: [Int32] = []
        for event in events {
            switch event {
            case .signal(let number): return .signal(number)
            case .inputClosed: return .inputClosed
            case .resized: redraw = true  // the render uses the backend's new size
            case .readable(let descriptor): readable.append(descriptor)
            case .key(.control("l")):
                backend.invalidate()
                redraw = true
            case .key(let key):
                // Even an ignored key redraws: keys are rare, and a screen may change what it
                // shows (a status line cleared, say) without calling the key handled.
                let shown = backend.size.fits(screen.minimumSize)
                if (shown ? screen.handle(key) : screen.handleUnseen(key)) == .quit { return .quit }
                redraw = true
            }
        }
        if !readable.isEmpty, screen.descriptorsReady(readable, at: time.now) == .changed { redraw = true }
        if redraw { render() }
        return nil
    }

    /// Draws the screen (or the too-small message) and shows it.
    public func render() {
        // The frame before last is shown nowhere now (the backend diffs against the last), so
        // its cells are drawn over instead of allocating a new grid for every frame.
        var grid = spare.flatMap { $0.size == backend.size ? $0 : nil } ?? CellGrid(size: backend.size)
        spare = nil
        grid.cursor = nil
        grid.clear(style: theme[.text])
        if backend.size.fits(screen.minimumSize) {
            screen.draw(into: &grid, theme: theme)
        } else {
            TooSmallView(needed: screen.minimumSize).draw(into: &grid, theme: theme)
        }
        spare = frame
        frame = grid
        framesDrawn += 1
        backend.present(grid)
    }
}
