import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file that holds personal data: readable by its owner alone from the first byte, and
/// replaced whole, so a crash mid-write leaves the previous file, never half of one.
///
/// Foundation's atomic write creates its temporary file 0666 less the umask and only then may be
/// told to narrow it, so for the whole write everyone could read what was being written. It also
/// follows a symbolic link planted where its temporary file goes: in a folder others can write
/// (a team's shared drafts folder, `/tmp`), that would let a colleague point one user's save at
/// any file of that user's. Here every step works on a `PrivateFolder` handle and never follows a
/// link: the temporary file gets a random name and `O_CREAT | O_EXCL | O_NOFOLLOW`, permissions
/// are set on open descriptors, and the rename happens inside the folder that was checked.
public enum PrivateFile {
    /// Why a write failed: the step and the `errno`, or a sentence when no `errno` says it.
    public struct Failure: Error, Sendable {
        public var action: String
        public var code: Int32
        public var explanation: String?
        public var reason: String { explanation ?? String(cString: strerror(code)) }

        init(action: String, code: Int32, explanation: String? = nil) {
            self.action = action
            self.code = code
            self.explanation = explanation
        }
    }

    /// What to do when the target name is already taken.
    public enum Existing: Sendable {
        /// Replace it (drafts: each save replaces the last).
        case replace
        /// Leave it and fail with `EEXIST` (an export without `--force`): decided atomically, so
        /// a file that appears during the write is not overwritten either.
        case keep
    }

    /// Writes `data` to a 0600 temporary file beside `path`, syncs it and renames it over `path`.
    ///
    /// The folder named in `path` is the one the user chose, so a link in it (`~/exports` pointing
    /// at another disk) is resolved once, here; the folder it leads to is then checked and used
    /// by descriptor like any other.
    /// - Parameter groupReadable: also readable by the folder's group (0640), and only when the
    ///   folder is a team's setgid folder (`PrivateFolder.isTeamFolder`); elsewhere owner-only.
    public static func save(_ data: Data, to path: String, existing: Existing = .replace, groupReadable: Bool = false) throws {
        try save(to: path, existing: existing, groupReadable: groupReadable) { fd in try ByteSink.writeAll([UInt8](data), to: fd) }
    }

    /// The same for content written as it is made: `write` gets the temporary file's descriptor.
    public static func save(
        to path: String, existing: Existing = .replace, groupReadable: Bool = false, writing write: (Int32) throws -> Void
    ) throws {
        let url = URL(fileURLWithPath: path)
        var folderPath = url.deletingLastPathComponent().path
        if let resolved = realpath(folderPath, nil) {
            folderPath = String(cString: resolved)
            free(resolved)
        }
        let folder = try PrivateFolder(path: folderPath)
        try folder.save(as: url.lastPathComponent, existing: existing, groupReadable: groupReadable, writing: write)
    }
}
