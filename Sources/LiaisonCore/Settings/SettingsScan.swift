import Foundation

/// What `JSONDecoder` passes over in a settings file, found by walking its text once before it
/// is decoded: a key written twice in one object (the decoder keeps one of the two without a
/// word, so `"dateOrder"` twice, or a member's `"role"` twice, is read as whichever it keeps),
/// and a number that is not a whole number or is too large (the decoder says only "not valid
/// JSON", with no place). Text that does not parse is left to the decoder and
/// `SettingsReading.syntaxProblem`, which say where.
struct SettingsScan {
    private let bytes: [UInt8]
    private var index = 0

    /// The first such mistake, at its place in the file; nil when there is none, or when the
    /// text stops parsing before one is found.
    static func problem(in data: Data) -> DecodingError? {
        var scan = SettingsScan(bytes: Array(data))
        do {
            try scan.value(at: [])
            return nil
        } catch let found as Found {
            return .dataCorrupted(.init(codingPath: found.path, debugDescription: found.message))
        } catch {
            return nil
        }
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
        // A byte-order mark, which editors on Windows write and the decoder reads past.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    }

    private struct Found: Error {
        let path: [any CodingKey]
        let message: String
    }

    /// Text that stops parsing: the decoder says why.
    private struct Unparsed: Error {}

    private mutating func value(at path: [any CodingKey]) throws {
        skipSpace()
        guard index < bytes.count else { throw Unparsed() }
        switch bytes[index] {
        case UInt8(ascii: "{"): try object(at: path)
        case UInt8(ascii: "["): try array(at: path)
        case UInt8(ascii: "\""): _ = try string()
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number(at: path)
        default:
            // true, false, null: the decoder judges where they may stand.
            while index < bytes.count, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[index]) { index += 1 }
        }
    }

    private mutating func object(at path: [any CodingKey]) throws {
        index += 1
        var seen: Set<String> = []
        skipSpace()
        if take(UInt8(ascii: "}")) { return }
        repeat {
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw Unparsed() }
            let key = try string()
            // Placed at the key itself, so a place is never the top of the file, which
            // `SettingsFile` takes for a save caught halfway.
            if !seen.insert(key).inserted {
                throw Found(path: path + [SettingsReading.AnyKey(stringValue: key)], message: "it is written twice here; keep one of them")
            }
            skipSpace()
            guard take(UInt8(ascii: ":")) else { throw Unparsed() }
            try value(at: path + [SettingsReading.AnyKey(stringValue: key)])
            skipSpace()
        } while take(UInt8(ascii: ","))
        guard take(UInt8(ascii: "}")) else { throw Unparsed() }
    }

    private mutating func array(at path: [any CodingKey]) throws {
        index += 1
        skipSpace()
        if take(UInt8(ascii: "]")) { return }
        var position = 0
        repeat {
            try value(at: path + [SettingsReading.EntryKey(position)])
            position += 1
            skipSpace()
        } while take(UInt8(ascii: ","))
        guard take(UInt8(ascii: "]")) else { throw Unparsed() }
    }

    /// Every number in a settings file counts days or hours: whole, and within what a count holds.
    private mutating func number(at path: [any CodingKey]) throws {
        let start = index
        let numeric = Set("-+.eE0123456789".utf8)
        while index < bytes.count, numeric.contains(bytes[index]) { index += 1 }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        if text.contains(where: { ".eE".contains($0) }) {
            throw Found(path: path, message: "\(text) is not a whole number; days and hours are counted in whole numbers")
        }
        if Int(text) == nil { throw Found(path: path, message: "\(text) is too large a number") }
    }

    /// A string, its escapes read, so a key written once plain and once escaped is one key.
    private mutating func string() throws -> String {
        let start = index
        index += 1
        var escaped = false
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if escaped {
                escaped = false
            } else if byte == UInt8(ascii: "\\") {
                escaped = true
            } else if byte == UInt8(ascii: "\"") {
                let literal = bytes[start..<index]
                if !literal.contains(UInt8(ascii: "\\")) { return String(decoding: literal.dropFirst().dropLast(), as: UTF8.self) }
                guard let text = try? JSONSerialization.jsonObject(with: Data(literal), options: .fragmentsAllowed) as? String else {
                    throw Unparsed()
                }
                return text
            }
        }
        throw Unparsed()
    }

    private mutating func skipSpace() {
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    }

    private mutating func take(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }
}
