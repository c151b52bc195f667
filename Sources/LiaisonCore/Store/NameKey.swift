import Foundation

/// A name as staff type it: case, accents and runs of spaces aside, so "harold  finch" and
/// "Harold Finch" are the same name, as are "Zoe" and "Zoë", and "Lukasz" and "Łukasz".
public enum NameKey {
    public static func of(_ name: String) -> String {
        // Most names are plain ASCII: lower case and single spaces, without Foundation's folding,
        // which costs microseconds a name and runs for every name at every dashboard load.
        if name.utf8.allSatisfy({ $0 < 0x80 }) { return asciiKey(name) }
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        // Letters whose mark is part of the letter, which folding leaves as they are, but which a
        // keyboard without them types as the plain letter.
        var plain = ""
        for scalar in folded.unicodeScalars {
            if let letters = strokes[scalar] { plain += letters } else { plain.unicodeScalars.append(scalar) }
        }
        return plain.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
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
