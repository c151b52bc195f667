import Foundation
import LiaisonCore
import TerminalUI

/// The store's clock as the event loop's time source, so the screen's timers, its minute
/// ticks and the records it shows all read one "now" — the real one, or a test's fixed one.
final class ClockTime: TimeSource {
    let clock: any CareClock

    init(_ clock: any CareClock) { self.clock = clock }

    var now: Date { clock.now }
}
