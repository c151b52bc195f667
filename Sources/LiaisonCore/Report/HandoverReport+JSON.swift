import Foundation

extension HandoverReport {
    /// The encoder for the JSON format: keys sorted so the output is stable, ISO-8601 dates in UTC.
    public static var jsonEncoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    /// The matching decoder, for scripts and tests that read a report back.
    public static var jsonDecoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }

    /// One JSON object holding the whole report; absent values are left out rather than null.
    /// Controls and invisible formatting in stored text are `\u` escapes, never raw bytes.
    public func json() throws -> String {
        InertText.escapingJSON(String(decoding: try Self.jsonEncoder.encode(self), as: UTF8.self)) + "\n"
    }
}
