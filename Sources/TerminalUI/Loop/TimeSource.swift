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
