/// Splits a JSON export into its parts as its bytes arrive, without building the document:
/// each item of a top-level list on its own, and each other top-level value.
///
/// It follows only what it must to tell where a part ends — strings with their escapes, and
/// the nesting of groups and lists — and checks the shape of the top level itself; what lies
/// inside a record is left to the record's decoder. A part split between pieces (inside a
/// string, an escape or a multi-byte character) is found whole all the same, and memory holds
/// one piece and one record whatever the file's size. What cannot be an export (no object,
/// cut short, more after its end, nesting deeper than any record, a stray bracket) stops the
/// read with a `Failure` in plain words.
struct ExportScanner {
    enum Event {
        /// A top-level key, as soon as it is read.
        case key(String)
        /// One item of a top-level list, by its place in the list; its bytes only when the list
        /// is one of those kept and the item is within `itemLimit`.
        case item(key: String, index: Int, bytes: [UInt8]?)
        /// A top-level value that is not a list; nil when larger than `valueLimit`.
        case value(key: String, bytes: [UInt8]?)
    }

    /// Why the file cannot be read on, said for the person who gave it.
    struct Failure: Error, Equatable {
        var message: String
    }

    /// Deeper than any record nests (a contact's confirmation's chases are four levels down):
    /// a file nesting further is not an export, and a bomb of brackets is refused at once.
    static let depthLimit = 64
    /// Larger than any record the forms can make; one larger is named, not held.
    static let itemLimit = 8 << 20
    /// Larger than the export's own top-level values (its format and version).
    static let valueLimit = 64 << 10
    static let keyLimit = 1 << 10

    private enum State { case start, keyOrEnd, key, colon, value, itemOrEnd, item, afterItem, afterMember, end }
    private enum Purpose { case key, item, value }

    private let keeping: Set<String>
    private var state = State.start
    private var purpose: Purpose?
    private var capture = Capture(limit: 0)
    private var key = ""
    private var index = 0
    private var keepsItems = false
    /// Bytes read before the current piece, for naming where a failure is.
    private var consumed = 0

    /// - Parameter keeping: the lists whose items are handed over with their bytes; items of
    ///   any other list are only counted.
    init(keeping: Set<String>) {
        self.keeping = keeping
    }

    /// Reads one piece, handing each part to `handle` as soon as it is complete.
    mutating func feed(_ piece: [UInt8], _ handle: (Event) throws -> Void) throws {
        try piece.withUnsafeBufferPointer { bytes in
            var i = 0
            while i < bytes.count {
                if let purpose {
                    let start = i
                    let done: Bool
                    do { done = try capture.scan(bytes, &i) } catch let trouble as Capture.Trouble {
                        // The bracket at fault is the byte just passed.
                        throw failure(trouble, at: consumed + i - 1)
                    }
                    capture.keep(UnsafeBufferPointer(rebasing: bytes[start..<i]))
                    if done { try complete(purpose, handle, at: consumed + i) }
                    continue
                }
                let byte = bytes[i]
                if Self.isSpace(byte) {
                    i += 1
                    continue
                }
                try step(byte, at: consumed + i)
                // A value's first byte is read again by its capture.
                if purpose == nil { i += 1 }
            }
        }
        consumed += piece.count
    }

    /// Says whether the file ended where an export may end.
    func finish() throws {
        switch state {
        case .end: return
        case .start: throw Failure(message: Self.notAnObject)
        default:
            throw Failure(message: "it ends too soon, \(place): the file is incomplete (was the export, or its copy, cut short?)")
        }
    }

    static let notAnObject = "it is not a Liaison export: it is not a JSON object (was it written by `liaison export --format json`?)"

    private mutating func step(_ byte: UInt8, at offset: Int) throws {
        switch state {
        case .start:
            guard byte == Byte.openBrace else { throw Failure(message: Self.notAnObject) }
            state = .keyOrEnd
        case .keyOrEnd where byte == Byte.closeBrace, .afterMember where byte == Byte.closeBrace:
            state = .end
        case .keyOrEnd where byte == Byte.quote, .key where byte == Byte.quote:
            begin(.key, limit: Self.keyLimit)
        case .colon where byte == Byte.colon:
            state = .value
        case .value where byte == Byte.openBracket:
            state = .itemOrEnd
            index = 0
            keepsItems = keeping.contains(key)
        case .value where Self.startsValue(byte):
            begin(.value, limit: Self.valueLimit)
        case .itemOrEnd where byte == Byte.closeBracket, .afterItem where byte == Byte.closeBracket:
            state = .afterMember
        case .itemOrEnd where Self.startsValue(byte), .item where Self.startsValue(byte):
            begin(.item, limit: keepsItems ? Self.itemLimit : 0)
        case .afterItem where byte == Byte.comma:
            state = .item
        case .afterMember where byte == Byte.comma:
            state = .key
        case .end:
            throw Failure(message: "it goes on after the export's closing brace (at byte \(offset + 1)): the file holds more than one export")
        default:
            throw Failure(message: "it is not valid JSON at byte \(offset + 1), \(place): the file is damaged or was edited by hand")
        }
    }

    private mutating func begin(_ purpose: Purpose, limit: Int) {
        self.purpose = purpose
        capture = Capture(limit: limit)
    }

    private mutating func complete(_ purpose: Purpose, _ handle: (Event) throws -> Void, at offset: Int) throws {
        self.purpose = nil
        let bytes = capture.bytes
        capture = Capture(limit: 0)
        switch purpose {
        case .key:
            guard let bytes, let name = Self.keyText(bytes) else {
                throw Failure(message: "it is not a Liaison export: the name ending at byte \(offset) is not one an export uses")
            }
            key = name
            state = .colon
            try handle(.key(name))
        case .item:
            state = .afterItem
            defer { index += 1 }
            try handle(.item(key: key, index: index, bytes: bytes))
        case .value:
            state = .afterMember
            try handle(.value(key: key, bytes: bytes))
        }
    }

    /// Where the reading was, in the words of the file's parts: `in the middle of contacts[4]`.
    private var place: String {
        if purpose == .item { return "in the middle of \(key)[\(index)]" }
        switch state {
        case .start, .keyOrEnd, .key: return "among the export's names"
        case .colon, .value: return "at “\(key)”"
        case .itemOrEnd: return "at the start of “\(key)”"
        case .item, .afterItem: return "after \(key)[\(index - 1)]"
        case .afterMember: return "after “\(key)”"
        case .end: return "after the export's end"
        }
    }

    private func failure(_ trouble: Capture.Trouble, at offset: Int) -> Failure {
        switch trouble {
        case .tooDeep:
            Failure(message: "it nests lists or groups more than \(Self.depthLimit) deep at byte \(offset + 1), \(place), which no Liaison export does")
        case .mismatched:
            Failure(message: "it is not valid JSON at byte \(offset + 1), \(place): a bracket closes what it did not open")
        }
    }

    /// A key's text: its bytes as they are, or decoded when it holds an escape.
    private static func keyText(_ bytes: [UInt8]) -> String? {
        guard bytes.count >= 2 else { return nil }
        guard bytes.contains(Byte.backslash) else { return String(decoding: bytes[1..<(bytes.count - 1)], as: UTF8.self) }
        return (try? JSONValue.decodeFragment(bytes)).flatMap { if case .string(let text) = $0 { text } else { nil } }
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    /// Whether a JSON value may begin with `byte`: a string, group, list, number or literal.
    private static func startsValue(_ byte: UInt8) -> Bool {
        switch byte {
        case Byte.quote, Byte.openBrace, Byte.openBracket, UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"): true
        default: false
        }
    }
}

/// The bytes JSON's structure is made of.
enum Byte {
    static let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\"), colon = UInt8(ascii: ":"), comma = UInt8(ascii: ",")
    static let openBrace = UInt8(ascii: "{"), closeBrace = UInt8(ascii: "}")
    static let openBracket = UInt8(ascii: "["), closeBracket = UInt8(ascii: "]")
}

extension ExportScanner {
    /// One value being read: where its strings and nesting stand, and its bytes so far.
    struct Capture {
        enum Trouble: Error { case tooDeep, mismatched }

        private var depth = 0
        private var inString = false
        private var escaped = false
        /// A number or a literal (`true`, `null`) at the top: it ends at the first byte after it.
        private var scalar = false
        /// For each open level, whether it is a group (set) or a list (clear).
        private var groups: UInt64 = 0
        private var kept: [UInt8] = []
        private var length = 0
        private let limit: Int

        /// - Parameter limit: the most bytes kept; a longer value is still followed to its end.
        init(limit: Int) { self.limit = limit }

        /// The value's bytes, or nil when none were to be kept or there were too many.
        var bytes: [UInt8]? { length <= limit && limit > 0 ? kept : nil }

        /// Keeps what `scan` just passed over, while within the limit.
        mutating func keep(_ span: UnsafeBufferPointer<UInt8>) {
            length += span.count
            if length <= limit { kept.append(contentsOf: span) } else if !kept.isEmpty { kept = [] }
        }

        /// Moves `i` through `bytes` until the value ends (true) or the piece does (false). A
        /// number or literal ends before the byte that follows it, which is not consumed.
        mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ i: inout Int) throws -> Bool {
            let end = bytes.count
            while i < end {
                if inString {
                    if escaped {
                        escaped = false
                        i += 1
                        continue
                    }
                    while i < end, bytes[i] != Byte.quote, bytes[i] != Byte.backslash { i += 1 }
                    guard i < end else { return false }
                    i += 1
                    if bytes[i - 1] == Byte.backslash {
                        escaped = true
                    } else {
                        inString = false
                        if depth == 0 { return true }
                    }
                    continue
                }
                let byte = bytes[i]
                if scalar {
                    if ExportScanner.isSpace(byte) || byte == Byte.comma || byte == Byte.closeBracket || byte == Byte.closeBrace {
                        return true
                    }
                    i += 1
                    continue
                }
                i += 1
                switch byte {
                case Byte.quote:
                    inString = true
                case Byte.openBrace, Byte.openBracket:
                    guard depth < ExportScanner.depthLimit else { throw Trouble.tooDeep }
                    if byte == Byte.openBrace { groups |= 1 << UInt64(depth) } else { groups &= ~(1 << UInt64(depth)) }
                    depth += 1
                case Byte.closeBrace, Byte.closeBracket:
                    guard depth > 0, (groups >> UInt64(depth - 1)) & 1 == (byte == Byte.closeBrace ? 1 : 0) else {
                        throw Trouble.mismatched
                    }
                    depth -= 1
                    if depth == 0 { return true }
                default:
                    if depth == 0 { scalar = true }
                }
            }
            return false
        }
    }
}
