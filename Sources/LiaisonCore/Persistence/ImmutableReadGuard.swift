import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Keeps an `immutable` read of a store honest when other people may still write to it.
///
/// A reader who cannot write the store's folder cannot create SQLite's shared-memory file, so
/// the store is opened `immutable` (`StoreDatabase.openImmutable`): SQLite then takes no locks
/// and trusts that the file never changes. That holds on read-only media. It does not hold for
/// an account that may read a folder that colleagues write: the last of their commands to
/// close folds its WAL into the file, rewriting pages under the reader, which then reads a
/// mix of old and new pages. That was reported as a damaged store ("restore it from a
/// backup"), or as problems `check` made up.
///
/// So, for each read:
/// - SQLite's SHARED lock is held on the file (a read lock over its shared byte range). A
///   closing command must take that range exclusively before it folds its WAL in, so while
///   the lock is held, colleagues' saves stay in the `-wal` and the file keeps its pages. The
///   lock is taken again before every read: closing any descriptor of the file (a second
///   connection, say) drops every lock this process holds on it.
/// - The file is compared, after the read, with the file as it was when the connection opened
///   (which file, its size, when it was last written), the `-wal` is checked to be shorter than
///   SQLite's automatic checkpoint, and SQLite's own marks of a fold are compared with theirs at
///   the open (`CheckpointMarks`). Those catch a fold the lock cannot stop: the automatic
///   checkpoint of a `-wal` that reached a thousand pages, or someone's `PRAGMA wal_checkpoint`.
///   Then what was read is refused, never trusted (`changedMessage`).
///
/// Between reads it tells the owner when newer saves exist than this connection can see
/// (`isOutdated`): an immutable connection never reads the `-wal`, so it must be opened again.
final class ImmutableReadGuard {
    /// Which file, how long, and when it was last written.
    private struct Stamp: Equatable {
        var device: UInt64
        var inode: UInt64
        var size: Int64
        var modified: timespec

        init(_ info: stat) {
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
            size = Int64(info.st_size)
            modified = info.st_mtim
        }

        static func == (a: Stamp, b: Stamp) -> Bool {
            a.device == b.device && a.inode == b.inode && a.size == b.size
                && a.modified.tv_sec == b.modified.tv_sec && a.modified.tv_nsec == b.modified.tv_nsec
        }
    }

    let path: String
    let pageSize: Int
    private let descriptor: Int32
    private let opened: Stamp
    /// SQLite's own counts of folds, as they were when the lock was had.
    private let marks: CheckpointMarks
    /// A `-wal` this long may have been checkpointed into the file automatically: SQLite's
    /// default of a thousand pages, which every Liaison writer keeps, plus the WAL's headers.
    private let checkpointedAt: Int64
    /// How long a read waits for another process's exclusive lock (a colleague's close takes
    /// it for milliseconds) before it gives up, as SQLite's own busy timeout would.
    private let patience: TimeInterval

    /// Opens its own descriptor of the file, takes the lock through it, and only then notes the
    /// file: a colleague's close may be folding its WAL in until the lock is had.
    init(path: String, pageSize: Int, patience: TimeInterval) throws {
        self.path = path
        self.pageSize = pageSize
        self.patience = patience
        checkpointedAt = 32 + 1000 * Int64(24 + pageSize)
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw StoreError("The store \(path) cannot be read; it has not been changed.") }
        var info = stat()
        do {
            try Self.lock(fd, path: path, patience: patience)
            guard fstat(fd, &info) == 0 else { throw StoreError("The store \(path) cannot be read; it has not been changed.") }
        } catch {
            close(fd)
            throw error
        }
        descriptor = fd
        opened = Stamp(info)
        marks = CheckpointMarks(path: path)
    }

    deinit { close(descriptor) }

    /// Runs one read under the lock, and refuses it if the file changed meanwhile, including
    /// a read that failed because of the change: that is not a damaged store.
    func read<T>(_ body: () throws -> T) throws -> T {
        try takeLock()
        let result: T
        do {
            result = try body()
        } catch {
            try confirmUnchanged()
            throw error
        }
        try confirmUnchanged()
        return result
    }

    /// Whether the `-wal` holds saves: once the lock is held, no one can be folding them in, so
    /// they are saves the file does not have.
    var walHoldsSaves: Bool { StoreFile.walHoldsFrames(path) }

    /// Throws the refusal if the file may no longer hold the pages read so far: for output
    /// that leaves before a read ends.
    func confirmUnchanged() throws {
        guard !hasChanged else { throw StoreError(changedMessage) }
    }

    /// Whether someone has saved since this connection opened: their save is in the `-wal`,
    /// or already folded into the file, or another file now has the store's name. The
    /// connection cannot see any of those, so it should be opened again.
    var isOutdated: Bool {
        if hasChanged || walHoldsSaves { return true }
        var info = stat()
        guard stat(path, &info) == 0 else { return false }  // gone: the next open says so
        return UInt64(info.st_dev) != opened.device || UInt64(info.st_ino) != opened.inode
    }

    /// Whether the file may no longer hold the pages this connection reads.
    private var hasChanged: Bool {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return true }
        return Stamp(info) != opened || StoreFile.walSize(path) >= checkpointedAt || CheckpointMarks(path: path).show(since: marks)
    }

    var changedMessage: String {
        "The store \(path) was changed while it was being read: colleagues saved to it, and this account "
            + "cannot write its folder, so it could not keep their saves out of the way. What was read was "
            + "set aside and nothing was changed; run it again."
    }

    /// SQLite's SHARED lock, as its Unix locking places it: a read lock over 510 bytes just past
    /// the first gigabyte. Taken again while held, it is still one lock. Where locks cannot be
    /// had at all (some network or read-only file systems), the comparison alone guards.
    private func takeLock() throws {
        try Self.lock(descriptor, path: path, patience: patience)
    }

    private static func lock(_ descriptor: Int32, path: String, patience: TimeInterval) throws {
        var lock = flock()
        lock.l_type = Int16(F_RDLCK)
        lock.l_whence = Int16(SEEK_SET)
        lock.l_start = StoreFileCheck.sharedBytes.start
        lock.l_len = StoreFileCheck.sharedBytes.length
        let deadline = Date().addingTimeInterval(patience)
        while fcntl(descriptor, F_SETLK, &lock) != 0 {
            guard errno == EAGAIN || errno == EACCES || errno == EINTR else { return }
            guard Date() < deadline else {
                throw StoreError(
                    "The store \(path) is locked by another program (a backup or a repair, perhaps) that did not "
                        + "finish in time; nothing was read. Please try again.")
            }
            usleep(2_000)
        }
    }
}

/// What SQLite itself records of folding a WAL into the file, read from beside it without
/// writing: how far a checkpoint has folded it (`nBackfill` in the shared-memory file, set once
/// the pages are written; not `nBackfillAttempted`, which a colleague's recovery of a WAL left
/// behind sets too), and how many times the WAL has started again (the checkpoint sequence in
/// the `-wal`'s header; it starts again only after a complete fold).
///
/// The file's modification time says the same on a recent kernel, but before Linux 6.13 it
/// moves only once a timer tick (4–10 ms): a fold in the same tick as the file's last write,
/// which rarely changes its size, would go unseen by it. One fold leaves no mark here: a
/// `PRAGMA wal_checkpoint(TRUNCATE)` that empties the `-wal` and starts it again before any
/// look, or a fold caught while its pages are being written, before SQLite marks it; only the
/// modification time sees those. (The WAL's salts, in both files, cannot tell a restart either:
/// they differ for a moment in every new WAL's first save too.)
///
/// The two files are read through descriptors of their own, opened and closed here: an
/// immutable connection takes no locks on them, and this process has no other connection to
/// the store while it has such a connection, so closing them drops no lock of anyone's.
struct CheckpointMarks: Equatable {
    /// Frames folded into the file; 0 when there is no shared-memory file.
    var folded: UInt32
    /// Times the WAL started again; 0 when there is no `-wal` header.
    var sequence: UInt32

    init(path: String) {
        folded = Self.bytes(path + "-shm", at: 96, count: 4).map { Self.native($0, at: 0) } ?? 0
        sequence = Self.bytes(path + "-wal", at: 12, count: 4).map { Self.bigEndian($0, at: 0) } ?? 0
    }

    /// Whether a fold has been made since `earlier`, or the WAL has started again since.
    func show(since earlier: CheckpointMarks) -> Bool {
        folded > earlier.folded || sequence > earlier.sequence
    }

    private static func bytes(_ path: String, at offset: off_t, count: Int) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: count)
        let read = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, count, offset) }
        return read == count ? buffer : nil
    }

    private static func native(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: UInt32.self) }
    }

    private static func bigEndian(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        bytes[offset..<(offset + 4)].reduce(0) { $0 << 8 | UInt32($1) }
    }
}
