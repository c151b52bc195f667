/// A record body read once into a flat list of tokens, for `StoredJSONDecoder`.
///
/// The store's bodies are small, compact JSON written by `RecordCoding.encoder`; decoding
/// thousands of them is the cost under every list, day and check. Foundation's decoder builds a
/// dictionary for every object and a string for every key; here a body becomes one array of
/// token positions, an object's field is found by comparing the key's bytes in place, and a value
/// is skipped by jumping to the token after it. Strict: anything that is not well-formed JSON
/// in UTF-8, or that this reader does not expect, is refused, and the caller then asks
/// Foundation, whose answer (a value or a precise error) stands.
struct StoredJSON {
    enum Kind: UInt8 { case object, array, string, escapedString, number, bool, null }

    struct Token {
        var kind: Kind
        /// Bytes of the value: for a string, inside its quotes; for `bool`, 1 for true.
        var start: Int32
        var end: Int32
        /// The index of the token after this value and everything inside it.
        var next: Int32
    }

    let tokens: [Token]

    struct Refused: Error {}

    /// Deepest nesting read: records nest three or four levels; a body nested deeper is not one.
    static let maximumDepth = 32

    init(_ bytes: UnsafeRawBufferPointer) throws {
        var reader = Reader(bytes: bytes)
        reader.tokens.reserveCapacity(64)
        reader.skipSpace()
        try reader.value(depth: 0)
        reader.skipSpace()
        guard reader.at == bytes.count else { throw Refused() }
        tokens = reader.tokens
    }

    private struct Reader {
        let bytes: UnsafeRawBufferPointer
        var at = 0
        var tokens: [Token] = []

        init(bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

        mutating func skipSpace() {
            while at < bytes.count {
                let byte = bytes[at]
                guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { return }
                at += 1
            }
        }

        mutating func value(depth: Int) throws {
            guard at < bytes.count, depth < StoredJSON.maximumDepth else { throw Refused() }
            switch bytes[at] {
            case UInt8(ascii: "{"): try container(.object, close: UInt8(ascii: "}"), depth: depth)
            case UInt8(ascii: "["): try container(.array, close: UInt8(ascii: "]"), depth: depth)
            case UInt8(ascii: "\""): try string()
            case UInt8(ascii: "t"): try literal("true", .bool, flag: 1)
            case UInt8(ascii: "f"): try literal("false", .bool, flag: 0)
            case UInt8(ascii: "n"): try literal("null", .null, flag: 0)
            default: try number()
            }
        }

        private mutating func container(_ kind: Kind, close: UInt8, depth: Int) throws {
            let index = tokens.count
            tokens.append(Token(kind: kind, start: Int32(at), end: 0, next: 0))
            at += 1
            skipSpace()
            if at < bytes.count, bytes[at] == close {
                at += 1
            } else {
                while true {
                    if kind == .object {
                        guard at < bytes.count, bytes[at] == UInt8(ascii: "\"") else { throw Refused() }
                        try string()
                        // Keys are matched byte for byte; the store never escapes one.
                        guard tokens[tokens.count - 1].kind == .string else { throw Refused() }
                        skipSpace()
                        guard at < bytes.count, bytes[at] == UInt8(ascii: ":") else { throw Refused() }
                        at += 1
                        skipSpace()
                    }
                    try value(depth: depth + 1)
                    skipSpace()
                    guard at < bytes.count else { throw Refused() }
                    if bytes[at] == UInt8(ascii: ",") {
                        at += 1
                        skipSpace()
                        continue
                    }
                    guard bytes[at] == close else { throw Refused() }
                    at += 1
                    break
                }
            }
            tokens[index].end = Int32(at)
            tokens[index].next = Int32(tokens.count)
        }

        /// A string's bytes between its quotes; escapes are checked here and undone when read.
        private mutating func string() throws {
            at += 1
            let start = at
            var escaped = false
            while true {
                guard at < bytes.count else { throw Refused() }
                let byte = bytes[at]
                if byte == UInt8(ascii: "\"") { break }
                guard byte >= 0x20 else { throw Refused() }  // JSON allows no raw control characters
                if byte == UInt8(ascii: "\\") {
                    escaped = true
                    at += 1
                    guard at < bytes.count else { throw Refused() }
                    if bytes[at] == UInt8(ascii: "u") {
                        guard at + 4 < bytes.count else { throw Refused() }
                        for offset in 1...4 where !Self.isHexDigit(bytes[at + offset]) { throw Refused() }
                        at += 4
                    }
                }
                at += 1
            }
            tokens.append(Token(kind: escaped ? .escapedString : .string, start: Int32(start), end: Int32(at), next: Int32(tokens.count + 1)))
            at += 1
        }

        static func isHexDigit(_ byte: UInt8) -> Bool {
            (0x30...0x39).contains(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
        }

        private mutating func literal(_ word: StaticString, _ kind: Kind, flag: Int32) throws {
            let count = word.utf8CodeUnitCount
            guard at + count <= bytes.count else { throw Refused() }
            for offset in 0..<count where bytes[at + offset] != word.utf8Start[offset] { throw Refused() }
            tokens.append(Token(kind: kind, start: flag, end: flag, next: Int32(tokens.count + 1)))
            at += count
        }

        /// JSON's number grammar: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
        private mutating func number() throws {
            let start = at
            func digits() -> Int {
                let from = at
                while at < bytes.count, bytes[at] >= UInt8(ascii: "0"), bytes[at] <= UInt8(ascii: "9") { at += 1 }
                return at - from
            }
            if at < bytes.count, bytes[at] == UInt8(ascii: "-") { at += 1 }
            let whole = at
            guard digits() > 0, !(bytes[whole] == UInt8(ascii: "0") && at - whole > 1) else { throw Refused() }
            if at < bytes.count, bytes[at] == UInt8(ascii: ".") {
                at += 1
                guard digits() > 0 else { throw Refused() }
            }
            if at < bytes.count, bytes[at] == UInt8(ascii: "e") || bytes[at] == UInt8(ascii: "E") {
                at += 1
                if at < bytes.count, bytes[at] == UInt8(ascii: "+") || bytes[at] == UInt8(ascii: "-") { at += 1 }
                guard digits() > 0 else { throw Refused() }
            }
            tokens.append(Token(kind: .number, start: Int32(start), end: Int32(at), next: Int32(tokens.count + 1)))
        }
    }
}
