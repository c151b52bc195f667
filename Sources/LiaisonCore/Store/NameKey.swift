import Foundation

/// A name as staff type it: case, accents, full-width letters and runs of spaces aside, so
/// "harold  finch" and "Harold Finch" are the same name, as are "Zoe" and "Zoë", "Lukasz" and
/// "Łukasz", and "Ｈａｒｏｌｄ" and "Harold". Chinese, Japanese and Korean names are written
/// with or without a space between the family and the given name, so "王 伟", "王　伟" (an
/// ideographic space) and "王伟" are one name too. Characters that draw nothing are no part
/// of it: "Edith Brown" with a zero-width joiner or a Hangul filler after it is Edith Brown,
/// and a blank-looking character between words is a space.
public enum NameKey {
    public static func of(_ name: String) -> String {
        // Most names are plain ASCII: lower case and single spaces, without Foundation's folding,
        // which costs microseconds a name and runs for every name at every dashboard load.
        if name.utf8.allSatisfy({ $0 < 0x80 }) { return asciiKey(name) }
        return joined(plain(seen(name).folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil))
            .split(whereSeparator: { $0.isWhitespace }))
    }

    /// `name` as a reader sees it: characters that draw nothing (joiners, variation selectors,
    /// other default-ignorable ones) taken out, and those drawn as blank space (the Hangul
    /// fillers, the empty Braille pattern) made spaces. Two names that differ only by these
    /// read alike on every list, so they are one name. A combining mark stays: it is seen.
    static func seen(_ name: String) -> String {
        guard name.unicodeScalars.contains(where: { $0.properties.isDefaultIgnorableCodePoint || InertText.blankLooking.contains($0.value) })
        else { return name }
        var seen = String.UnicodeScalarView()
        for scalar in name.unicodeScalars {
            if InertText.blankLooking.contains(scalar.value) {
                seen.append(" ")
            } else if !scalar.properties.isDefaultIgnorableCodePoint {
                seen.append(scalar)
            }
        }
        return String(seen)
    }

    /// A room as staff type it: `of`, its spaces aside too, so "Room 3", "room3" and "Room３"
    /// are one room.
    public static func room(_ location: String) -> String {
        of(location).filter { $0 != " " }
    }

    /// The keys of a name's words as one key: one space between them, none between two words
    /// of a script written without spaces (`isUnspaced`).
    public static func joined<Word: StringProtocol>(_ words: [Word]) -> String {
        var key = ""
        for word in words where !word.isEmpty {
            if let last = key.unicodeScalars.last, let first = word.unicodeScalars.first, !(isUnspaced(last) && isUnspaced(first)) {
                key += " "
            }
            key += word
        }
        return key
    }

    /// Whether `scalar` belongs to a script whose names are written with or without a space
    /// between their parts: Chinese characters, Japanese kana, Korean hangul.
    private static func isUnspaced(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value >= 0x1100 else { return false }
        if scalar.properties.isIdeographic { return true }
        switch scalar.value {
        case 0x1100...0x11FF, 0x3040...0x30FF, 0x3130...0x318F, 0x31F0...0x31FF, 0xAC00...0xD7AF, 0xFF66...0xFF9F: return true
        default: return false
        }
    }

    /// Text folded as `of` folds a name, its spacing kept:
    /// for finding what is typed inside longer text, word by word (`NameMatcher`), so "lukasz"
    /// finds Łukasz in a picker and a search as it does on the command line.
    public static func folded(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        return plain(seen(text).folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil))
    }

    /// Letters whose mark is part of the letter, which folding leaves as they are, but which a
    /// keyboard without them types as the plain letter.
    private static func plain(_ folded: String) -> String {
        guard folded.unicodeScalars.contains(where: { strokes[$0] != nil }) else { return folded }
        var plain = ""
        for scalar in folded.unicodeScalars {
            if let letters = strokes[scalar] { plain += letters } else { plain.unicodeScalars.append(scalar) }
        }
        return plain
    }

    /// `of` for ASCII text, byte by byte: the same answer as folding, lower-casing and joining
    /// the words with one space.
    static func asciiKey(_ name: String) -> String {
        var key: [UInt8] = []
        key.reserveCapacity(name.utf8.count)
        var space = false
        for byte in name.utf8 {
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                space = !key.isEmpty
            } else {
                if space { key.append(0x20); space = false }
                key.append((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
            }
        }
        return String(decoding: key, as: UTF8.self)
    }

    private static let strokes: [Unicode.Scalar: String] = [
        "ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ŧ": "t", "ƀ": "b", "ɨ": "i", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d", "ı": "i",
    ]
}
