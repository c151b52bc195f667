import Foundation

/// Polls `condition` until it holds or `timeout` passes; returns whether it held.
///
/// End-to-end tests watch another process (a terminal in tmux, a second writer), so there is no
/// clock to advance: they wait for an observable condition with a deadline instead of sleeping
/// a fixed time.
func eventually(
    timeout: TimeInterval = 5,
    every interval: TimeInterval = 0.05,
    _ condition: () throws -> Bool
) rethrows -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    let pause = DispatchSemaphore(value: 0)
    while true {
        if try condition() { return true }
        if Date() >= deadline { return false }
        _ = pause.wait(timeout: .now() + interval)
    }
}
