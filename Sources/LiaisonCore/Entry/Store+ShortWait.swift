import Foundation

extension Store {
    /// How long a save from an entry form waits for another terminal's save to finish.
    ///
    /// A save takes milliseconds, so two people saving at once never come near it; a store held
    /// for longer (a stuck process, a backup copying it) would otherwise freeze the form for the
    /// store's full patience while someone is on the phone. After this wait the form says the
    /// store is busy and keeps everything typed, and Ctrl-S tries again.
    public static let formSaveWait: TimeInterval = 2

    /// Runs `body` (one or more saves) with each write waiting at most `seconds` for the store
    /// to be free, then puts back the wait there was before (nested calls included), whatever
    /// `body` did.
    @discardableResult
    public func waitingAtMost<T>(_ seconds: TimeInterval, _ body: () throws -> T) throws -> T {
        let before = try backend.replaceWriteWait(with: max(0, seconds))
        defer { _ = try? backend.replaceWriteWait(with: before) }
        return try body()
    }
}
