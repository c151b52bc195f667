import Foundation

/// Turns the pages of lists too long for their box, all on one timer, so a wall never cuts an
/// item off: everything is on screen at some point of every cycle.
public struct Pager: Sendable, Equatable {
    /// Seconds each page stays up: long enough to read from a chair across the room.
    public static let defaultInterval: TimeInterval = 8

    public let start: Date
    public let interval: TimeInterval

    public init(start: Date, interval: TimeInterval = Pager.defaultInterval) {
        self.start = start
        self.interval = interval
    }

    /// How many whole intervals have passed at `now`.
    public func tick(at now: Date) -> Int {
        max(0, Int((now.timeIntervalSince(start) / interval).rounded(.down)))
    }

    /// When the page after the one showing at `now` comes up.
    public func nextTurn(after now: Date) -> Date {
        start.addingTimeInterval(TimeInterval(tick(at: now) + 1) * interval)
    }

    /// Which page (from 0) of `pages` shows at `now`.
    public func page(of pages: Int, at now: Date) -> Int {
        pages <= 1 ? 0 : tick(at: now) % pages
    }

    /// Pages needed for `count` items with `perPage` rows each (at least one page).
    public static func pages(count: Int, perPage: Int) -> Int {
        guard perPage > 0 else { return 1 }
        return max(1, (count + perPage - 1) / perPage)
    }
}
