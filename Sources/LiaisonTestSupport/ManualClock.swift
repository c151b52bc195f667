import Foundation
import LiaisonCore

/// A clock that only moves when told to: overdue tasks and review dates are tested with it.
public final class ManualClock: CareClock, @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    public init(_ start: Date) { current = start }

    public var now: Date { lock.withLock { current } }

    public func advance(by seconds: TimeInterval) { lock.withLock { current += seconds } }

    public func set(_ date: Date) { lock.withLock { current = date } }
}
