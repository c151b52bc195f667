import Foundation

/// What a screen tells the loop after a key.
public enum ScreenResponse: Sendable, Equatable {
    case handled
    case ignored
    case quit
}

/// What a wake-up did to the screen, so the loop draws only when there is something new to show.
public enum WakeResult: Sendable, Equatable {
    /// Something `draw` shows may differ: the loop draws a frame.
    case changed
    /// Nothing `draw` shows differs: no frame is drawn and the terminal gets no bytes.
    case unchanged
}

/// A full-screen view the event loop drives: it draws itself into the grid and reacts to keys.
///
/// The loop calls these on its one thread; a screen keeps its own state and never touches the
/// terminal.
public protocol Screen: AnyObject {
    /// Below this size the loop shows "terminal too small" instead of calling `draw`.
    var minimumSize: Size { get }
    /// Draws the whole screen into `grid` (already cleared to the theme's text style).
    func draw(into grid: inout CellGrid, theme: Theme)
    func handle(_ key: Key) -> ScreenResponse
    /// A key that came while the terminal was too small to show this screen. Nothing is
    /// passed on by default: typing that nobody can see must change nothing (a half-filled form
    /// behind "too small" would otherwise take it). A screen may still let a key leave.
    func handleUnseen(_ key: Key) -> ScreenResponse
    /// When the screen next wants waking (a refresh timer); nil for never.
    func nextWakeUp(after now: Date) -> Date?
    /// The wake-up time has come: do the timed work and say whether the frame changed.
    /// `now` is the loop's clock, not necessarily the wall clock. A screen that polls often
    /// answers `.unchanged` when the poll found nothing, which keeps it idle between changes.
    func wakeUp(at now: Date) -> WakeResult
    /// Descriptors (a pipe, a file watch; at most eight) whose becoming readable wakes the screen
    /// at once, waited on with the terminal: what lets a screen follow something outside the
    /// process without a timer. Asked before every wait, so the list may change.
    var wakeDescriptors: [Int32] { get }
    /// Some of `wakeDescriptors` can be read: read them, until they would block (one left
    /// readable wakes the loop again at once), and say whether the frame changed.
    func descriptorsReady(_ descriptors: [Int32], at now: Date) -> WakeResult
}

extension Screen {
    public func nextWakeUp(after now: Date) -> Date? { nil }
    public func handleUnseen(_ key: Key) -> ScreenResponse { .ignored }
    /// A screen with no timer is never woken; one that forgets to say answers "nothing changed".
    public func wakeUp(at now: Date) -> WakeResult { .unchanged }
    public var wakeDescriptors: [Int32] { [] }
    public func descriptorsReady(_ descriptors: [Int32], at now: Date) -> WakeResult { .unchanged }
}
