import Foundation

/// A record that reads itself from one object of a stored body, field by field, without
/// Codable's containers. Opening a store decodes hundreds of people, partners, tasks and
/// contacts; through `init(from:)` each key of each record costs a boxed container and generic
/// metadata look-ups, which made decoding most of the first frame's time.
///
/// Each reader must read exactly what the type's `Decodable` conformance reads: the same keys,
/// absent or null as nil for an optional, anything else refused (`StoredJSON.Refused`), and then
/// `RecordCoding.decode` asks Foundation, whose record or error stands. Unknown keys are ignored,
/// as synthesised conformances ignore them. `StoredRecordTests` and `StoredJSONFuzzTests` hold
/// every reader to Foundation's answer.
protocol StoredRecord: Decodable {
    init(stored: StoredObject) throws
}

/// One JSON object of a body being read by `StoredJSONDecoder`, valid only inside it.
struct StoredObject {
    private let decoder: TokenDecoder
    private let object: Int

    init(_ decoder: TokenDecoder, at index: Int) throws {
        guard decoder.tokens[index].kind == .object else { throw StoredJSON.Refused() }
        self.decoder = decoder
        object = index
    }

    /// The value token of `key`; refused when absent.
    private func required(_ key: StaticString) throws -> Int {
        guard let index = decoder.field(key, in: object) else { throw StoredJSON.Refused() }
        return index
    }

    /// The value token of `key`, or nil when it is absent or null, as `decodeIfPresent` reads it.
    private func present(_ key: StaticString) -> Int? {
        guard let index = decoder.field(key, in: object), !decoder.isNull(at: index) else { return nil }
        return index
    }

    func string(_ key: StaticString) throws -> String { try decoder.string(at: required(key)) }
    func string(ifPresent key: StaticString) throws -> String? { try present(key).map(decoder.string(at:)) }

    /// Seconds since 1970, as the store writes dates.
    func date(_ key: StaticString) throws -> Date { Date(timeIntervalSince1970: try decoder.double(at: required(key))) }
    func date(ifPresent key: StaticString) throws -> Date? { try present(key).map { Date(timeIntervalSince1970: try decoder.double(at: $0)) } }

    func bool(_ key: StaticString) throws -> Bool { try decoder.bool(at: required(key)) }
    func int(_ key: StaticString) throws -> Int { try decoder.integer(at: required(key)) }

    /// A value named by its raw string, as a `String`-backed enum decodes; an unknown name is refused.
    func named<Value: RawRepresentable>(_ key: StaticString) throws -> Value where Value.RawValue == String {
        guard let value = Value(rawValue: try string(key)) else { throw StoredJSON.Refused() }
        return value
    }

    func named<Value: RawRepresentable>(ifPresent key: StaticString) throws -> Value? where Value.RawValue == String {
        guard let text = try string(ifPresent: key) else { return nil }
        guard let value = Value(rawValue: text) else { throw StoredJSON.Refused() }
        return value
    }

    /// A nested value: through its own `StoredRecord` reader where it has one, else through
    /// `Decodable` (the rarer parts of a record, such as a sharing exception).
    func value<Value: Decodable>(_ key: StaticString) throws -> Value { try decoder.read(Value.self, at: required(key)) }
    func value<Value: Decodable>(ifPresent key: StaticString) throws -> Value? { try present(key).map { try decoder.read(Value.self, at: $0) } }
}
