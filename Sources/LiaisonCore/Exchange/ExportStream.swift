import Foundation

/// Writes a store's export as it reads it: each table in id order through a cursor, a batch of
/// records at a time, so memory stays the same whatever the store's size and the first bytes
/// go out at once. The JSON is byte for byte what `ExportDocument.json()` gives for the same
/// records (sorted keys, pretty, ISO-8601 dates), so exporting, importing into an empty store
/// and exporting again gives the same file. The rows come through the store's seam
/// (`RecordReader.everyBody`), so a store file and a PostgreSQL store holding the same records
/// export the same bytes.
///
/// Each body is written straight from its stored bytes (`BodyTranscoder`); one the transcoder
/// does not fully understand is decoded and encoded again through `Codable`, as every record
/// once was, which writes the same bytes or fails the export as it always did.
enum ExportStream {
    /// Records read and converted per batch, spread over the cores.
    static let batchSize = 2048

    /// The most handed to the sink at once, so what it holds stays near its own buffer's size.
    static let pieceSize = 16_384

    /// The sections in the order the file's sorted keys put them.
    static let sections: [ExportSection] = [
        .of(PartnershipAgreement.self, "agreements", PartnershipAgreement.table, .agreement),
        .of(Contact.self, "contacts", Contact.table, .contact),
        .of(DayReview.self, "dayReviews", DayReview.table, .dayReview),
        .of(Escalation.self, "escalations", Escalation.table, .escalation),
        .of(HistoryEntry.self, "history", "history", .history),
        .of(Partner.self, "partners", Partner.table, .partner),
        .of(Person.self, "people", Person.table, .person),
        .of(CareTask.self, "tasks", CareTask.table, .task),
    ]

    static func json(_ db: any RecordReader, to sink: ByteSink) throws {
        try sink.write("{\n")
        var first = true
        func key(_ name: String) throws {
            try sink.write((first ? "" : ",\n") + "  \"\(name)\" : ")
            first = false
        }
        for section in sections {
            // "format" and "schemaVersion" sort among the lists.
            if section.name == "history" { try key("format"); try sink.write("\"liaison-export\"") }
            if section.name == "tasks" { try key("schemaVersion"); try sink.write("\(LiaisonCore.exportVersion)") }
            try key(section.name)
            try sink.write("[")
            let count = try records(section, db, convert: { body, first, out, coders in
                if !first { out.append(UInt8(ascii: ",")) }
                out.append(0x0A)
                try section.appendJSON(body, to: out, coders)
            }) { try sink.write(bytes: $0) }
            try sink.write(count == 0 ? "\n\n  ]" : "\n  ]")
        }
        try sink.write("\n}")
    }

    /// CSV: one section per kind, each a `# kind` line, a header row and a row per record;
    /// nested values are JSON within their cell (`CSVTable`). The header names every top-level
    /// field any record of the kind has, which SQLite lists from the bodies before the rows go out.
    /// Every line ends in CRLF, as the report's CSV does (both are written by `RFC4180`).
    static func csv(_ db: any RecordReader, to sink: ByteSink) throws {
        let order = ["people", "partners", "contacts", "tasks", "escalations", "agreements", "dayReviews", "history"]
        for name in order {
            guard let section = sections.first(where: { $0.name == name }) else { continue }
            let columns = try db.fieldNames(of: section.table)
            try sink.write("# \(name)\r\n" + CSVTable.header(columns))
            let shaped = section.columns(columns)
            _ = try records(section, db, convert: { body, _, out, coders in
                out.append(contentsOf: try section.row(body, shaped, coders).utf8)
            }) { try sink.write(bytes: $0) }
            try sink.write("\r\n")
        }
    }

    /// Every row of a section in id order, converted for export and handed on in order, in
    /// pieces of at most `pieceSize` bytes; returns how many rows there were. One batch is
    /// converted on other threads while the next is read.
    static func records(
        _ section: ExportSection, _ db: any RecordReader, convert: @escaping BatchConversion.Convert,
        _ each: (ArraySlice<UInt8>) throws -> Void
    ) throws -> Int {
        var batch: [String] = []
        batch.reserveCapacity(batchSize)
        var count = 0
        var converting: BatchConversion?
        // A batch still converting when reading fails is waited for, never left running.
        defer { _ = try? converting?.finished() }
        func handOn() throws {
            guard let done = converting else { return }
            converting = nil
            for bytes in try done.finished() {
                for start in stride(from: 0, to: bytes.count, by: pieceSize) {
                    try each(bytes[start..<min(bytes.count, start + pieceSize)])
                }
            }
        }
        func start() throws {
            try handOn()
            converting = BatchConversion(batch, first: count == 0, convert)
            count += batch.count
            batch = []
            batch.reserveCapacity(batchSize)
        }
        try db.everyBody(of: section.table) { body in
            batch.append(body)
            if batch.count == batchSize { try start() }
        }
        if !batch.isEmpty { try start() }
        try handOn()
        return count
    }
}

/// Results filled in from several threads, one slot per chunk, joined in order.
final class Slots<T: Sendable>: @unchecked Sendable {
    private var slots: [Result<T, any Error>?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Result<T, any Error>) { lock.withLock { slots[index] = result } }

    func joined<E>() throws -> [E] where T == [E] { try slots.flatMap { try $0?.get() ?? [] } }
}
