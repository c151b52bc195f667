import Foundation
import GRDB

/// The SQLite side of a Store: one connection, WAL, full synchronous commits, a busy timeout so
/// two terminals saving at once both succeed, and SQLite's errors turned into plain words.
final class StoreDatabase: Sendable {
    let queue: DatabaseQueue
    let path: String
    /// What SQLite was given: the path, or an immutable `file:` URI for a store nobody can write.
    private let location: String
    let readOnly: Bool

    /// How long a save waits for another process's save to finish before giving up.
    static let busyTimeout: TimeInterval = 15

    private init(queue: DatabaseQueue, path: String, location: String, readOnly: Bool) {
        self.queue = queue
        self.path = path
        self.location = location
        self.readOnly = readOnly
    }

    static func open(path: String, mode: Store.Mode) throws -> StoreDatabase {
        _ = try StoreFile.prepare(path: path, mode: mode)
        let database: StoreDatabase
        do {
            database = try connect(path: path, location: path, mode: mode)
        } catch let error as DatabaseError where mode == .readOnly && Self.isUnwritableFolder(error) {
            database = try openImmutable(path: path, after: error)
        } catch {
            throw translate(error, path: path)
        }
        try database.migrateIfNeeded()
        return database
    }

    /// A connection to `location` (a path, or a `file:` URI), proven by one read: SQLite opens
    /// lazily, so a store it cannot read is only found out on the first query.
    private static func connect(path: String, location: String, mode: Store.Mode) throws -> StoreDatabase {
        var config = Configuration()
        config.readonly = mode == .readOnly
        config.busyMode = .timeout(busyTimeout)
        config.label = "liaison-store"
        // References between records are foreign keys, enforced on every connection (GRDB's
        // default, said here because the store's integrity rests on it).
        config.foreignKeysEnabled = true
        if mode == .readWrite {
            config.prepareDatabase { db in
                try db.execute(sql: "PRAGMA synchronous = FULL")
            }
        }
        let queue = try DatabaseQueue(path: location, configuration: config)
        _ = try queue.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") }
        return StoreDatabase(queue: queue, path: path, location: location, readOnly: mode == .readOnly)
    }

    /// A second read-only connection to this store, for work on another thread. The file is not
    /// checked again: that would open and close it beside SQLite, and closing any descriptor of a
    /// file drops every lock this process holds on it, this connection's included, so another
    /// process could fold its WAL away under it.
    func secondReader() throws -> StoreDatabase {
        do {
            return try Self.connect(path: path, location: location, mode: .readOnly)
        } catch {
            throw Self.translate(error, path: path)
        }
    }

    /// A WAL store needs its shared-memory file beside it even to be read; on read-only media or
    /// in a folder the reader may not write, SQLite cannot create it and refuses to open. Such a
    /// store cannot be changed by anyone, so it is opened as immutable: `report`, `export`,
    /// `check` and the wall still read it. Unless its `-wal` holds changes not yet folded into
    /// the file: an immutable read would silently miss them, so that is refused, with the way out.
    private static func openImmutable(path: String, after error: DatabaseError) throws -> StoreDatabase {
        var wal = stat()
        if stat(path + "-wal", &wal) == 0, wal.st_size > 0 {
            throw StoreError(
                "The store \(path) is in a folder that cannot be written, and its latest changes are still in \(path)-wal, "
                    + "which cannot be read from there. Copy the store together with its -wal file to a folder you can write, and open the copy.")
        }
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        let encoded = absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute
        do {
            return try connect(path: path, location: "file:\(encoded)?immutable=1", mode: .readOnly)
        } catch {
            throw translate(error, path: path)
        }
    }

    private static func isUnwritableFolder(_ error: DatabaseError) -> Bool {
        [.SQLITE_CANTOPEN, .SQLITE_READONLY, .SQLITE_PERM].contains(error.resultCode.primaryResultCode)
    }

    /// A private store that lives only as long as the process: tests and previews.
    static func inMemory() throws -> StoreDatabase {
        var config = Configuration()
        config.foreignKeysEnabled = true
        let database = StoreDatabase(queue: try DatabaseQueue(configuration: config), path: ":memory:", location: ":memory:", readOnly: false)
        try database.queue.writeWithoutTransaction { db in try migrate(db, path: ":memory:") }
        return database
    }

    /// Runs the migrations in one IMMEDIATE transaction with foreign keys off, as SQLite asks
    /// for a table rebuild (the pragma is ignored inside a transaction), and on again after,
    /// whatever happened.
    private static func migrate(_ db: Database, path: String) throws {
        try db.execute(sql: "PRAGMA foreign_keys = OFF")
        defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
        try db.inTransaction(.immediate) {
            try Schema.migrate(db, path: path)
            return .commit
        }
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
                if version < LiaisonCore.schemaVersion { try Self.migrate(db, path: path) }
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

    /// SQLite's own short reason for a failure, for a message that names a table or a row.
    static func plainReason(_ error: any Error) -> String {
        guard let error = error as? DatabaseError else { return "an unexpected error" }
        return InertText.visible(error.message ?? "SQLite error \(error.resultCode.rawValue)")
    }

    /// A change the store's own rules refused, in words: which rule, and that nothing was saved.
    /// The Store names the exact record first where it can (`RecordTable.refusal`); this is
    /// the sentence for anything that reaches here without one.
    static func constraintMessage(_ error: DatabaseError, path: String) -> String {
        let what: String
        switch error.extendedResultCode {
        case .SQLITE_CONSTRAINT_FOREIGNKEY:
            what = "it names a person or partner that is not in the store"
        case .SQLITE_CONSTRAINT_PRIMARYKEY, .SQLITE_CONSTRAINT_UNIQUE:
            what = "a record with the same id is already in the store"
        case .SQLITE_CONSTRAINT_NOTNULL:
            what = "a part every record must have is missing"
        default:
            what = "it breaks one of the store's rules (\(InertText.visible(error.message ?? "constraint failed")))"
        }
        return "The store \(path) refused the change because \(what); nothing was saved."
    }

    static func translate(_ error: any Error, path: String) -> any Error {
        if error is DecodingError {
            return StoreError(
                "The store \(path) holds a record that cannot be read. `liaison check` names it, and "
                    + "`liaison export --salvage` writes out everything else. The store has not been changed.")
        }
        guard let error = error as? DatabaseError else { return error }
        switch error.resultCode.primaryResultCode {
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            return StoreFile.damaged(path, error.message ?? "malformed")
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return StoreError("The store \(path) is busy with another save that did not finish in time; nothing was saved, please try again.")
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_CANTOPEN:
            return StoreError("The store \(path) cannot be written here (\(error.message ?? "permission denied")); nothing was saved.")
        case .SQLITE_CONSTRAINT:
            return StoreError(constraintMessage(error, path: path))
        case .SQLITE_FULL:
            return StoreError("The disk holding \(path) is full; nothing was saved. Free some space and save again.")
        case .SQLITE_IOERR:
            return StoreError("The store \(path) could not be read or written (\(error.message ?? "input/output error")); nothing was saved.")
        default:
            return StoreError("The store \(path) gave an error: \(error.message ?? "\(error)").")
        }
    }
}
