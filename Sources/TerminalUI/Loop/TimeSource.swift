import Foundation

/// Where the event loop gets "now", so tests move time by hand instead of sleeping.
public protocol TimeSource: AnyObject {
    var now: Date { get }
}

/// The wall clock.
public final class SystemTime: TimeSource {
    public init() {}
    public var now: Date { Date() }
}

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
