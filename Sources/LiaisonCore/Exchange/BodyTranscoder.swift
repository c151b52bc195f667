import Foundation

/// Writes a stored record body as the export writes it, straight from the body's bytes: what
/// decoding it with `RecordCoding.decoder` and encoding it again gives, without `Codable`.
///
/// The store keeps compact JSON with sorted keys, dates as seconds since 1970 and slashes
/// escaped; the export wants the same values pretty-printed as Foundation prints them (2-space
/// nesting, `"key" : value`, `[\n\n]` for an empty list), ISO-8601 dates, slashes as they are,
/// and `InertText.escapingJSON`'s escapes inside strings. Every body is read against its
/// record's `BodyShape` (laid out as a `ShapeTable`); one that strays from it in any way (a
/// field not listed, a `null`, a number that is not a plain date, a lone surrogate, whitespace,
/// anything a `Codable` decode might read differently) is refused here — the caller then takes
/// `Codable`'s path for that record, which writes it exactly as before, or fails the export
/// exactly as before.
struct BodyTranscoder {
    /// How strings are written.
    enum Escaping {
        /// As the JSON export: JSON's escapes, then `InertText.escapingJSON`'s.
        case inertJSON
        /// JSON's escapes only: a nested value inside a CSV cell, which `RFC4180` makes visible.
        case json
        /// The text itself: a CSV cell.
        case none
    }

    /// Why a body was refused; never shown, the record is written through `Codable` instead.
    struct Refusal: Error {}

    private let bytes: UnsafeBufferPointer<UInt8>
    private var at = 0
    private let out: ByteBuffer
    private let pretty: Bool
    private let escaping: Escaping
    // The table's parts, held here so that reading them retains nothing.
    private let nodes: UnsafeBufferPointer<ShapeTable.Node>
    private let fields: UnsafeBufferPointer<ShapeTable.Field>
    private let choices: UnsafeBufferPointer<Range<Int>>
    private let pool: UnsafeBufferPointer<UInt8>

    private init(_ bytes: UnsafeBufferPointer<UInt8>, _ table: ShapeTable, into out: ByteBuffer, pretty: Bool, escaping: Escaping) {
        self.bytes = bytes
        self.out = out
        self.pretty = pretty
        self.escaping = escaping
        nodes = table.nodes
        fields = table.fields
        choices = table.choices
        pool = table.pool
    }

    /// Appends `body` to `out` as the JSON export writes the record inside its list, its lines
    /// indented by `indent`; false, with `out` as it was, when the body is not fully understood.
    static func appendJSON(_ body: String, _ table: ShapeTable, indent: Int, to out: ByteBuffer) -> Bool {
        var body = body
        return withExtendedLifetime(table) {
            body.withUTF8 { bytes in
                var transcoder = BodyTranscoder(bytes, table, into: out, pretty: true, escaping: .inertJSON)
                let start = out.count
                transcoder.spaces(indent)
                do throws(Refusal) {
                    try transcoder.value(table.root, indent: indent)
                    try transcoder.end()
                    return true
                } catch {
                    out.truncate(to: start)
                    return false
                }
            }
        }
    }

    /// The text of each top-level field's CSV cell, by field of the record's node (nil where the
    /// body has none): scalars as themselves, dates in ISO-8601, nested values as compact JSON.
    /// Nil when the body is not fully understood.
    static func cells(_ body: String, _ table: ShapeTable) -> [String?]? {
        var body = body
        return withExtendedLifetime(table) {
            body.withUTF8 { bytes in
                let record = table.nodes[table.root].items
                var cells = [String?](repeating: nil, count: record.count)
                let cell = ByteBuffer(capacity: 1024)
                var scalars = BodyTranscoder(bytes, table, into: cell, pretty: false, escaping: .none)
                var nested = BodyTranscoder(bytes, table, into: cell, pretty: false, escaping: .json)
                do throws(Refusal) {
                    try scalars.object(table.root) { field, me throws(Refusal) in
                        cell.truncate(to: 0)
                        switch me.nodes[me.fields[field].node].kind {
                        case .object, .list:
                            nested.at = me.at
                            try nested.member(field, indent: 0)
                            me.at = nested.at
                        case .date:
                            try me.date(quoted: false)
                        default:
                            try me.value(me.fields[field].node, indent: 0)
                        }
                        cells[field - record.lowerBound] = String(decoding: cell.bytes, as: UTF8.self)
                    }
                    try scalars.end()
                    return cells
                } catch {
                    return nil
                }
            }
        }
    }

    // MARK: Values

    private mutating func value(_ node: Int, indent: Int) throws(Refusal) {
        let shape = nodes[node]
        switch shape.kind {
        case .text: try string()
        case .choice: try choice(shape.items)
        case .date: try date(quoted: true)
        case .integer: try integer()
        case .flag: try flag()
        case .object: try nested(node, indent: indent)
        case .list: try list(shape.items.lowerBound, indent: indent, omittedWhenEmpty: false)
        }
    }

    /// A field's value: a list the encoder leaves out when empty must not be empty.
    private mutating func member(_ field: Int, indent: Int) throws(Refusal) {
        let shape = nodes[fields[field].node]
        if shape.kind == .list {
            try list(shape.items.lowerBound, indent: indent, omittedWhenEmpty: fields[field].omittedWhenEmpty)
        } else {
            try value(fields[field].node, indent: indent)
        }
    }

    /// A struct: its fields written in order, as the encoder writes them.
    private mutating func nested(_ node: Int, indent: Int) throws(Refusal) {
        out.append(UInt8(ascii: "{"))
        var count = 0
        try object(node) { field, me throws(Refusal) in
            me.separator(first: count == 0, indent: indent + 2)
            me.out.append(me.text(me.pretty ? me.fields[field].pretty : me.fields[field].compact))
            try me.member(field, indent: indent + 2)
            count += 1
        }
        close(UInt8(ascii: "}"), empty: count == 0, indent: indent)
    }

    /// Reads an object whose keys must be the node's field names in their order, each at most
    /// once, every required one present; `each` reads the value of the field it is given.
    private mutating func object(_ node: Int, _ each: (Int, inout BodyTranscoder) throws(Refusal) -> Void) throws(Refusal) {
        let members = nodes[node].items
        try expect(UInt8(ascii: "{"))
        var next = members.lowerBound
        if peek() != UInt8(ascii: "}") {
            repeat {
                // The key is the next field's, or a later one's past optional fields; anything
                // else (an unknown key, one out of order or written with escapes) is refused.
                while next < members.upperBound && !key(text(fields[next].quoted)) {
                    guard fields[next].isOptional else { throw Refusal() }
                    next += 1
                }
                guard next < members.upperBound else { throw Refusal() }
                next += 1
                try each(next - 1, &self)
            } while try more()
        }
        try expect(UInt8(ascii: "}"))
        while next < members.upperBound {
            guard fields[next].isOptional else { throw Refusal() }
            next += 1
        }
    }

    private mutating func list(_ element: Int, indent: Int, omittedWhenEmpty: Bool) throws(Refusal) {
        try expect(UInt8(ascii: "["))
        out.append(UInt8(ascii: "["))
        var count = 0
        if peek() != UInt8(ascii: "]") {
            repeat {
                separator(first: count == 0, indent: indent + 2)
                try value(element, indent: indent + 2)
                count += 1
            } while try more()
        }
        try expect(UInt8(ascii: "]"))
        if count == 0 && omittedWhenEmpty { throw Refusal() }
        close(UInt8(ascii: "]"), empty: count == 0, indent: indent)
    }

    /// A choice's raw value, which needs no escaping (`BodyShape.choice` makes sure).
    private mutating func choice(_ values: Range<Int>) throws(Refusal) {
        let quoted = try unescaped()
        let raw = quoted.dropFirst().dropLast()
        guard values.contains(where: { Self.same(raw, text(choices[$0])) }) else { throw Refusal() }
        out.append(UnsafeBufferPointer(rebasing: escaping == .none ? raw : quoted))
    }

    /// Seconds since 1970, as the store writes a `Double`, out as ISO-8601.
    private mutating func date(quoted: Bool) throws(Refusal) {
        let start = at
        if peek() == UInt8(ascii: "-") { at += 1 }
        let whole = try digits()
        let seconds: Int
        if peek() == UInt8(ascii: ".") {
            at += 1
            _ = try digits(leadingZeros: true)
            guard let value = Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<at]), as: UTF8.self)),
                  let second = ISO8601Text.wholeSecond(value) else { throw Refusal() }
            seconds = second
        } else {
            guard whole.count <= 15 else { throw Refusal() }
            var value = 0
            for digit in whole { value = value * 10 + Int(digit - UInt8(ascii: "0")) }
            seconds = bytes[start] == UInt8(ascii: "-") ? -value : value
            guard ISO8601Text.range.contains(seconds) else { throw Refusal() }
        }
        // An exponent is valid JSON, but none is written for a date in range: leave it to Foundation.
        guard peek() != UInt8(ascii: "e") && peek() != UInt8(ascii: "E") else { throw Refusal() }
        if quoted { out.append(UInt8(ascii: "\"")) }
        ISO8601Text.write(seconds, into: out)
        if quoted { out.append(UInt8(ascii: "\"")) }
    }

    /// An `Int` as the encoder writes one: no fraction, exponent, `-0` or leading zero.
    private mutating func integer() throws(Refusal) {
        let start = at
        if peek() == UInt8(ascii: "-") { at += 1 }
        let whole = try digits()
        let next = peek()
        guard whole.count <= 18, !(bytes[start] == UInt8(ascii: "-") && whole.first == UInt8(ascii: "0")),
              next != UInt8(ascii: "."), next != UInt8(ascii: "e"), next != UInt8(ascii: "E") else { throw Refusal() }
        out.append(UnsafeBufferPointer(rebasing: bytes[start..<at]))
    }

    private mutating func flag() throws(Refusal) {
        guard word("true") || word("false") else { throw Refusal() }
    }

    /// Copies `word` when the body has it here.
    private mutating func word(_ word: StaticString) -> Bool {
        let literal = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        guard Self.same(bytes[at..<min(bytes.count, at + literal.count)], literal) else { return false }
        out.append(literal)
        at += literal.count
        return true
    }

    // MARK: Strings

    /// A string, decoded from the store's escapes and written as `escaping` says.
    private mutating func string() throws(Refusal) {
        try expect(UInt8(ascii: "\""))
        let quoted = escaping != .none
        if quoted { out.append(UInt8(ascii: "\"")) }
        while true {
            guard at < bytes.count else { throw Refusal() }
            let byte = bytes[at]
            if byte == UInt8(ascii: "\"") { break }
            if byte >= 0x20 && byte < 0x7F && byte != UInt8(ascii: "\\") {
                // Most text is plain ASCII: copied in runs.
                let start = at
                at = Self.plainRun(bytes, from: at + 1)
                out.append(UnsafeBufferPointer(rebasing: bytes[start..<at]))
            } else if byte == UInt8(ascii: "\\") {
                scalar(try escaped())
            } else if byte < 0x20 {
                throw Refusal()  // a raw control character: not JSON
            } else if byte < 0x80 {
                at += 1
                scalar(Unicode.Scalar(byte))  // DEL, which InertText escapes
            } else {
                let start = at
                let decoded = try utf8Scalar()
                if escaping == .inertJSON && InertText.isActive(decoded) {
                    unicodeEscape(decoded)
                } else {
                    out.append(UnsafeBufferPointer(rebasing: bytes[start..<at]))
                }
            }
        }
        at += 1
        if quoted { out.append(UInt8(ascii: "\"")) }
    }

    /// Where the run of plain ASCII from `start` ends: the first quote, backslash, control,
    /// DEL or non-ASCII byte, or the end. Eight bytes at a time while none of them is one.
    private static func plainRun(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let raw = UnsafeRawPointer(bytes.baseAddress!)
        var at = start
        while at + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: at, as: UInt64.self)
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            func zeroByte(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }
            let stops = zeroByte(word ^ (ones &* 0x22)) | zeroByte(word ^ (ones &* 0x5C)) | zeroByte(word ^ (ones &* 0x7F))
                | ((word &- ones &* 0x20) & ~word & highs) | (word & highs)
            guard stops == 0 else { break }
            at += 8
        }
        while at < bytes.count {
            let byte = bytes[at]
            guard byte >= 0x20 && byte < 0x7F && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") else { break }
            at += 1
        }
        return at
    }

    /// The character of an escape (`\n`, `\/`, `\u00e9`, a surrogate pair); a lone surrogate is refused.
    private mutating func escaped() throws(Refusal) -> Unicode.Scalar {
        at += 1
        let letter = peek()
        at += 1
        switch letter {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): return Unicode.Scalar(letter)
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let unit = try hex4()
            if (0xDC00...0xDFFF).contains(unit) { throw Refusal() }
            guard (0xD800...0xDBFF).contains(unit) else { return Unicode.Scalar(unit)! }
            try expect(UInt8(ascii: "\\"))
            try expect(UInt8(ascii: "u"))
            let low = try hex4()
            guard (0xDC00...0xDFFF).contains(low) else { throw Refusal() }
            return Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))!
        default: throw Refusal()
        }
    }

    /// The four hex digits of a `\u` escape; escapes are rare, so the standard library reads them.
    private mutating func hex4() throws(Refusal) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            // A byte past ASCII reads as a Latin-1 letter, never a digit.
            guard let digit = Character(Unicode.Scalar(peek())).hexDigitValue else { throw Refusal() }
            value = value << 4 | UInt32(digit)
            at += 1
        }
        return value
    }

    /// One well-formed UTF-8 sequence: no overlong form, surrogate or value past U+10FFFF.
    private mutating func utf8Scalar() throws(Refusal) -> Unicode.Scalar {
        let lead = bytes[at]
        let (count, low, high): (Int, UInt8, UInt8) = switch lead {
        case 0xC2...0xDF: (2, 0x80, 0xBF)
        case 0xE0: (3, 0xA0, 0xBF)
        case 0xED: (3, 0x80, 0x9F)
        case 0xE1...0xEF: (3, 0x80, 0xBF)
        case 0xF0: (4, 0x90, 0xBF)
        case 0xF1...0xF3: (4, 0x80, 0xBF)
        case 0xF4: (4, 0x80, 0x8F)
        default: throw Refusal()
        }
        guard at + count <= bytes.count, (low...high).contains(bytes[at + 1]) else { throw Refusal() }
        var value = UInt32(lead) & (0xFF >> (count + 1))
        for offset in 1..<count {
            let byte = bytes[at + offset]
            guard byte & 0xC0 == 0x80 else { throw Refusal() }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        at += count
        guard let scalar = Unicode.Scalar(value) else { throw Refusal() }
        return scalar
    }

    /// A character that came escaped, written as Foundation's encoder and `escaping` write it.
    private mutating func scalar(_ scalar: Unicode.Scalar) {
        guard escaping != .none else { return utf8(scalar) }
        let shortEscape: Unicode.Scalar? = switch scalar.value {
        case 0x22, 0x5C: scalar
        case 0x08: "b"
        case 0x0C: "f"
        case 0x0A: "n"
        case 0x0D: "r"
        case 0x09: "t"
        default: nil
        }
        if let shortEscape {
            out.append(UInt8(ascii: "\\"))
            out.append(UInt8(ascii: shortEscape))
            return
        }
        if scalar.value < 0x20 || (escaping == .inertJSON && InertText.isActive(scalar)) {
            unicodeEscape(scalar)
        } else {
            utf8(scalar)
        }
    }

    private mutating func utf8(_ scalar: Unicode.Scalar) {
        if scalar.isASCII {
            out.append(UInt8(scalar.value))
        } else {
            UTF8.encode(scalar) { out.append($0) }
        }
    }

    /// `\uXXXX` in lower-case hex per UTF-16 unit, as Foundation escapes C0 and `InertText` the rest.
    private mutating func unicodeEscape(_ scalar: Unicode.Scalar) {
        for unit in UTF16.encode(scalar)! {
            out.append(UInt8(ascii: "\\"))
            out.append(UInt8(ascii: "u"))
            for shift in stride(from: 12, through: 0, by: -4) {
                let digit = UInt8((unit >> UInt16(shift)) & 0xF)
                out.append(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10)
            }
        }
    }

    // MARK: Reading

    private func peek() -> UInt8 { at < bytes.count ? bytes[at] : 0 }

    private mutating func expect(_ byte: UInt8) throws(Refusal) {
        guard peek() == byte else { throw Refusal() }
        at += 1
    }

    /// After a member: true past a comma, false before the closing bracket.
    private mutating func more() throws(Refusal) -> Bool {
        guard peek() == UInt8(ascii: ",") else { return false }
        at += 1
        return true
    }

    /// The whole body has been read: nothing may follow, not even whitespace.
    private func end() throws(Refusal) {
        guard at == bytes.count else { throw Refusal() }
    }

    /// Reads `quoted` and the colon after it when the body has them here: a key and nothing longer.
    private mutating func key(_ quoted: UnsafeBufferPointer<UInt8>) -> Bool {
        let end = at + quoted.count
        guard end < bytes.count, bytes[end] == UInt8(ascii: ":"), Self.same(bytes[at..<end], quoted) else { return false }
        at = end + 1
        return true
    }

    /// A string with no escapes in it, quotes included: a choice.
    private mutating func unescaped() throws(Refusal) -> Slice<UnsafeBufferPointer<UInt8>> {
        let start = at
        try expect(UInt8(ascii: "\""))
        while at < bytes.count && bytes[at] != UInt8(ascii: "\"") {
            guard bytes[at] >= 0x20 && bytes[at] != UInt8(ascii: "\\") else { throw Refusal() }
            at += 1
        }
        try expect(UInt8(ascii: "\""))
        return bytes[start..<at]
    }

    /// One or more digits; a leading zero only alone, unless `leadingZeros` (a fraction's).
    private mutating func digits(leadingZeros: Bool = false) throws(Refusal) -> Slice<UnsafeBufferPointer<UInt8>> {
        let start = at
        while at < bytes.count && bytes[at] >= UInt8(ascii: "0") && bytes[at] <= UInt8(ascii: "9") { at += 1 }
        guard at > start, leadingZeros || at - start == 1 || bytes[start] != UInt8(ascii: "0") else { throw Refusal() }
        return bytes[start..<at]
    }

    private static func same(_ a: Slice<UnsafeBufferPointer<UInt8>>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        var i = a.startIndex, j = 0
        while j < b.count {
            guard a.base[i] == b[j] else { return false }
            i += 1
            j += 1
        }
        return true
    }

    /// Bytes of the table's pool: a key or a choice.
    private func text(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: pool[range]) }

    // MARK: Writing

    /// Before a member: a comma after the first, and in pretty form a new line and the indent.
    private mutating func separator(first: Bool, indent: Int) {
        if !first { out.append(UInt8(ascii: ",")) }
        if pretty { newLine(indent) }
    }

    /// The closing bracket on its own line; an empty container gets an empty line, as Foundation writes it.
    private mutating func close(_ bracket: UInt8, empty: Bool, indent: Int) {
        if pretty {
            if empty { out.append(0x0A) }
            newLine(indent)
        }
        out.append(bracket)
    }

    /// A line break and `indent` spaces.
    private mutating func newLine(_ indent: Int) {
        out.append(UnsafeBufferPointer(start: Self.lines.utf8Start, count: 1 + min(indent, Self.lines.utf8CodeUnitCount - 1)))
        if indent >= Self.lines.utf8CodeUnitCount { spaces(indent - Self.lines.utf8CodeUnitCount + 1) }
    }

    private mutating func spaces(_ count: Int) {
        var left = count
        while left > 0 {
            let some = min(left, Self.lines.utf8CodeUnitCount - 1)
            out.append(UnsafeBufferPointer(start: Self.lines.utf8Start + 1, count: some))
            left -= some
        }
    }

    /// A line break, then as many spaces as any record's indent needs at once.
    private static let lines: StaticString = "\n                                        "
}
