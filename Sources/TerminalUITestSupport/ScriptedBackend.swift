import Foundation
import TerminalUI

/// A terminal made of a cell grid and a list of events: the test backend.
///
/// Frames are kept as grids to compare as text. When the script is empty and the loop waits
/// for a deadline, the manual clock jumps to it, so timer tests run instantly; when there is no
/// deadline either, input is reported closed and the loop ends.
public final class ScriptedBackend: TerminalBackend {
    public private(set) var size: Size
    public let colorDepth: ColorDepth
    public let time: ManualTime
    public private(set) var frames: [CellGrid] = []
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

    public func nextEvents(until deadline: Date?) -> [TerminalEvent] {
        if script.isEmpty {
            if let deadline {
                time.advance(to: deadline)
                return []
            }
            return [.inputClosed]
        }
        let event = script.removeFirst()
        if case .resized(let newSize) = event { size = newSize }
        return [event]
    }

    public func present(_ grid: CellGrid) { frames.append(grid) }
    public func invalidate() {}
}
