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
    /// to be free, then puts back the wait there was before (nested calls included), whatever
    /// `body` did.
    @discardableResult
    public func waitingAtMost<T>(_ seconds: TimeInterval, _ body: () throws -> T) throws -> T {
        let before = try busyWait(setTo: max(0, Int(seconds * 1000)))
        defer { _ = try? busyWait(setTo: before) }
        return try body()
    }

    /// Sets SQLite's own wait for the connection, in milliseconds, and returns the one it
    /// replaces: a pragma, so no C call is needed here.
    private func busyWait(setTo milliseconds: Int) throws -> Int {
        try database.queue.inDatabase { db in
            let before = try Int.fetchOne(db, sql: "PRAGMA busy_timeout") ?? Int(StoreDatabase.busyTimeout * 1000)
            try db.execute(sql: "PRAGMA busy_timeout = \(milliseconds)")
            return before
        }
    }
}
