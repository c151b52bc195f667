import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Looks at the store file from outside SQLite, cheaply, before a reader (the wall) reads it.
///
/// It lives with the persistence because it knows SQLite's file format (its lock bytes);
/// the wall only turns its answers into words.
///
/// An open SQLite connection keeps reading a file that was renamed away or made unreadable, so
/// the wall would go on showing a store nobody else can see; and a reader blocked by another
/// program's exclusive lock waits the store's whole busy timeout with the screen frozen. These
/// checks catch both without touching the database.
public struct StoreFileCheck: Sendable {
    /// Which file a path named when it was opened: a different one means it was replaced.
    public struct Identity: Equatable, Sendable {
        var device: UInt64
        var inode: UInt64
    }

    public enum Problem: Equatable, Sendable {
        case missing
        case unreadable
        case locked
    }

    /// Whether another process holds the store's exclusive lock, asked through a descriptor of it.
    private let lockedByOther: @Sendable (Int32) -> Bool

    /// - Parameter lockedByOther: `heldExclusively` unless a test scripts the lock: another
    ///   process's lock cannot be taken from inside this one (F_GETLK ignores the caller's own).
    public init(lockedByOther: @escaping @Sendable (Int32) -> Bool = StoreFileCheck.heldExclusively) {
        self.lockedByOther = lockedByOther
    }

    /// The file behind `path` now, or the reason the wall cannot read it.
    /// - Parameter held: a descriptor kept open on the file while the store is open (see
    ///   `heldExclusively`); without one, the file is opened and closed just for the look.
    public func inspect(_ path: String, held: Int32? = nil) -> Result<Identity, ProblemError> {
        var info = stat()
        guard stat(path, &info) == 0 else { return .failure(ProblemError(.missing)) }
        guard access(path, R_OK) == 0 else { return .failure(ProblemError(.unreadable)) }
        let locked: Bool
        if let held {
            locked = lockedByOther(held)
        } else {
            let fd = open(path, O_RDONLY | O_CLOEXEC)
            locked = fd >= 0 && lockedByOther(fd)
            if fd >= 0 { close(fd) }
        }
        if locked { return .failure(ProblemError(.locked)) }
        return .success(Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino)))
    }

    /// A `Problem` that can travel in a `Result`.
    public struct ProblemError: Error, Equatable, Sendable {
        public let problem: Problem
        init(_ problem: Problem) { self.problem = problem }
    }

    /// A descriptor to keep open on `path` while the store is open, for `inspect(_:held:)`.
    public func hold(_ path: String) -> Int32? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        return fd >= 0 ? fd : nil
    }

    /// Closes a descriptor from `hold`; only once the store itself has been closed.
    public func release(_ fd: Int32) { close(fd) }

    /// The bytes SQLite's Unix locking locks for SHARED (read) and EXCLUSIVE (write): its
    /// SHARED_FIRST, just past the first gigabyte, and SHARED_SIZE.
    static let sharedBytes = (start: off_t(0x4000_0000 + 2), length: off_t(510))

    /// Whether another process holds SQLite's exclusive lock: a write lock over the "shared"
    /// byte range that SQLite's Unix locking places just past the first gigabyte. Only then are
    /// readers refused. In WAL mode a normal writer never takes it, but the last connection to
    /// close takes it for a moment, to fold the WAL in and delete it: one look cannot tell that
    /// from a backup's lock, so the wall counts a lock only when it lasts (`StoreWatcher`).
    /// F_GETLK only asks; it never takes a lock, and it ignores this process's own locks.
    ///
    /// Closing any descriptor of a file drops every POSIX lock this process holds on it, SQLite's
    /// included; so while the store is open, the look goes through one descriptor that stays
    /// open until the store is closed (`StoreWatcher` keeps it).
    public static func heldExclusively(_ fd: Int32) -> Bool {
        var lock = flock()
        lock.l_type = Int16(F_RDLCK)
        lock.l_whence = Int16(SEEK_SET)
        lock.l_start = sharedBytes.start
        lock.l_len = sharedBytes.length
        guard fcntl(fd, F_GETLK, &lock) == 0 else { return false }
        return lock.l_type != Int16(F_UNLCK)
    }
}
