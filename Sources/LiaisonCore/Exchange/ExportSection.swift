import Foundation

/// One table of the export: its name in the file, its table in the store, the shape of its
/// bodies, and how one of its bodies becomes the export's bytes.
///
/// A body goes through `BodyTranscoder`, straight from its bytes; one the transcoder refuses
/// goes through `Codable` as every body once did (`appendRecoded`, `recodedRow`), which gives
/// the same bytes, or throws the `DecodingError` that fails the export as it always has.
struct ExportSection: Sendable {
    let name: String
    let table: String
    let shape: BodyShape
    /// `shape` as the transcoder reads it.
    let layout: ShapeTable
    private let recode: @Sendable (String, JSONEncoder) throws -> Data

    static func of<R: Codable & Sendable>(_ type: R.Type, _ name: String, _ table: String, _ shape: BodyShape) -> Self {
        Self(name: name, table: table, shape: shape, layout: ShapeTable(shape)) { body, encoder in
            try encoder.encode(try RecordCoding.decode(R.self, from: body))
        }
    }

    /// `Codable`'s encoders for one thread's bodies, made only when the transcoder refuses one.
    final class Coders {
        lazy var exportEncoder = RecordCoding.exportEncoder
        lazy var csvEncoder = CSVTable.encoder
    }

    /// The CSV columns of a section, with the shape's field each one is.
    struct Columns: Sendable {
        let names: [String]
        fileprivate let fieldOfColumn: [Int?]
    }

    /// The top-level fields of the shape: the CSV columns a body may fill.
    var fields: [BodyShape.Field] {
        guard case .object(let fields) = shape else { return [] }
        return fields
    }

    func columns(_ names: [String]) -> Columns {
        let fields = fields
        return Columns(names: names, fieldOfColumn: names.map { name in fields.firstIndex { $0.name == name } })
    }

    // MARK: JSON

    /// Appends the record as the JSON export writes it inside its list.
    func appendJSON(_ body: String, to out: ByteBuffer, _ coders: Coders) throws {
        if !BodyTranscoder.appendJSON(body, layout, indent: 4, to: out) {
            try appendRecoded(body, to: out, coders)
        }
    }

    /// `appendJSON` through `Codable`: pretty, sorted, ISO dates, `InertText`'s escapes, then
    /// indented to sit inside the document's list.
    func appendRecoded(_ body: String, to out: ByteBuffer, _ coders: Coders) throws {
        let encoded = try recode(body, coders.exportEncoder)
        out.append(contentsOf: Self.nested(Data(InertText.escapingJSON(String(decoding: encoded, as: UTF8.self)).utf8)))
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

    // MARK: CSV

    /// The record's CSV line, CRLF included.
    func row(_ body: String, _ columns: Columns, _ coders: Coders) throws -> String {
        guard let cells = BodyTranscoder.cells(body, layout) else { return try recodedRow(body, columns, coders) }
        return RFC4180.record(columns.fieldOfColumn.map { $0.flatMap { cells[$0] } ?? "" })
    }

    /// `row` through `Codable`.
    func recodedRow(_ body: String, _ columns: Columns, _ coders: Coders) throws -> String {
        try CSVTable.row(try recode(body, coders.csvEncoder), columns: columns.names)
    }
}
