import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The file `liaison import` was given, read only if it is a plain file: a device such as
/// `/dev/zero` would fill memory, and a FIFO would wait for ever before a word was said.
public enum ImportFile {
    public static func read(_ path: String) throws -> Data {
        let shown = InertText.visible(path)
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw FieldError("file", "\(shown) cannot be read: \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            throw FieldError("file", "\(shown) is not a plain file; give the path of a file written by `liaison export`")
        }
        guard info.st_size > 0 else { throw FieldError("file", "\(shown) is empty") }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: false)
        guard let data = try? handle.readToEnd(), !data.isEmpty else { throw FieldError("file", "\(shown) cannot be read") }
        return data
    }
}
