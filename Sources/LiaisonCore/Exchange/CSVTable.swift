import Foundation

/// Flattens records into CSV: a column per top-level field, in sorted order. Written by the
/// report's writer (`RFC4180`: CRLF line ends, quoting, cells made safe for spreadsheets), so
/// the two CSV files a care worker opens read alike; JSON is the lossless export.
enum CSVTable {
    /// Compact JSON with sorted keys and ISO-8601 dates: a record's fields as they are split into cells.
    static var encoder: JSONEncoder {
        let encoder = RecordCoding.exportEncoder
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    static func render<R: Encodable>(_ records: [R]) throws -> String {
        let encoder = Self.encoder
        let encoded = try records.map { try encoder.encode($0) }
        let decoder = JSONDecoder()
        let columns = Set(try encoded.flatMap { try decoder.decode([String: JSONValue].self, from: $0).keys }).sorted()
        return header(columns) + (try encoded.map { try row($0, columns: columns) }.joined())
    }

    /// The header line: the column names, each a record's top-level field.
    static func header(_ columns: [String]) -> String {
        RFC4180.record(columns)
    }

    /// One record's line, from its JSON as `encoder` writes it: a cell per column, empty where
    /// the record has no such field.
    static func row(_ json: Data, columns: [String]) throws -> String {
        let fields = try JSONDecoder().decode([String: JSONValue].self, from: json)
        let encoder = Self.encoder
        return RFC4180.record(try columns.map { try fields[$0]?.cell(encoder) ?? "" })
    }
}

/// Any JSON value, so a record's fields can be written out one cell each.
enum JSONValue: Codable {
    case null, bool(Bool), int(Int), double(Double), string(String), array([JSONValue]), object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let v = try? c.decode(Bool.self) { self = .bool(v) }
        else if let v = try? c.decode(Int.self) { self = .int(v) }
        else if let v = try? c.decode(Double.self) { self = .double(v) }
        else if let v = try? c.decode(String.self) { self = .string(v) }
        else if let v = try? c.decode([JSONValue].self) { self = .array(v) }
        else { self = .object(try c.decode([String: JSONValue].self)) }
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .null: try c.encodeNil()
        case .bool(let v): try c.encode(v)
        case .int(let v): try c.encode(v)
        case .double(let v): try c.encode(v)
        case .string(let v): try c.encode(v)
        case .array(let v): try c.encode(v)
        case .object(let v): try c.encode(v)
        }
    }

    /// Plain text for scalars, compact JSON for anything nested.
    func cell(_ encoder: JSONEncoder) throws -> String {
        switch self {
        case .null: ""
        case .bool(let v): v ? "true" : "false"
        case .int(let v): String(v)
        case .double(let v): String(v)
        case .string(let v): v
        case .array, .object: String(decoding: try encoder.encode(self), as: UTF8.self)
        }
    }
}
