import Foundation

/// Where "now" comes from. Injected so tests decide the time instead of sleeping.
public protocol CareClock: Sendable {
    var now: Date { get }
}

/// The real time.
public struct SystemClock: CareClock {
    public init() {}
    public var now: Date { Date() }
}

/// A clock that reads `start` when made and then runs at the real pace: a whole program can be
/// put at a chosen moment (a test's 23:59, the night the clocks change) and still wait, poll and
/// count minutes as it does in real use. The pace comes from the monotonic clock, so changing
/// the machine's time does not move it.
public struct ShiftedClock: CareClock {
    public let start: Date
    private let started: UInt64

    public init(start: Date) {
        self.start = start
        started = DispatchTime.now().uptimeNanoseconds
    }

    public var now: Date {
        start.addingTimeInterval(Double(DispatchTime.now().uptimeNanoseconds - started) / 1_000_000_000)
    }
}

extension Date {
    /// Stored times keep whole seconds, so what is in memory equals what comes back from disk
    /// and from an export.
    public var wholeSeconds: Date { Date(timeIntervalSince1970: timeIntervalSince1970.rounded(.down)) }
}
