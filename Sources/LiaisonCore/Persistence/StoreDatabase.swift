import Foundation
import GRDB

/// The SQLite side of a Store: one connection, WAL, full synchronous commits, a busy timeout so
/// two terminals saving at once both succeed, and SQLite's errors turned into plain words.
final class StoreDatabase: @unchecked Sendable {
    let path: String
    let readOnly: Bool
    /// The store's schema version once opened: this build's, or for a reader that cannot
    /// migrate, an older one it reads as it is (`Schema.oldestReadableAsIs`).
    private(set) var schemaVersion = LiaisonCore.schemaVersion
    /// The connection now. Only a store read `immutable` ever replaces it (`reopenIfBehind`),
    /// so that a dashboard or wall left open sees colleagues' later saves; nil only when that
    /// new connection could not be opened, and tried again on the next read. `swap` guards it.
    /// Sendable as the store is used: by one owner at a time, or through `secondReader`.
    private var connection: Connection?
    private var generation = 0
    private let swap = NSLock()

    /// How long a save waits for another process's save to finish before giving up.
    static let busyTimeout: TimeInterval = 15

    /// One SQLite connection, and what it was opened as.
    private final class Connection {
        let queue: DatabaseQueue
        /// For an immutable connection: what keeps its reads honest while others write.
        let guarded: ImmutableReadGuard?

        init(queue: DatabaseQueue, guarded: ImmutableReadGuard?) {
            self.queue = queue
            self.guarded = guarded
        }

        /// SQLite's descriptor closes before the guard's: closing either drops this process's
        /// locks on the file, and the guard's lock must outlast SQLite's reads.
        deinit { try? queue.close() }
    }

    private init(connection: Connection, path: String, readOnly: Bool) {
        self.connection = connection
        self.path = path
        self.readOnly = readOnly
    }

    static func open(path: String, mode: Store.Mode) throws -> StoreDatabase {
        let database = StoreDatabase(connection: try openConnection(path: path, mode: mode), path: path, readOnly: mode == .readOnly)
        try database.migrateIfNeeded()
        return database
    }

    /// Whether a read-only open is made as by a reader who cannot write the store's folder: tests
    /// run where every folder can be written. SQLite then reads a shared-memory file that is
    /// there, and cannot make one that is not, so the store is opened immutable.
    @TaskLocal static var opensImmutable = false

    /// The file checked, then opened as it is; read-only in a folder this account cannot write,
    /// immutable and guarded, or again ordinary once a colleague has saved (`openUnwritable`).
    private static func openConnection(path: String, mode: Store.Mode) throws -> Connection {
        _ = try StoreFile.prepare(path: path, mode: mode)
        if mode == .readOnly, opensImmutable, access(path + "-shm", F_OK) != 0 { return try openUnwritable(path: path) }
        do {
            return try connect(path: path, location: path, mode: mode, guarded: nil)
        } catch let error as DatabaseError where mode == .readOnly && Self.isUnwritableFolder(error) {
            return try openUnwritable(path: path)
        } catch {
            throw translate(error, path: path)
        }
    }

    /// How long a reader waits before trying the ordinary open again (`openUnwritable`); tests
    /// wait on their own terms.
    @TaskLocal static var patience = Patience.sharedMemoryFile

    /// For a reader who cannot write the store's folder: immutable, unless the `-wal` holds
    /// saves. A colleague's command makes its `-wal` before its shared-memory file, so the
    /// ordinary open may have failed in between; once it has saved, both are there, and SQLite
    /// reads them without writing. So the ordinary open is tried again, for about a quarter of a
    /// second in all (one read in twenty was refused under load without this). A `-wal` that
    /// holds saves with no shared-memory file for longer (left by a crash) is refused.
    private static func openUnwritable(path: String) throws -> Connection {
        var remaining = patience.pauses[...]
        while true {
            do {
                return try openImmutable(path: path)
            } catch is SavesInWAL where !remaining.isEmpty {
                patience.pause(remaining.removeFirst())
                if opensImmutable, access(path + "-shm", F_OK) != 0 { continue }
                do {
                    return try connect(path: path, location: path, mode: .readOnly, guarded: nil)
                } catch let error as DatabaseError where isUnwritableFolder(error) {
                    continue
                } catch {
                    throw translate(error, path: path)
                }
            } catch is SavesInWAL {
                throw StoreError(
                    "The store \(path) is in a folder that cannot be written, and its latest changes are still in \(path)-wal, "
                        + "which cannot be read from there. Copy the store together with its -wal file to a folder you can write, and open the copy.")
            }
        }
    }

    /// The `-wal` holds saves that an immutable connection would not see.
    private struct SavesInWAL: Error {}

    /// A connection to `location` (a path, or a `file:` URI), proven by one read: SQLite opens
    /// lazily, so a store it cannot read is only found out on the first query.
    private static func connect(
        path: String, location: String, mode: Store.Mode, guarded: ImmutableReadGuard?
    ) throws -> Connection {
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
        let prove = { _ = try queue.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") } }
        if let guarded { try guarded.read(prove) } else { try prove() }
        return Connection(queue: queue, guarded: guarded)
    }

    /// A second read-only connection to this store, for work on another thread. The file is not
    /// checked again: that would open and close it beside SQLite, and closing any descriptor of a
    /// file drops every lock this process holds on it, this connection's included, so another
    /// process could fold its WAL away under it. An immutable connection holds no lock of
    /// SQLite's to lose, and gets its own guard and lock.
    func secondReader() throws -> StoreDatabase {
        do {
            let second: Connection
            if let first = swap.withLock({ connection?.guarded }) {
                // What colleagues saved since the first connection opened is no more missing
                // from this one than from that: the two read the same store, not a newer one.
                // The header is not read again, for the same reason as above.
                second = try Self.openImmutable(path: path, behindWAL: true, pageSize: first.pageSize)
            } else {
                second = try Self.connect(path: path, location: path, mode: .readOnly, guarded: nil)
            }
            return StoreDatabase(connection: second, path: path, readOnly: true)
        } catch {
            throw Self.translate(error, path: path)
        }
    }

    /// A WAL store needs its shared-memory file beside it even to be read; on read-only media or
    /// in a folder the reader may not write, SQLite cannot create it and refuses to open. So the
    /// store is opened as immutable: `report`, `export`, `check`, the wall and a read-only
    /// dashboard still read it. Unless its `-wal` holds changes not yet folded into the file: an
    /// immutable read would silently miss them, so that is `SavesInWAL` (`openUnwritable`).
    ///
    /// Immutable means SQLite takes no locks and trusts the file not to change; where colleagues
    /// may still save to it, `ImmutableReadGuard` makes that true for each read, or refuses it.
    /// - Parameter behindWAL: open it even so, for a second connection beside a first one.
    /// - Parameter pageSize: the file's, when known: reading its header would open and close it.
    private static func openImmutable(path: String, behindWAL: Bool = false, pageSize: Int? = nil) throws -> Connection {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        let encoded = absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute
        do {
            let guarded = try ImmutableReadGuard(
                path: path, pageSize: try pageSize ?? StoreFile.readHeader(path: path).0.pageSize, patience: busyTimeout)
            if !behindWAL, guarded.walHoldsSaves { throw SavesInWAL() }
            return try connect(path: path, location: "file:\(encoded)?immutable=1", mode: .readOnly, guarded: guarded)
        } catch {
            throw translate(error, path: path)
        }
    }

    /// The connection to read through: the one there is, or, after `reopenIfBehind` could not open
    /// a new one, another try.
    private func connectionForRead() throws -> (Connection, generation: Int) {
        try swap.withLock {
            if let connection { return (connection, generation) }
            return try reconnect()
        }
    }

    /// For an immutable connection that colleagues' saves have passed (`ImmutableReadGuard.isOutdated`),
    /// a new connection, which sees them: once their `-wal` and shared-memory file exist, SQLite
    /// can read those without writing the folder, so the new connection is usually an ordinary
    /// one. Any other connection sees others' saves by itself, and is kept.
    ///
    /// Only a reader left open asks (the wall and the dashboard, through `Store.refreshIfChanged`).
    /// A command reads the store as it was when it opened, as the lock keeps it: a new connection
    /// would close the old one's descriptors, and closing any descriptor of the file drops every
    /// lock this process holds on it, a second reader's too (`check` has one).
    func reopenIfBehind() throws {
        try swap.withLock {
            guard connection?.guarded?.isOutdated == true else { return }
            _ = try reconnect()
        }
    }

    /// The old connection is let go first, its guard's descriptor with it, before SQLite opens
    /// the file again: closing that descriptor later would drop the new connection's locks.
    /// Called with `swap` held.
    private func reconnect() throws -> (Connection, generation: Int) {
        connection = nil
        generation += 1
        let fresh = try Self.openConnection(path: path, mode: .readOnly)
        connection = fresh
        return (fresh, generation)
    }

    /// Whether someone has saved since this connection opened, where its data version cannot
    /// say so: an immutable connection never looks at the `-wal` (`ImmutableReadGuard.isOutdated`).
    var hasUnseenSaves: Bool { swap.withLock { connection?.guarded?.isOutdated ?? false } }

    /// Whether this connection's reads are checked after the fact (an immutable one's are).
    var readsCanBeRefusedAfterwards: Bool { swap.withLock { connection?.guarded != nil } }

    /// Throws the guard's refusal if the file has changed under an immutable connection's reads.
    func confirmReadSound() throws {
        try swap.withLock { connection?.guarded }?.confirmUnchanged()
    }

    /// The connection's queue, for what runs on it directly: writes, and the write wait.
    var queue: DatabaseQueue {
        get throws { try connectionForRead().0.queue }
    }

    private static func isUnwritableFolder(_ error: DatabaseError) -> Bool {
        [.SQLITE_CANTOPEN, .SQLITE_READONLY, .SQLITE_PERM].contains(error.resultCode.primaryResultCode)
    }

    /// A private store that lives only as long as the process: tests and previews.
    static func inMemory() throws -> StoreDatabase {
        var config = Configuration()
        config.foreignKeysEnabled = true
        let queue = try DatabaseQueue(configuration: config)
        try queue.writeWithoutTransaction { db in try migrate(db, path: ":memory:") }
        return StoreDatabase(connection: Connection(queue: queue, guarded: nil), path: ":memory:", readOnly: false)
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
            guard version >= Schema.oldestReadableAsIs else {
                guard version == 0 else {
                    throw StoreError(
                        "The store \(path) was written by an earlier Liaison; open it once with the dashboard or any "
                            + "`liaison add` to bring it up to date, then try again.")
                }
                throw StoreError("The store \(path) has not been set up by Liaison yet; open it once for editing first.")
            }
            schemaVersion = version
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
        try readCounting { db, _ in try body(db) }
    }

    /// `read`, told besides how many connections this store has had before the one it reads
    /// through, for a data version that changes when the connection does (`dataVersion`).
    func readCounting<T>(_ body: (Database, _ generation: Int) throws -> T) throws -> T {
        do {
            let (live, count) = try connectionForRead()
            guard let guarded = live.guarded else { return try live.queue.read { db in try body(db, count) } }
            return try guarded.read { try live.queue.read { db in try body(db, count) } }
        } catch {
            throw Self.translate(error, path: path)
        }
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

    /// SQLite's count of commits by other connections; it changes when another process saves,
    /// and when the connection is replaced (`reopenIfBehind`).
    func dataVersion() throws -> Int {
        try readCounting { db, generation in try Self.dataVersion(db, generation: generation) }
    }

    /// SQLite's count for `db`, with the connection's place in the store's line of them above
    /// any count SQLite reaches: a new connection starts counting again.
    static func dataVersion(_ db: Database, generation: Int) throws -> Int {
        generation << 40 + (try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0)
    }

    /// Closes the connection; with WAL, the last one to close folds the WAL into the file.
    func close() throws {
        let last = swap.withLock { connection }
        try last?.queue.close()
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
                    // "No record", not "the store": opening may have brought the file's schema up
                    // to this version before the record was met, which changes no record.
                    + "`liaison export --salvage` writes out everything else. No record in it has been changed.")
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
