import Foundation
import GRDB

extension Store {
    /// How long a save from an entry form waits for another terminal's save to finish.
    ///
    /// A save takes milliseconds, so two people saving at once never come near it; a store held
    /// for longer (a stuck process, a backup copying it) would otherwise freeze the form for the
    /// store's full patience while someone is on the phone. After this wait the form says the
    /// store is busy and keeps everything typed, and Ctrl-S tries again.
    public static let formSaveWait: TimeInterval = 2

    /// Runs `body` (one or more saves) with each write waiting at most `seconds` for the store
    /// to be free, then puts the usual wait back, whatever `body` did.
    @discardableResult
    public func waitingAtMost<T>(_ seconds: TimeInterval, _ body: () throws -> T) throws -> T {
        try setBusyWait(seconds)
        defer { try? setBusyWait(StoreDatabase.busyTimeout) }
        return try body()
    }

    /// SQLite's own setting for the connection: a pragma, so no C call is needed here.
    private func setBusyWait(_ seconds: TimeInterval) throws {
        let milliseconds = max(0, Int(seconds * 1000))
        try database.queue.inDatabase { db in try db.execute(sql: "PRAGMA busy_timeout = \(milliseconds)") }
    }
}
