import Foundation

/// Where a Store keeps its records: the seam between the `Store` (the rules, the working set in
/// memory, announcing changes) and a database engine. SQLite (`SQLiteBackend`) is the one today;
/// a PostgreSQL store is another conformance to this protocol, held to the same answers by the
/// conformance suite (`Tests/LiaisonCoreTests/StoreConformance`).
///
/// Synchronous, as the Store is, and used by one owner at a time. Every error a backend throws
/// is already in words (`StoreError`, or `FieldError` where a field of the form is to blame):
/// no engine's own error reaches the Store.
protocol StoreBackend: AnyObject {
    /// Where the records are, as messages and the store's settings file name it: a file path.
    var location: String { get }

    /// Whether nothing can be changed through this backend (the wall, an archive): `write`
    /// then refuses with a `StoreError` before anything is read.
    var isReadOnly: Bool { get }

    /// Runs `body` on one consistent view of the records: everything it reads was committed
    /// together, and a commit made meanwhile by someone else is either all in it or not at all.
    func read<T>(_ body: (any RecordReader) throws -> T) throws -> T

    /// Lets a reader left open see what others saved since it opened, where its connection
    /// cannot by itself (a store file read `immutable`: `StoreDatabase.reopenIfBehind`). Reads between
    /// two calls see the store as the first left it, or later.
    func reopenIfBehind() throws

    /// Whether a read may be found unsound only once it is done (`confirmReadSound`).
    var readsCanBeRefusedAfterwards: Bool { get }

    /// Throws if what has been read so far may be unsound, for output that leaves the process
    /// before the read ends (an export streamed to a pipe).
    func confirmReadSound() throws

    /// Runs `body` as one transaction: all of it is kept, or none of it (a throw, a crash or a
    /// kill half way keeps nothing). The write lock is taken before `body` reads anything, so
    /// what it reads is the latest commit and stays so until it ends: the Store checks a new
    /// record against the person on disk, and an amendment against the version on disk, inside it.
    /// Waits for another writer's transaction at most the write wait (`replaceWriteWait`), then
    /// refuses with a `StoreError` saying the store is busy.
    func write<T>(_ body: (any RecordWriter) throws -> T) throws -> T

    /// Sets how long a write waits for another writer's transaction to end, and gives back the
    /// wait it replaces, so a caller can put it back (`Store.waitingAtMost`).
    func replaceWriteWait(with seconds: TimeInterval) throws -> TimeInterval

    /// Ends the connection; the backend is not used after. Nothing committed depends on it.
    func close() throws

    /// Records that the signed-in member of staff opened `what` about the person `personID`,
    /// where the backend keeps a log of who looked at whose records (PostgreSQL's `view_log`,
    /// written by the server with its own clock). Throws when it cannot: nothing is shown unlogged.
    func logView(personID: String, what: String) throws

    /// What other sessions saved since the last call, by table and id, when the backend can
    /// name it (a PostgreSQL store hears each save announced); nil when it cannot, or when what
    /// changed reaches further than single records (a person, homes, staff): then everything is
    /// read again. Call inside `read`, after `dataVersion()`: what it names is in that view.
    func takeChanges() -> Set<RecordChange>?
}

/// A record another session saved, as the backend heard of it: its table and id.
struct RecordChange: Hashable, Sendable {
    var table: String
    var id: String
}

extension StoreBackend {
    var readsCanBeRefusedAfterwards: Bool { false }
    func confirmReadSound() throws {}

    /// A connection that sees others' saves by itself has nothing to catch up on.
    func reopenIfBehind() throws {}

    /// A store file's data version says only that something changed: everything is read again.
    func takeChanges() -> Set<RecordChange>? { nil }

    /// A store file keeps no view log: whoever can read the file can read every record in it.
    func logView(personID: String, what: String) throws {}
}
