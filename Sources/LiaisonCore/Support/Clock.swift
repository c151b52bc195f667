import Foundation

/// Where "now" comes from. Injected so tests decide the time instead of sleeping.
public protocol Clock: Sendable {
    var now: Date { get }
}

/// The real time.
public struct SystemClock: Clock {
    public init() {}
    public var now: Date { Date() }
}

/// A clock that only moves when told to: overdue tasks and review dates are tested with it.
public final class ManualClock: Clock, @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    public init(_ start: Date) { current = start }

    public var now: Date { lock.withLock { current } }

    public func advance(by seconds: TimeInterval) { lock.withLock { current += seconds } }

    public func set(_ date: Date) { lock.withLock { current = date } }
}

extension Date {
    /// Stored times keep whole seconds, so what is in memory equals what comes back from disk
    /// and from an export.
    public var wholeSeconds: Date { Date(timeIntervalSince1970: timeIntervalSince1970.rounded(.down)) }
}
