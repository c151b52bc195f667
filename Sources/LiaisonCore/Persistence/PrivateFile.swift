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
/// told to narrow it, so for the whole write everyone could read what was being written.
public enum PrivateFile {
    /// Why a write failed: the step and the `errno`.
    public struct Failure: Error, Sendable {
        public var action: String
        public var code: Int32
        public var reason: String { String(cString: strerror(code)) }
    }

    /// Writes `data` to a 0600 temporary file beside `path`, syncs it and renames it over `path`.
    public static func save(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp").path
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw Failure(action: "create", code: errno) }
        // A temporary file left by an earlier crash keeps its old mode through O_TRUNC.
        var status: Int32 = fchmod(fd, 0o600) == 0 ? 0 : errno
        if status == 0 {
            status = data.withUnsafeBytes { bytes in
                var written = 0
                while written < bytes.count {
                    let n = write(fd, bytes.baseAddress! + written, bytes.count - written)
                    if n < 0 { if errno == EINTR { continue }; return errno }
                    written += n
                }
                return fsync(fd) == 0 ? 0 : errno
            }
        }
        close(fd)
        guard status == 0 else {
            unlink(temporary)
            throw Failure(action: "write", code: status)
        }
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw Failure(action: "replace", code: code)
        }
    }
}
