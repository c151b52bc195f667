import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `open(2)`, named apart from `ImportFile.open(_:)`.
private func systemOpen(_ path: String, _ flags: Int32) -> Int32 {
    #if canImport(Glibc)
    Glibc.open(path, flags)
    #else
    Darwin.open(path, flags)
    #endif
}

/// The file `liaison import` was given, opened only if it is a plain file: a device such as
/// `/dev/zero` would never end, and a FIFO would wait for ever before a word was said.
public enum ImportFile {
    /// The file at `path`, to be read a piece at a time (`Store.importJSON(from:)`).
    public static func open(_ path: String) throws -> ByteSource {
        let shown = InertText.visible(path)
        let fd = systemOpen(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw FieldError("file", "\(shown) cannot be read: \(String(cString: strerror(errno)))") }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            close(fd)
            throw FieldError("file", "\(shown) is not a plain file; give the path of a file written by `liaison export`")
        }
        guard info.st_size > 0 else {
            close(fd)
            throw FieldError("file", "\(shown) is empty")
        }
        return ByteSource(descriptor: fd) { code in
            FieldError("file", "\(shown) cannot be read: \(String(cString: strerror(code)))")
        }
    }

    /// Standard input, for `liaison import -` at the end of a pipe (`liaison export | liaison import -`,
    /// from one machine to another); refused when it is a terminal, where no export would come.
    public static func standardInput() throws -> ByteSource {
        guard isatty(STDIN_FILENO) == 0 else {
            throw FieldError("file", "standard input is a terminal; give the path of an export, or pipe one in")
        }
        return ByteSource(descriptor: STDIN_FILENO, closing: false) { code in
            FieldError("file", "standard input cannot be read: \(String(cString: strerror(code)))")
        }
    }
}
