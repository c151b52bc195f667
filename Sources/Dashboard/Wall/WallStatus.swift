import TerminalUI

/// Red, amber or green on the wall. Each level has a symbol and a word as well as a colour, so
/// the wall still says what it means in monochrome, to someone colour-blind, or across the room.
public enum WallStatus: Int, Comparable, Sendable, CaseIterable {
    case onTrack, dueSoon, overdue

    public var symbol: String {
        switch self {
        case .onTrack: "✓"
        case .dueSoon: "●"
        case .overdue: "▲"
        }
    }

    /// The usual word; an item may say something more precise ("NO BASIS") at the same level.
    /// Overdue is in capitals so it still shouts when every colour is gone.
    public var word: String {
        switch self {
        case .onTrack: "on track"
        case .dueSoon: "due soon"
        case .overdue: "OVERDUE"
        }
    }

    public var role: StyleRole {
        switch self {
        case .onTrack: .ok
        case .dueSoon: .warning
        case .overdue: .alert
        }
    }

    public static func < (a: WallStatus, b: WallStatus) -> Bool { a.rawValue < b.rawValue }
}
