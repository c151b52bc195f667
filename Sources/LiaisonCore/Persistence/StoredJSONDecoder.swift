import Foundation

/// Decodes a record from the JSON the store keeps (`RecordCoding.encoder`: compact, dates as
/// seconds since 1970) through its own `Decodable` conformance, several times faster than
/// Foundation's `JSONDecoder`; measured in `liaison-bench --decode`.
///
/// Only the fast path: any body it does not read exactly (not JSON, a value of an unexpected
/// kind, a number out of range, invalid UTF-8) makes `decode` fail, and `RecordCoding.decode`
/// then asks Foundation, so every answer — a record or a precise error — is Foundation's.
/// `StoredJSONDecoderTests` holds the two to the same records.
public enum StoredJSONDecoder {
    /// The record in `text`, or an error when this fast path cannot read it (the error says
    /// nothing useful: `RecordCoding.decode` asks Foundation then).
    public static func decode<T: Decodable>(_ type: T.Type, from text: String) throws -> T {
        var text = text
        return try text.withUTF8 { utf8 in
            let bytes = UnsafeRawBufferPointer(utf8)
            let decoder = TokenDecoder(bytes: bytes, json: try StoredJSON(bytes))
            return try decoder.read(T.self, at: 0)
        }
    }

    /// The record in `text` read only by its own `StoredRecord` reader, or nil when that cannot
    /// read it: for tests that the records opening reads by the hundred never fall back.
    static func direct<T: StoredRecord>(_ type: T.Type, from text: String) -> T? {
        var text = text
        return text.withUTF8 { utf8 in
            let bytes = UnsafeRawBufferPointer(utf8)
            guard let json = try? StoredJSON(bytes) else { return nil }
            return try? T(stored: StoredObject(TokenDecoder(bytes: bytes, json: json), at: 0))
        }
    }
}

/// The `Decoder` over one body's tokens. Valid only inside `StoredJSONDecoder.decode`, which
/// holds the bytes; containers remember their own token, so one decoder serves every level.
final class TokenDecoder: Decoder {
    let bytes: UnsafeRawBufferPointer
    let tokens: [StoredJSON.Token]
    /// The token the next `container`/`singleValueContainer` call reads.
    var current = 0

    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(bytes: UnsafeRawBufferPointer, json: StoredJSON) {
        self.bytes = bytes
        tokens = json.tokens
    }

    typealias Refused = StoredJSON.Refused

    // MARK: Values

    /// The value at token `index` as `T`: scalars read directly, dates from seconds since 1970
    /// (as the store writes them), anything else through its own `init(from:)`.
    func read<T: Decodable>(_ type: T.Type, at index: Int) throws -> T {
        if T.self == String.self { return try string(at: index) as! T }
        if T.self == Date.self { return Date(timeIntervalSince1970: try double(at: index)) as! T }
        if T.self == Int.self { return try integer(at: index) as! T }
        if T.self == Bool.self { return try bool(at: index) as! T }
        if T.self == Double.self { return try double(at: index) as! T }
        // The records read by the hundred, and what they hold, skip Codable's containers.
        if let stored = T.self as? any StoredRecord.Type { return try stored.init(stored: StoredObject(self, at: index)) as! T }
        let saved = current
        current = index
        defer { current = saved }
        return try T(from: self)
    }

    func string(at index: Int) throws -> String {
        let token = tokens[index]
        let slice = UnsafeRawBufferPointer(rebasing: bytes[Int(token.start)..<Int(token.end)])
        switch token.kind {
        case .string:
            // Most stored text is ASCII, which needs no validating; `String(validating:)` is
            // generic and looks its metadata up on every call, a sixth of all decoding.
            if slice.allSatisfy({ $0 < 0x80 }) { return String(decoding: slice, as: UTF8.self) }
            guard let text = String(validating: slice, as: UTF8.self) else { throw Refused() }
            return text
        case .escapedString:
            return try unescaped(slice)
        default:
            throw Refused()
        }
    }

    /// A string with backslash escapes, undone; a lone surrogate is refused, as JSON text must be Unicode.
    private func unescaped(_ slice: UnsafeRawBufferPointer) throws -> String {
        var out: [UInt8] = []
        out.reserveCapacity(slice.count)
        var at = 0
        func hex4() throws -> UInt32 {
            var value: UInt32 = 0
            for _ in 0..<4 {
                at += 1
                guard at < slice.count else { throw Refused() }
                let byte = slice[at]
                let digit: UInt8
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
                default: throw Refused()
                }
                value = value << 4 | UInt32(digit)
            }
            return value
        }
        while at < slice.count {
            let byte = slice[at]
            guard byte == UInt8(ascii: "\\") else {
                out.append(byte)
                at += 1
                continue
            }
            at += 1
            guard at < slice.count else { throw Refused() }
            switch slice[at] {
            case UInt8(ascii: "\""): out.append(0x22)
            case UInt8(ascii: "\\"): out.append(0x5C)
            case UInt8(ascii: "/"): out.append(0x2F)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4()
                if (0xD800...0xDBFF).contains(scalar) {
                    // A high surrogate must be followed at once by an escaped low one.
                    guard at + 2 < slice.count, slice[at + 1] == UInt8(ascii: "\\"), slice[at + 2] == UInt8(ascii: "u") else { throw Refused() }
                    at += 2
                    let low = try hex4()
                    guard (0xDC00...0xDFFF).contains(low) else { throw Refused() }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let unicode = Unicode.Scalar(scalar) else { throw Refused() }
                out.append(contentsOf: String(unicode).utf8)
            default:
                throw Refused()
            }
            at += 1
        }
        guard let text = String(validating: out, as: UTF8.self) else { throw Refused() }
        return text
    }

    func bool(at index: Int) throws -> Bool {
        let token = tokens[index]
        guard token.kind == .bool else { throw Refused() }
        return token.start == 1
    }

    /// Whole numbers as the store writes ids' versions and whole-second dates; anything with a
    /// fraction or exponent, or too long to be sure of, is left to Foundation.
    func integer(at index: Int) throws -> Int {
        let token = tokens[index]
        guard token.kind == .number, token.end - token.start <= 18 else { throw Refused() }
        var at = Int(token.start)
        let negative = bytes[at] == UInt8(ascii: "-")
        if negative { at += 1 }
        var value = 0
        while at < Int(token.end) {
            let byte = bytes[at]
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { throw Refused() }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
            at += 1
        }
        return negative ? -value : value
    }

    func double(at index: Int) throws -> Double {
        if let whole = try? integer(at: index) { return Double(whole) }
        let token = tokens[index]
        guard token.kind == .number,
              let text = String(validating: UnsafeRawBufferPointer(rebasing: bytes[Int(token.start)..<Int(token.end)]), as: UTF8.self),
              let value = Double(text), value.isFinite
        else { throw Refused() }
        return value
    }

    func isNull(at index: Int) -> Bool { tokens[index].kind == .null }

    /// The value token of `key` in the object at `object`, or nil when the object has no such key.
    func field(_ key: String, in object: Int) -> Int? {
        var key = key
        return key.withUTF8 { field(UnsafeRawBufferPointer($0), in: object) }
    }

    /// The same for a key written in the code, as `StoredObject`'s readers name theirs.
    func field(_ key: StaticString, in object: Int) -> Int? {
        field(UnsafeRawBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount), in: object)
    }

    private func field(_ wanted: UnsafeRawBufferPointer, in object: Int) -> Int? {
        var index = object + 1
        let end = Int(tokens[object].next)
        while index < end {
            let name = tokens[index]
            let length = Int(name.end - name.start)
            // The first byte before the rest: most keys differ there.
            if name.kind == .string, length == wanted.count,
               length == 0 || bytes[Int(name.start)] == wanted[0] && memcmp(bytes.baseAddress! + Int(name.start), wanted.baseAddress!, length) == 0 {
                return index + 1
            }
            index = Int(tokens[index + 1].next)
        }
        return nil
    }

    // MARK: Decoder

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard tokens[current].kind == .object else { throw Refused() }
        return KeyedDecodingContainer(KeyedReader<Key>(decoder: self, object: current))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard tokens[current].kind == .array else { throw Refused() }
        return UnkeyedReader(decoder: self, array: current)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SingleReader(decoder: self, index: current)
    }
}

private struct KeyedReader<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: TokenDecoder
    let object: Int

    var codingPath: [any CodingKey] { [] }

    var allKeys: [Key] {
        var keys: [Key] = []
        var index = object + 1
        while index < Int(decoder.tokens[object].next) {
            if let name = try? decoder.string(at: index), let key = Key(stringValue: name) { keys.append(key) }
            index = Int(decoder.tokens[index + 1].next)
        }
        return keys
    }

    func contains(_ key: Key) -> Bool { decoder.field(key.stringValue, in: object) != nil }

    private func value(_ key: Key) throws -> Int {
        guard let index = decoder.field(key.stringValue, in: object) else { throw StoredJSON.Refused() }
        return index
    }

    func decodeNil(forKey key: Key) throws -> Bool { decoder.isNull(at: try value(key)) }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decoder.bool(at: try value(key)) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try decoder.string(at: try value(key)) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decoder.double(at: try value(key)) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { throw StoredJSON.Refused() }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decoder.integer(at: try value(key)) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { throw StoredJSON.Refused() }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { throw StoredJSON.Refused() }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { throw StoredJSON.Refused() }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { throw StoredJSON.Refused() }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { throw StoredJSON.Refused() }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { throw StoredJSON.Refused() }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { throw StoredJSON.Refused() }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { throw StoredJSON.Refused() }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { throw StoredJSON.Refused() }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try decoder.read(T.self, at: try value(key)) }

    /// Absent or null is nil, as Foundation reads an optional.
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let index = decoder.field(key.stringValue, in: object), !decoder.isNull(at: index) else { return nil }
        return try decoder.read(T.self, at: index)
    }

    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
        guard let index = decoder.field(key.stringValue, in: object), !decoder.isNull(at: index) else { return nil }
        return try decoder.string(at: index)
    }

    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
        guard let index = decoder.field(key.stringValue, in: object), !decoder.isNull(at: index) else { return nil }
        return try decoder.bool(at: index)
    }

    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
        guard let index = decoder.field(key.stringValue, in: object), !decoder.isNull(at: index) else { return nil }
        return try decoder.integer(at: index)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        let index = try value(key)
        guard decoder.tokens[index].kind == .object else { throw StoredJSON.Refused() }
        return KeyedDecodingContainer(KeyedReader<NestedKey>(decoder: decoder, object: index))
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        let index = try value(key)
        guard decoder.tokens[index].kind == .array else { throw StoredJSON.Refused() }
        return UnkeyedReader(decoder: decoder, array: index)
    }

    func superDecoder() throws -> any Decoder { throw StoredJSON.Refused() }
    func superDecoder(forKey key: Key) throws -> any Decoder { throw StoredJSON.Refused() }
}

private struct UnkeyedReader: UnkeyedDecodingContainer {
    let decoder: TokenDecoder
    let array: Int
    /// The token of the next element.
    private var next: Int
    private(set) var currentIndex = 0

    init(decoder: TokenDecoder, array: Int) {
        self.decoder = decoder
        self.array = array
        next = array + 1
    }

    var codingPath: [any CodingKey] { [] }
    var count: Int? {
        var n = 0, index = array + 1
        while index < Int(decoder.tokens[array].next) {
            n += 1
            index = Int(decoder.tokens[index].next)
        }
        return n
    }

    var isAtEnd: Bool { next >= Int(decoder.tokens[array].next) }

    private mutating func advance() throws -> Int {
        guard !isAtEnd else { throw StoredJSON.Refused() }
        let index = next
        next = Int(decoder.tokens[index].next)
        currentIndex += 1
        return index
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, decoder.isNull(at: next) else { return false }
        _ = try advance()
        return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try decoder.bool(at: try advance()) }
    mutating func decode(_ type: String.Type) throws -> String { try decoder.string(at: try advance()) }
    mutating func decode(_ type: Double.Type) throws -> Double { try decoder.double(at: try advance()) }
    mutating func decode(_ type: Float.Type) throws -> Float { throw StoredJSON.Refused() }
    mutating func decode(_ type: Int.Type) throws -> Int { try decoder.integer(at: try advance()) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { throw StoredJSON.Refused() }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { throw StoredJSON.Refused() }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { throw StoredJSON.Refused() }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { throw StoredJSON.Refused() }
    mutating func decode(_ type: UInt.Type) throws -> UInt { throw StoredJSON.Refused() }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { throw StoredJSON.Refused() }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { throw StoredJSON.Refused() }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { throw StoredJSON.Refused() }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { throw StoredJSON.Refused() }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try decoder.read(T.self, at: try advance()) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let index = try advance()
        guard decoder.tokens[index].kind == .object else { throw StoredJSON.Refused() }
        return KeyedDecodingContainer(KeyedReader<NestedKey>(decoder: decoder, object: index))
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let index = try advance()
        guard decoder.tokens[index].kind == .array else { throw StoredJSON.Refused() }
        return UnkeyedReader(decoder: decoder, array: index)
    }

    mutating func superDecoder() throws -> any Decoder { throw StoredJSON.Refused() }
}

private struct SingleReader: SingleValueDecodingContainer {
    let decoder: TokenDecoder
    let index: Int

    var codingPath: [any CodingKey] { [] }

    func decodeNil() -> Bool { decoder.isNull(at: index) }
    func decode(_ type: Bool.Type) throws -> Bool { try decoder.bool(at: index) }
    func decode(_ type: String.Type) throws -> String { try decoder.string(at: index) }
    func decode(_ type: Double.Type) throws -> Double { try decoder.double(at: index) }
    func decode(_ type: Float.Type) throws -> Float { throw StoredJSON.Refused() }
    func decode(_ type: Int.Type) throws -> Int { try decoder.integer(at: index) }
    func decode(_ type: Int8.Type) throws -> Int8 { throw StoredJSON.Refused() }
    func decode(_ type: Int16.Type) throws -> Int16 { throw StoredJSON.Refused() }
    func decode(_ type: Int32.Type) throws -> Int32 { throw StoredJSON.Refused() }
    func decode(_ type: Int64.Type) throws -> Int64 { throw StoredJSON.Refused() }
    func decode(_ type: UInt.Type) throws -> UInt { throw StoredJSON.Refused() }
    func decode(_ type: UInt8.Type) throws -> UInt8 { throw StoredJSON.Refused() }
    func decode(_ type: UInt16.Type) throws -> UInt16 { throw StoredJSON.Refused() }
    func decode(_ type: UInt32.Type) throws -> UInt32 { throw StoredJSON.Refused() }
    func decode(_ type: UInt64.Type) throws -> UInt64 { throw StoredJSON.Refused() }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try decoder.read(T.self, at: index) }
}
