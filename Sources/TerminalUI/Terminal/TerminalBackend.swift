import Foundation

/// Something that happened at the terminal.
public enum TerminalEvent: Hashable, Sendable {
    case key(Key)
    /// The terminal now has this size.
    case resized(Size)
    /// SIGINT, SIGQUIT, SIGTERM or SIGHUP arrived: the loop ends and the terminal is restored.
    case signal(Int32)
    /// Input ended (the terminal hung up, or a test script ran out).
    case inputClosed
    /// One of the descriptors the screen asked to be woken by (`Screen.wakeDescriptors`) can
    /// be read.
    case readable(Int32)
}

/// Where frames go and keys come from: the real terminal, or a script in tests.
///
/// The event loop is its only caller, from one thread, which is how ncurses must be used.
public protocol TerminalBackend: AnyObject {
    var size: Size { get }
    /// How many colours frames may use; themes are degraded to this before drawing.
    var colorDepth: ColorDepth { get }
    /// Waits for input, a signal, one of `descriptors` becoming readable, or `deadline` (nil: no
    /// limit), and returns what arrived, which may be nothing when the deadline passed. Must
    /// block, never spin.
    func nextEvents(until deadline: Date?, watching descriptors: [Int32]) -> [TerminalEvent]
    /// Shows `grid`; a backend sends only the cells that changed since the last frame.
    func present(_ grid: CellGrid)
    /// Forgets what is on screen so the next frame is drawn in full (Ctrl-L).
    func invalidate()
}
