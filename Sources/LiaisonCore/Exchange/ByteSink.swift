import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `write(2)`, named apart from `ByteSink.write(_:)`.
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(fd, buffer, count)
    #else
    Darwin.write(fd, buffer, count)
    #endif
}

/// Where a streamed export goes: bytes gathered in one buffer and handed on whenever it fills,
/// so writing a store of any size holds one buffer, not the whole file.
public final class ByteSink {
    private var buffer: [UInt8] = []
    private let capacity = 1 << 16
    private let emit: ([UInt8]) throws -> Void

    /// Hands each full buffer to `emit` (tests gather them; a file writes them).
    public init(_ emit: @escaping ([UInt8]) throws -> Void) {
        self.emit = emit
        buffer.reserveCapacity(capacity)
    }

    /// Writes to an open file descriptor (stdout, or a private temporary file).
    public convenience init(descriptor: Int32) {
        self.init { bytes in try Self.writeAll(bytes, to: descriptor) }
    }

    public func write(_ text: String) throws { try write(bytes: text.utf8) }

    public func write<S: Sequence>(bytes: S) throws where S.Element == UInt8 {
        buffer.append(contentsOf: bytes)
        if buffer.count >= capacity { try flush() }
    }

    /// Hands on what is buffered; call once at the end.
    public func flush() throws {
        guard !buffer.isEmpty else { return }
        try emit(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) throws {
        try bytes.withUnsafeBytes { raw in
            var written = 0
            while written < raw.count {
                let n = systemWrite(descriptor, raw.baseAddress! + written, raw.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw PrivateFile.Failure(action: "write", code: errno)
                }
                written += n
            }
        }
    }
}
