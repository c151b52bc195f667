import Foundation
import TerminalUI

/// A clock that moves only when told: `advance(by:)`, or `ScriptedBackend` jumping to a deadline.
public final class ManualTime: TimeSource {
    public private(set) var now: Date

    public init(_ start: Date = Date(timeIntervalSince1970: 1_800_000_000)) {
        now = start
    }

    public func advance(by seconds: TimeInterval) {
        now = now.addingTimeInterval(seconds)
    }

    public func advance(to date: Date) {
        if date > now { now = date }
    }
}
