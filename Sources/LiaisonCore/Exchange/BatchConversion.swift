import Foundation

/// One batch of an export's bodies being converted on other threads while the caller reads the
/// next batch from the store: reading and converting overlap, and at most two batches are held.
final class BatchConversion: @unchecked Sendable {
    /// Converts one body into the export's bytes, appended to `out`; `first` is the section's first record.
    typealias Convert = @Sendable (_ body: String, _ first: Bool, _ out: ByteBuffer, _ coders: ExportSection.Coders) throws -> Void

    private let group = DispatchGroup()
    private let results: Slots<[[UInt8]]>

    /// Starts converting `bodies`, split over the cores; `first` when they begin their section.
    init(_ bodies: [String], first: Bool, _ convert: @escaping Convert) {
        let chunks = bodies.count < 256 ? 1 : ProcessInfo.processInfo.activeProcessorCount * 2
        let size = (bodies.count + chunks - 1) / chunks
        let results = Slots<[[UInt8]]>(count: chunks)
        self.results = results
        DispatchQueue.global().async(group: group) {
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let coders = ExportSection.Coders()
                let range = min(bodies.count, chunk * size)..<min(bodies.count, (chunk + 1) * size)
                results.set(chunk, Result {
                    let out = ByteBuffer(capacity: range.count * 1024)
                    for index in range { try convert(bodies[index], first && index == 0, out, coders) }
                    return [Array(out.bytes)]
                })
            }
        }
    }

    /// The batch's bytes, one buffer per chunk in order, once every chunk is done; the first
    /// chunk's error if one failed.
    func finished() throws -> [[UInt8]] {
        group.wait()
        return try results.joined()
    }
}
