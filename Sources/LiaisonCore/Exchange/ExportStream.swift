import Foundation
import GRDB

/// Writes a store's export as it reads it: each table in id order through a cursor, a batch of
/// records at a time, so memory stays the same whatever the store's size and the first bytes
/// go out at once. The JSON is byte for byte what `ExportDocument.json()` gives for the same
/// records (sorted keys, pretty, ISO-8601 dates), so exporting, importing into an empty store
/// and exporting again gives the same file.
enum ExportStream {
    /// Records decoded and re-encoded per batch, spread over the cores.
    static let batchSize = 2048

    /// A table of the export: its name in the file, its table in the store, how to re-encode a row.
    struct Section {
        var name: String
        var table: String
        var convert: @Sendable (String, JSONDecoder, JSONEncoder) throws -> Data

        static func of<R: Codable & Sendable>(_ type: R.Type, _ name: String, _ table: String) -> Section {
            Section(name: name, table: table) { body, decoder, encoder in
                try encoder.encode(try decoder.decode(R.self, from: Data(body.utf8)))
            }
        }
    }

    /// The sections in the order the file's sorted keys put them.
    static let sections: [Section] = [
        .of(PartnershipAgreement.self, "agreements", PartnershipAgreement.table),
        .of(Contact.self, "contacts", Contact.table),
        .of(DayReview.self, "dayReviews", DayReview.table),
        .of(Escalation.self, "escalations", Escalation.table),
        .of(HistoryEntry.self, "history", "history"),
        .of(Partner.self, "partners", Partner.table),
        .of(Person.self, "people", Person.table),
        .of(CareTask.self, "tasks", CareTask.table),
    ]

    static func json(_ db: Database, to sink: ByteSink) throws {
        try sink.write("{\n")
        var first = true
        func key(_ name: String) throws {
            try sink.write((first ? "" : ",\n") + "  \"\(name)\" : ")
            first = false
        }
        for section in sections {
            // "format" and "schemaVersion" sort among the lists.
            if section.name == "history" { try key("format"); try sink.write("\"liaison-export\"") }
            if section.name == "tasks" { try key("schemaVersion"); try sink.write("\(LiaisonCore.schemaVersion)") }
            try key(section.name)
            try sink.write("[")
            var count = 0
            try records(section, db, encoder: { RecordCoding.exportEncoder }, finish: { encoded in
                nested(Data(InertText.escapingJSON(String(decoding: encoded, as: UTF8.self)).utf8))
            }) { bytes in
                try sink.write(count == 0 ? "\n" : ",\n")
                try sink.write(bytes: bytes)
                count += 1
            }
            try sink.write(count == 0 ? "\n\n  ]" : "\n  ]")
        }
        try sink.write("\n}")
    }

    /// CSV: one section per kind, each a `# kind` line, a header row and a row per record;
    /// nested values are JSON within their cell (`CSVTable`). The header names every top-level
    /// field any record of the kind has, which SQLite lists from the bodies before the rows go out.
    /// Every line ends in CRLF, as the report's CSV does (both are written by `RFC4180`).
    static func csv(_ db: Database, to sink: ByteSink) throws {
        let order = ["people", "partners", "contacts", "tasks", "escalations", "agreements", "dayReviews", "history"]
        for name in order {
            guard let section = sections.first(where: { $0.name == name }) else { continue }
            let columns = try String.fetchAll(db, sql: """
                SELECT DISTINCT field.key FROM \(section.table), json_each(\(section.table).body) AS field
                WHERE json_valid(\(section.table).body) ORDER BY field.key
                """)
            try sink.write("# \(name)\r\n" + CSVTable.header(columns))
            try records(section, db, encoder: { CSVTable.encoder }, finish: { encoded in
                Array(try CSVTable.row(encoded, columns: columns).utf8)
            }) { try sink.write(bytes: $0) }
            try sink.write("\r\n")
        }
    }

    /// Every row of a section in id order, re-encoded for export, handed on in order.
    static func records(
        _ section: Section, _ db: Database, encoder: @escaping @Sendable () -> JSONEncoder,
        finish: @escaping @Sendable (Data) throws -> [UInt8], _ each: ([UInt8]) throws -> Void
    ) throws {
        let bodies = try String.fetchCursor(db, sql: "SELECT body FROM \(section.table) ORDER BY id")
        var batch: [String] = []
        batch.reserveCapacity(batchSize)
        func emit() throws {
            for bytes in try convert(batch, section, encoder, finish) { try each(bytes) }
            batch.removeAll(keepingCapacity: true)
        }
        while let body = try bodies.next() {
            batch.append(body)
            if batch.count == batchSize { try emit() }
        }
        try emit()
    }

    /// Decodes and re-encodes a batch, split over the cores; JSON coding is most of an export's work.
    private static func convert(
        _ bodies: [String], _ section: Section, _ encoder: @escaping @Sendable () -> JSONEncoder,
        _ finish: @escaping @Sendable (Data) throws -> [UInt8]
    ) throws -> [[UInt8]] {
        let chunks = bodies.count < 256 ? 1 : ProcessInfo.processInfo.activeProcessorCount * 2
        let size = (bodies.count + chunks - 1) / chunks
        let results = Slots<[[UInt8]]>(count: chunks)
        let convert = section.convert
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let decoder = RecordCoding.decoder, encoder = encoder()
            let range = min(bodies.count, chunk * size)..<min(bodies.count, (chunk + 1) * size)
            results.set(chunk, Result { try bodies[range].map { try finish(try convert($0, decoder, encoder)) } })
        }
        return try results.joined()
    }

    /// A record's pretty JSON indented to sit inside a list of the document: four spaces before
    /// every line but the empty ones an empty list prints, as the encoder does.
    static func nested(_ json: Data) -> [UInt8] {
        var out: [UInt8] = [0x20, 0x20, 0x20, 0x20]
        out.reserveCapacity(json.count + json.count / 8)
        var previous: UInt8 = 0
        for byte in json {
            if previous == 0x0A && byte != 0x0A { out += [0x20, 0x20, 0x20, 0x20] }
            out.append(byte)
            previous = byte
        }
        return out
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
