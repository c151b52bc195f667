import Foundation

/// One streamed read of an export (`ImportReader`): what the scanner hands over is gathered
/// into batches of records, read and checked across the cores, and written in file order; the
/// export's own fields are kept to be checked once the whole file is in.
final class ImportReading {
    /// A batch is written when it holds this many records or bytes, whichever comes first: large
    /// enough to share out over the cores, small enough that memory stays flat.
    static let batchCount = 1_024
    static let batchBytes = 4 << 20

    private struct Pending: Sendable {
        var section: ImportSection
        var position: Int
        var bytes: [UInt8]
    }

    private let writer: ImportWriter
    private let now: Date?
    private var batch: [Pending] = []
    private var batchSize = 0
    private(set) var fileProblems = ImportProblemList()
    /// The top-level names an export uses, once seen: another list of the same name is refused.
    private var seen: Set<String> = []
    /// A list given twice, whose second copy is passed over.
    private var ignoring: String?
    private var format: JSONValue?
    private var schemaVersion: JSONValue?
    private var damaged = 0

    private static let fields: Set<String> = ["format", "schemaVersion", "damaged"]

    init(writer: ImportWriter, now: Date?) {
        self.writer = writer
        self.now = now
        batch.reserveCapacity(Self.batchCount)
    }

    func take(_ event: ExportScanner.Event) throws {
        switch event {
        case .key(let name):
            ignoring = nil
            guard ImportSection(rawValue: name) != nil || Self.fields.contains(name) else { return }
            if !seen.insert(name).inserted {
                ignoring = name
                fileProblem("it names “\(name)” twice; an export gives each of its parts once")
            }
        case .item(let key, _, _) where key == ignoring:
            return
        case .item("damaged", _, _):
            damaged += 1
        case .item(let key, let index, let bytes):
            guard let section = ImportSection(rawValue: key) else { return }
            guard let bytes else {
                writer.note(ImportProblem(
                    record: ImportRow.label(section, index, id: nil), field: "",
                    message: "is larger than \(ExportScanner.itemLimit >> 20) MiB, more than any record; the file is damaged here"))
                return
            }
            batch.append(Pending(section: section, position: index, bytes: bytes))
            batchSize += bytes.count
            if batch.count >= Self.batchCount || batchSize >= Self.batchBytes { try flush() }
        case .value(let key, _) where key == ignoring:
            return
        case .value(let key, let bytes):
            let value = bytes.flatMap { try? JSONValue.decodeFragment($0) }
            switch key {
            case "format": format = value
            case "schemaVersion": schemaVersion = value
            case _ where ImportSection(rawValue: key) != nil:
                writer.note(ImportProblem(record: "the file", field: key, message: "must be a list of records"))
            default: break
            }
        }
    }

    /// Writes what is still gathered, then checks the export's own fields.
    func finish() throws {
        try flush()
        if case .string("liaison-export")? = format {} else {
            fileProblem("it is not a Liaison export: its “format” is not “liaison-export”")
        }
        switch schemaVersion {
        case .int(let version)? where version > LiaisonCore.exportVersion:
            fileProblem("it comes from a newer version of Liaison (version \(version)); update Liaison first")
        case .int(let version)? where version >= 1: writer.checkDeclared(version: version)
        default: fileProblem("its “schemaVersion” is missing or not a version number")
        }
        if damaged > 0 {
            fileProblem("it is a salvage holding \(damaged) damaged row(s) under “damaged”; repair or remove them, then import again")
        }
    }

    func fileProblem(_ message: String) {
        fileProblems.append(ImportProblem(record: "the file", field: "", message: message))
    }

    /// Reads and checks the batch across the cores, then writes it in file order.
    private func flush() throws {
        guard !batch.isEmpty else { return }
        let pending = batch, now = now
        let chunks = pending.count < 64 ? 1 : ProcessInfo.processInfo.activeProcessorCount * 2
        let size = (pending.count + chunks - 1) / chunks
        let results = Slots<[ImportRow]>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let context = ImportRow.Context(now: now)
            let range = min(pending.count, chunk * size)..<min(pending.count, (chunk + 1) * size)
            results.set(chunk, .success(pending[range].map { $0.section.row($0.bytes, position: $0.position, context) }))
        }
        batch.removeAll(keepingCapacity: true)
        batchSize = 0
        for row in try results.joined() as [ImportRow] { try writer.write(row) }
    }
}
