import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Checks a store file before SQLite may touch it, and creates new ones with private permissions.
///
/// SQLite would happily write a journal, convert a file to WAL or run migrations on whatever it is
/// handed; a damaged, truncated or newer file must instead be refused with its bytes untouched,
/// so its header is read here with plain file reads first.
enum StoreFile {
    /// Liaison's mark in SQLite's `application_id` header field ("LIAI").
    static let applicationID: Int32 = 0x4C49_4149

    struct Header {
        var pageSize: Int
        var pageCount: Int
        var pageCountValid: Bool
        var userVersion: Int
        var applicationID: Int32
        /// Counts schema changes: 0 while no table has ever been created.
        var schemaCookie: Int = 0
    }

    /// Makes sure `path` may be opened in `mode`; returns whether the file is new (empty).
    /// A missing file is refused (`StoreError.missing`): stores are made by `create(path:)`.
    static func prepare(path: String, mode: Store.Mode) throws -> Bool {
        // Not a file at all: said as such, before it could be taken for a missing one.
        if let address = PostgresAddress(path) { throw StoreError.fileOnly(address) }
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { throw StoreError.missing(path) }
            throw StoreError("The store \(path) cannot be reached: \(String(cString: strerror(errno))).")
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw StoreError("\(path) is not a store file.") }
        guard access(path, R_OK) == 0 else {
            throw StoreError("The store \(path) cannot be read with your permissions; it has not been changed.")
        }
        if mode == .readWrite {
            guard access(folder, W_OK) == 0 else {
                throw StoreError("The folder \(folder) cannot be written, so the store \(path) cannot be changed. Nothing was written.")
            }
            guard access(path, W_OK) == 0 else {
                throw StoreError("The store \(path) cannot be written with your permissions. Nothing was written.")
            }
        }
        if info.st_size == 0 { return true }
        let header = try readSettledHeader(path: path)
        if header.applicationID != 0 && header.applicationID != applicationID {
            throw StoreError("\(path) is an SQLite database but not a Liaison store; it has not been changed.")
        }
        if header.userVersion > LiaisonCore.schemaVersion {
            throw StoreError(newerMessage(path: path, version: header.userVersion))
        }
        if header.applicationID == 0 { try refuseForeign(path: path, header: header) }
        return false
    }

    /// Every table a Liaison store may hold, the search index's own tables included.
    static let ownTables: Set<String> = [
        "person", "partner", "contact", "task", "escalation", "agreement", "day_review", "history",
        "contact_fts", "contact_fts_data", "contact_fts_idx", "contact_fts_content", "contact_fts_docsize", "contact_fts_config",
    ]

    /// An SQLite file without Liaison's mark: a store whose first set-up did not finish (no
    /// tables, or only Liaison's), which is fine to set up; or another program's database, which
    /// must never be "migrated" into a Liaison store. Its tables decide, read without writing.
    private static func refuseForeign(path: String, header: Header) throws {
        let foreign = StoreError(
            "\(path) is an SQLite database of another program, not a Liaison store; it has not been changed. "
                + "Give --store the path of a Liaison store, or of a new file.")
        var config = Configuration()
        config.readonly = true
        let names: [String]
        do {
            let queue = try DatabaseQueue(path: path, configuration: config)
            names = try queue.read { db in
                try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'")
            }
            try queue.close()
        } catch {
            // Unreadable through SQLite here: the header's schema counter says whether any
            // table was ever made in it.
            if header.schemaCookie != 0 { throw foreign }
            return
        }
        if names.contains(where: { !ownTables.contains($0) }) { throw foreign }
    }

    static func newerMessage(path: String, version: Int) -> String {
        "The store \(path) was written by a newer version of Liaison (store version \(version); this one understands "
            + "up to \(LiaisonCore.schemaVersion)). Update Liaison to open it. The store has not been changed."
    }

    static func damaged(_ path: String, _ detail: String) -> StoreError {
        StoreError("The store \(path) is damaged (\(detail)). It has not been changed; restore it from a backup, and keep this copy for whoever investigates.")
    }

    /// The header, with the file's size checked against it only when no other process can be
    /// part way through folding its WAL into the file.
    ///
    /// A checkpoint writes page 1, and with it the new page count, before the pages that grow
    /// the file, and the last connection to close then deletes the WAL. So a header read during
    /// a checkpoint counts pages not yet there, and a WAL looked at afterwards may already be
    /// gone: that order once told a colleague saving at the same moment that the store was
    /// damaged. So the WAL is looked at both before and after the header and size are read: a
    /// checkpoint has synced frames in the WAL from before it starts until after it ends, so
    /// one overlapping the read could only go unseen if a whole save, sync and all, began and
    /// reached its checkpoint between the first look and the header. `midway` lets a test act
    /// between the reads.
    static func readSettledHeader(path: String, midway: () -> Void = {}) throws -> Header {
        let walBefore = walHoldsFrames(path)
        let (header, size) = try readHeader(path: path)
        midway()
        guard !walBefore, !walHoldsFrames(path) else { return header }
        guard size % header.pageSize == 0 else { throw damaged(path, "the file is cut short") }
        if header.pageCountValid && header.pageCount * header.pageSize > size {
            throw damaged(path, "the file is cut short")
        }
        return header
    }

    /// Whether `path`'s WAL holds anything: while it does, the file alone is not the store.
    static func walHoldsFrames(_ path: String) -> Bool { walSize(path) > 0 }

    /// The size of `path`'s WAL in bytes; 0 when there is none.
    static func walSize(_ path: String) -> Int64 {
        var wal = stat()
        return stat(path + "-wal", &wal) == 0 ? Int64(wal.st_size) : 0
    }

    /// SQLite's 100-byte header (magic, page size, page count, user_version, application_id),
    /// and the file's size, both from one open file.
    static func readHeader(path: String) throws -> (Header, size: Int) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StoreError("The store \(path) cannot be read; it has not been changed.")
        }
        defer { try? handle.close() }
        let bytes = [UInt8]((try? handle.read(upToCount: 100)) ?? Data())
        // A notes file or a CSV given by mistake is not a damaged store: "restore it from a
        // backup" would send someone looking for a backup of something that never was one.
        if looksLikeText(bytes) {
            throw StoreError("\(path) is a text file, not a Liaison store; it has not been changed. Give --store the path of a Liaison store, or of a new file.")
        }
        guard bytes.count == 100 else { throw damaged(path, "the file is cut short") }
        guard bytes.starts(with: Array("SQLite format 3\0".utf8)) else {
            throw damaged(path, "it is not a database file")
        }
        func be(_ offset: Int, _ count: Int) -> Int {
            bytes[offset..<(offset + count)].reduce(0) { $0 << 8 | Int($1) }
        }
        let rawPage = be(16, 2)
        let pageSize = rawPage == 1 ? 65536 : rawPage
        guard pageSize >= 512, pageSize & (pageSize - 1) == 0 else { throw damaged(path, "its header is unreadable") }
        let header = Header(
            pageSize: pageSize, pageCount: be(28, 4), pageCountValid: be(24, 4) == be(92, 4),
            userVersion: be(60, 4), applicationID: Int32(truncatingIfNeeded: be(68, 4)), schemaCookie: be(40, 4))
        var info = stat()
        guard fstat(handle.fileDescriptor, &info) == 0 else {
            throw StoreError("The store \(path) cannot be read; it has not been changed.")
        }
        return (header, Int(info.st_size))
    }

    /// Whether a file's first bytes are text: UTF-8 (a character may be cut at the end) with
    /// no control characters but tabs and line ends. A store's, even damaged, begin with binary.
    static func looksLikeText(_ bytes: [UInt8]) -> Bool {
        guard !bytes.isEmpty, !bytes.contains(where: { $0 < 0x20 && ![0x09, 0x0A, 0x0D].contains($0) || $0 == 0x7F }) else { return false }
        // Up to three bytes at the end may be the start of a character the read cut in two;
        // only bytes that belong to a longer character (0x80 and up) are left off for that.
        for cut in 0...min(3, bytes.count - 1) where bytes.suffix(cut).allSatisfy({ $0 >= 0x80 }) {
            if String(validating: bytes.dropLast(cut), as: UTF8.self) != nil { return true }
        }
        return false
    }

    /// Creates the empty file of a new store, with its folder (owner-only) if need be. Never
    /// replaces anything: a path that exists in any form, even as a dangling link, is refused.
    static func createNew(path: String) throws {
        var info = stat()
        if lstat(path, &info) == 0 {
            throw StoreError("\(path) already exists; it has not been changed. Open it with --store, or choose a new path.")
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        try makeFolder(folder)
        guard access(folder, W_OK) == 0 else {
            throw StoreError("The folder \(folder) cannot be written, so no store can be created there.")
        }
        let mode = creationMode(folder: folder)
        let fd = open(path, O_CREAT | O_EXCL | O_WRONLY | O_NOFOLLOW | O_CLOEXEC, mode)
        guard fd >= 0 else {
            if errno == EEXIST { throw StoreError("\(path) already exists; it has not been changed.") }
            throw StoreError("The store \(path) cannot be created: \(String(cString: strerror(errno))).")
        }
        // The umask may have removed the group bits the shared folder needs.
        fchmod(fd, mode)
        close(fd)
    }

    private static func makeFolder(_ folder: String) throws {
        guard !FileManager.default.fileExists(atPath: folder) else { return }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw StoreError("The folder \(folder) cannot be created: \(error.localizedDescription)")
        }
    }

    /// Owner-only, or owner-and-group when the folder is a team's setgid folder. SQLite gives
    /// the WAL and shared-memory files the same permissions as the main file.
    static func creationMode(folder: String) -> mode_t {
        var info = stat()
        guard stat(folder, &info) == 0 else { return 0o600 }
        return (info.st_mode & S_ISGID) != 0 ? 0o660 : 0o600
    }
}
