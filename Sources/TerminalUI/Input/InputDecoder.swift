/// Turns what the terminal sends into keys, one byte (or one ncurses key code) at a time.
///
/// ncurses' `wget_wch` assembles UTF-8 itself, but answers a byte that is not valid UTF-8 with
/// an error indistinguishable from "nothing to read", and three such bytes looked exactly like a
/// terminal that had hung up: the dashboard ended without a word. Here the bytes come raw
/// (`wgetch`) and are assembled in Swift, where every input has an answer: a valid character, or
/// U+FFFD (shown as �) for bytes that are not one. Nothing a terminal sends can end the input.
///
/// It also understands bracketed paste (`ESC [200~ … ESC [201~`): a paste arrives as one
/// `.paste` key instead of 100,000 keys, so a field takes it in one edit, and a pasted line
/// break or Esc is text in a paste, never Enter or Cancel.
public struct InputDecoder: Sendable {
    /// A paste longer than this many bytes is delivered in parts, so a terminal that never sends
    /// the closing marker cannot swallow input for ever.
    public static let pasteChunk = 1 << 20

    static let pasteStart: [UInt8] = Array("[200~".utf8)
    static let pasteEnd: [UInt8] = Array("\u{1B}[201~".utf8)

    /// Bytes of a UTF-8 sequence begun but not finished, and how many it needs in all.
    private var pending: [UInt8] = []
    private var needed = 0
    /// Bytes after an ESC that may still become the paste marker; nil when no ESC is waiting.
    private var afterEscape: [UInt8]?
    /// The paste so far, while inside one.
    private var paste: [UInt8]?
    /// How many bytes of the end marker the paste's last bytes match: the end is found as the
    /// bytes arrive, without looking back over a paste of 100,000 characters.
    private var endMatched = 0

    public init() {}

    /// Whether a paste has begun and not yet ended.
    public var isPasting: Bool { paste != nil }

    /// One byte from the terminal (0…255).
    public mutating func feed(byte: UInt8) -> [Key] {
        if paste != nil { return feedPaste(byte) }
        if var sequence = afterEscape {
            sequence.append(byte)
            if Self.pasteStart.starts(with: sequence) {
                if sequence.count == Self.pasteStart.count {
                    afterEscape = nil
                    paste = []
                    paste!.reserveCapacity(1 << 16)
                    endMatched = 0
                } else {
                    afterEscape = sequence
                }
                return []
            }
            // Another sequence a terminal sends for a key (`EscapeSequence`): one key, or
            // nothing, once whole.
            switch EscapeSequence.read(sequence) {
            case .incomplete:
                afterEscape = sequence
                return []
            case .key(let key):
                afterEscape = nil
                return finishPending() + [key]
            case .notASequence:
                break
            }
            // Not a sequence after all: the ESC was a key, and what followed is ordinary input.
            afterEscape = nil
            var keys = finishPending() + [.escape]
            for b in sequence { keys += feed(byte: b) }
            return keys
        }
        if needed > 0 {
            if (0x80...0xBF).contains(byte) {
                pending.append(byte)
                guard pending.count == needed else { return [] }
                return finishPending()
            }
            // The sequence stopped short: it was not a character, and this byte starts afresh.
            pending = []
            needed = 0
            return [Self.replacement] + feed(byte: byte)
        }
        switch byte {
        case 0x1B:
            afterEscape = []
            return []
        case 0x00..<0x80:
            return [KeyDecoder.decode(character: UInt32(byte))]
        case 0xC2...0xDF: return begin(byte, 2)
        case 0xE0...0xEF: return begin(byte, 3)
        case 0xF0...0xF4: return begin(byte, 4)
        default:
            return [Self.replacement]  // a continuation byte on its own, or never valid in UTF-8
        }
    }

    /// A key code from ncurses (an arrow, a function key); it ends whatever was half read.
    public mutating func feed(keyCode: Int) -> [Key] {
        // A key inside a paste is the terminal translating pasted bytes: the paste keeps them out.
        if paste != nil { return [] }
        let key = KeyDecoder.decode(keyCode: keyCode)
        // A paste marker begun and held is not one after all: its bytes go first, as typed.
        var keys: [Key] = []
        if let sequence = afterEscape, !sequence.isEmpty {
            afterEscape = nil
            keys += finishPending() + [.escape]
            for b in sequence { keys += feed(byte: b) }
        }
        return keys + flush() + [key]
    }

    /// Everything available has been read: an ESC with nothing after it was the Esc key, and a
    /// sequence cut short is not a character. A paste still open waits for its end, and so does
    /// a sequence already begun (`ESC [2`, `ESC O`): ncurses holds an ESC back until what
    /// follows it has arrived (ESCDELAY), but a slow link may still split a sequence.
    public mutating func flush() -> [Key] {
        var keys: [Key] = []
        if let sequence = afterEscape, sequence.isEmpty {
            afterEscape = nil
            keys += finishPending() + [.escape]
        }
        if needed > 0 {
            pending = []
            needed = 0
            keys.append(Self.replacement)
        }
        return keys
    }

    static let replacement = Key.character("\u{FFFD}")

    private mutating func begin(_ byte: UInt8, _ length: Int) -> [Key] {
        pending = [byte]
        needed = length
        return []
    }

    /// The finished sequence as a key; overlong forms and surrogates come out as U+FFFD.
    private mutating func finishPending() -> [Key] {
        guard !pending.isEmpty else { return [] }
        defer { pending = []; needed = 0 }
        guard pending.count == needed, let text = String(validating: pending, as: UTF8.self),
              let scalar = text.unicodeScalars.first else { return [Self.replacement] }
        return [KeyDecoder.decode(character: scalar.value)]
    }

    private mutating func feedPaste(_ byte: UInt8) -> [Key] {
        paste!.append(byte)
        // The marker's only ESC is its first byte, so a mismatch restarts at 0, or at 1 on an ESC.
        if byte == Self.pasteEnd[endMatched] {
            endMatched += 1
        } else {
            endMatched = byte == Self.pasteEnd[0] ? 1 : 0
        }
        if endMatched == Self.pasteEnd.count {
            let bytes = paste!
            paste = nil
            endMatched = 0
            return Self.pasted(bytes.dropLast(Self.pasteEnd.count))
        }
        if paste!.count >= Self.pasteChunk {
            // Deliver this part, but keep its last few bytes: they may begin the end marker or
            // be the first bytes of a character finished in the next part.
            let bytes = paste!
            var cut = bytes.count - Self.pasteEnd.count
            while cut > 0, (0x80...0xBF).contains(bytes[cut]) { cut -= 1 }
            paste = Array(bytes[cut...])
            return Self.pasted(bytes[..<cut])
        }
        return []
    }

    private static func pasted(_ bytes: ArraySlice<UInt8>) -> [Key] {
        bytes.isEmpty ? [] : [.paste(String(decoding: bytes, as: UTF8.self))]
    }
}
