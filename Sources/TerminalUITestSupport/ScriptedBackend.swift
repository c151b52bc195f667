import Foundation
import TerminalUI
#if canImport(Glibc)
import Glibc
#endif

/// A terminal made of a cell grid and a list of events: the test backend.
///
/// Frames are kept as grids to compare as text. When the script is empty and the loop waits
/// for a deadline, the manual clock jumps to it, so timer tests run instantly; when there is no
/// deadline either, input is reported closed and the loop ends. The descriptors a screen names
/// are real (a pipe, a file watch) and are looked at without waiting before anything else: a
/// test makes one readable, and the next step reports it with no time passing.
public final class ScriptedBackend: TerminalBackend {
    public private(set) var size: Size
    public let colorDepth: ColorDepth
    public let time: ManualTime
    public private(set) var frames: [CellGrid] = []
    /// How many of the latest frames `frames` keeps: every one for tests that look back, fewer
    /// for a benchmark that draws thousands and measures the program's memory, not the script's.
    public var framesKept = Int.max
    /// The descriptors the loop last asked to be woken by.
    public private(set) var watched: [Int32] = []
    private var script: [TerminalEvent]

    public init(size: Size, events: [TerminalEvent] = [], colorDepth: ColorDepth = .none,
                time: ManualTime = ManualTime()) {
        self.size = size
        self.script = events
        self.colorDepth = colorDepth
        self.time = time
    }

    /// Queues keys (or other events) for the loop to read.
    public func send(_ events: TerminalEvent...) { script += events }
    public func send(keys: [Key]) { script += keys.map(TerminalEvent.key) }

    public var lastFrame: CellGrid? { frames.last }

    public func nextEvents(until deadline: Date?, watching descriptors: [Int32]) -> [TerminalEvent] {
        watched = descriptors
        let ready = Self.readable(descriptors).map(TerminalEvent.readable)
        if script.isEmpty {
            if !ready.isEmpty { return ready }
            if let deadline {
                time.advance(to: deadline)
                return []
            }
            return [.inputClosed]
        }
        let event = script.removeFirst()
        if case .resized(let newSize) = event { size = newSize }
        return ready + [event]
    }

    /// Those of `descriptors` that can be read now, asked of the kernel without waiting.
    private static func readable(_ descriptors: [Int32]) -> [Int32] {
        var fds = descriptors.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        guard !fds.isEmpty, poll(&fds, nfds_t(fds.count), 0) > 0 else { return [] }
        return fds.filter { $0.revents != 0 }.map(\.fd)
    }

    public func present(_ grid: CellGrid) {
        frames.append(grid)
        if frames.count > framesKept { frames.removeFirst(frames.count - framesKept) }
    }
    public func invalidate() {}
}
