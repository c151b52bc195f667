import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a streamed import comes from: the bytes of a file handed over a piece at a time, so
/// reading an export of any size holds one piece, not the whole file. The counterpart of `ByteSink`.
public final class ByteSource {
    private let produce: () throws -> [UInt8]?
    private let finish: () -> Void

    /// Takes each piece from `produce`, which returns nil at the end; `finish` runs when the
    /// source is no longer used (to close a file).
    public init(_ produce: @escaping () throws -> [UInt8]?, finish: @escaping () -> Void = {}) {
        self.produce = produce
        self.finish = finish
    }

    /// Hands `data` over `size` bytes at a time: small callers, and tests that split a file
    /// at every awkward place.
    public convenience init(_ data: Data, size: Int = 1 << 16) {
        var offset = data.startIndex
        self.init {
            guard offset < data.endIndex else { return nil }
            let end = min(offset + max(1, size), data.endIndex)
            defer { offset = end }
            return [UInt8](data[offset..<end])
        }
    }

    /// Reads an open file descriptor to its end; `failure` words a read error (the file's name is
    /// the caller's to give). With `closing`, the descriptor is closed when the source is done with.
    convenience init(descriptor: Int32, closing: Bool = true, failure: @escaping (Int32) -> any Error) {
        let size = 1 << 16
        self.init({
            var piece = [UInt8](repeating: 0, count: size)
            while true {
                let n = piece.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, size) }
                if n < 0 && errno == EINTR { continue }
                guard n >= 0 else { throw failure(errno) }
                guard n > 0 else { return nil }
                piece.removeSubrange(n...)
                return piece
            }
        }, finish: { if closing { close(descriptor) } })
    }

    deinit { finish() }

    /// The next piece, or nil once everything has been read.
    func next() throws -> [UInt8]? { try produce() }
}
