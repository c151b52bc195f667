import Foundation

/// The JSON forms of records: compact with numeric dates inside the store (fast to load),
/// sorted keys with ISO-8601 dates in an export (readable, and identical every time).
enum RecordCoding {
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .secondsSince1970
        return encoder
    }

    static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        return decoder
    }

    static var exportEncoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    static var exportDecoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }

    /// A record from the JSON the store keeps: read by `StoredJSONDecoder`, or by Foundation's
    /// decoder whenever that cannot read it, so a damaged body fails with Foundation's error.
    static func decode<R: Decodable>(_ type: R.Type, from body: String) throws -> R {
        if let record = try? StoredJSONDecoder.decode(R.self, from: body) { return record }
        return try decoder.decode(R.self, from: Data(body.utf8))
    }

    static func body<R: Encodable>(_ record: R) throws -> String {
        String(decoding: try encoder.encode(record), as: UTF8.self)
    }
}
