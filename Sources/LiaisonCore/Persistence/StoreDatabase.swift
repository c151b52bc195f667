import Foundation
import GRDB

/// The SQLite side of a Store: one connection, WAL, full synchronous commits, a busy timeout so
/// two terminals saving at once both succeed, and SQLite's errors turned into plain words.
final class StoreDatabase: Sendable {
    let queue: DatabaseQueue
    let path: String
    let readOnly: Bool

    /// How long a save waits for another process's save to finish before giving up.
    static let busyTimeout: TimeInterval = 15

    private init(queue: DatabaseQueue, path: String, readOnly: Bool) {
        self.queue = queue
        self.path = path
        self.readOnly = readOnly
    }

    static func open(path: String, mode: Store.Mode) throws -> StoreDatabase {
        _ = try StoreFile.prepare(path: path, mode: mode)
        var config = Configuration()
        config.readonly = mode == .readOnly
        config.busyMode = .timeout(busyTimeout)
        config.label = "liaison-store"
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        let database: StoreDatabase
        do {
            database = StoreDatabase(queue: try DatabaseQueue(path: path, configuration: config), path: path, readOnly: mode == .readOnly)
        } catch {
            throw translate(error, path: path)
        }
        try database.migrateIfNeeded()
        return database
    }

    /// A private store that lives only as long as the process: tests and previews.
    static func inMemory() throws -> StoreDatabase {
        let database = StoreDatabase(queue: try DatabaseQueue(), path: ":memory:", readOnly: false)
        try database.queue.write { db in try Schema.migrate(db, path: ":memory:") }
        return database
    }

    private func migrateIfNeeded() throws {
        let version = try read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0 }
        if version > LiaisonCore.schemaVersion {
            throw StoreError(StoreFile.newerMessage(path: path, version: version))
        }
        if readOnly {
            guard version == LiaisonCore.schemaVersion else {
                guard version == 0 else {
                    throw StoreError(
                        "The store \(path) was written by an earlier Liaison; open it once with the dashboard or any "
                            + "`liaison add` to bring it up to date, then try again.")
                }
                throw StoreError("The store \(path) has not been set up by Liaison yet; open it once for editing first.")
            }
            return
        }
        do {
            try queue.writeWithoutTransaction { db in
                // WAL lets the wall display read while a colleague saves.
                try db.execute(sql: "PRAGMA journal_mode = WAL")
                if version < LiaisonCore.schemaVersion {
                    try db.inTransaction(.immediate) {
                        try Schema.migrate(db, path: path)
                        return .commit
                    }
                }
            }
        } catch {
            throw Self.translate(error, path: path)
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try queue.read(body) } catch { throw Self.translate(error, path: path) }
    }

    /// One transaction, begun IMMEDIATE so the write lock is taken (waiting on the busy timeout)
    /// before anything is read, and never lost half way to another writer.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        guard !readOnly else { throw StoreError("This store is open read-only; nothing can be changed from here.") }
        do {
            return try queue.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
                return result!
            }
        } catch {
            throw Self.translate(error, path: path)
        }
    }

    /// SQLite's count of commits by other connections; it changes when another process saves.
    func dataVersion() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
    }

    static func translate(_ error: any Error, path: String) -> any Error {
        guard let error = error as? DatabaseError else { return error }
        switch error.resultCode.primaryResultCode {
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            return StoreFile.damaged(path, error.message ?? "malformed")
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return StoreError("The store \(path) is busy with another save that did not finish in time; nothing was saved, please try again.")
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_CANTOPEN:
            return StoreError("The store \(path) cannot be written here (\(error.message ?? "permission denied")); nothing was saved.")
        case .SQLITE_FULL:
            return StoreError("The disk holding \(path) is full; nothing was saved. Free some space and save again.")
        case .SQLITE_IOERR:
            return StoreError("The store \(path) could not be read or written (\(error.message ?? "input/output error")); nothing was saved.")
        default:
            return StoreError("The store \(path) gave an error: \(error.message ?? "\(error)").")
        }
    }
}
