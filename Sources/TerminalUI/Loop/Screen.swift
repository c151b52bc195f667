import Foundation

/// What a screen tells the loop after a key.
public enum ScreenResponse: Sendable, Equatable {
    case handled
    case ignored
    case quit
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
    /// When the screen next wants `wake(at:)` called (a refresh timer); nil for never.
    func nextWakeUp(after now: Date) -> Date?
    /// The wake-up time has come; `now` is the loop's clock, not necessarily the wall clock.
    func wake(at now: Date)
}

extension Screen {
    public func nextWakeUp(after now: Date) -> Date? { nil }
    public func wake(at now: Date) {}
}
