import Foundation
import GRDB

/// The embedded store: one SQLite file (`StoreDatabase`: WAL, full synchronous commits, a busy
/// timeout), its records read and written by `SQLiteRecords`.
final class SQLiteBackend: StoreBackend {
    /// The SQLite database itself, for what only SQLite can do: export and import straight from
    /// and into its rows, `check`, salvage (`Store.database`).
    let database: StoreDatabase

    init(_ database: StoreDatabase) {
        self.database = database
    }

    /// Opens the store file at `path` (`StoreDatabase.open`: a missing, damaged or newer file is
    /// refused unchanged).
    static func open(path: String, mode: Store.Mode) throws -> SQLiteBackend {
        SQLiteBackend(try StoreDatabase.open(path: path, mode: mode))
    }

    /// A private store that lives only as long as the process.
    static func inMemory() throws -> SQLiteBackend {
        SQLiteBackend(try StoreDatabase.inMemory())
    }

    var location: String { database.path }
    var isReadOnly: Bool { database.readOnly }

    func read<T>(_ body: (any RecordReader) throws -> T) throws -> T {
        let version = database.schemaVersion
        return try database.readCounting { db, generation in
            try body(SQLiteRecords(
                db: db, generation: generation, findsUnreadableOpenWork: Schema.findsUnreadableOpenWork(version),
                hasEnteredColumn: Schema.hasEnteredColumn(version)))
        }
    }

    func write<T>(_ body: (any RecordWriter) throws -> T) throws -> T {
        try database.write { db in try body(SQLiteRecords(db: db)) }
    }

    var readsCanBeRefusedAfterwards: Bool { database.readsCanBeRefusedAfterwards }

    func confirmReadSound() throws {
        try database.confirmReadSound()
    }

    func reopenIfBehind() throws {
        try database.reopenIfBehind()
    }

    /// SQLite's own wait for the connection (`PRAGMA busy_timeout`, in milliseconds).
    func replaceWriteWait(with seconds: TimeInterval) throws -> TimeInterval {
        let milliseconds = max(0, Int((seconds * 1000).rounded()))
        return try database.queue.inDatabase { db in
            let before = try Int.fetchOne(db, sql: "PRAGMA busy_timeout") ?? Int(StoreDatabase.busyTimeout * 1000)
            try db.execute(sql: "PRAGMA busy_timeout = \(milliseconds)")
            return TimeInterval(before) / 1000
        }
    }

    /// Closes the connection, folding the WAL back into the file.
    func close() throws {
        try database.close()
    }
}
