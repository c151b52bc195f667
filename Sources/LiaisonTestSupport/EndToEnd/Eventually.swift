import Foundation

/// Looks at `condition` until it holds or `timeout` passes; returns whether it held.
///
/// End-to-end tests watch another process (a terminal in tmux, a second writer), so there is no
/// clock to advance: they wait for the observable event they expect. The timeout is only how
/// long to go on looking before calling the test failed, never a claim about speed (that is the
/// benchmarks' business), so it is generous. The wait between looks suspends the task rather
/// than blocking a thread, so other tests run meanwhile.
public func eventually(
    timeout: TimeInterval = 30,
    every interval: TimeInterval = 0.05,
    _ condition: () throws -> Bool
) async rethrows -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while true {
        if try condition() { return true }
        if Date() >= deadline { return false }
        try? await Task.sleep(nanoseconds: UInt64(interval * 1_000_000_000))
    }
}

/// `eventually` for a condition that itself waits: asking a server, say.
public func eventually(
    timeout: TimeInterval = 30,
    every interval: TimeInterval = 0.05,
    _ condition: () async throws -> Bool
) async rethrows -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while true {
        if try await condition() { return true }
        if Date() >= deadline { return false }
        try? await Task.sleep(nanoseconds: UInt64(interval * 1_000_000_000))
    }
}
