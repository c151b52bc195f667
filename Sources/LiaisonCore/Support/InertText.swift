/// Text made harmless for whatever reads it next: a terminal, a pager, a spreadsheet, a Markdown
/// renderer or a person comparing two lines.
///
/// Stored text is kept exactly as entered (R11), but anything written out of Liaison passes
/// through here first: a control character in a name must not set a terminal's title or clear
/// its screen, and a right-to-left override must not make "exe.txt" read as "txt.exe". Such
/// characters are shown as visible stand-ins (`␛`, `\u{202E}`) so a reader sees that something
/// odd was typed, instead of it being silently dropped.
public enum InertText {
    /// Characters a reader's software acts on without showing: C0 and C1 controls, DEL, line and
    /// paragraph separators, bidirectional controls and other invisible formatting.
    ///
    /// Zero-width joiner and non-joiner stay: emoji sequences and several scripts (Persian, the
    /// Indic scripts) need them to be written correctly. Tag characters stay for the same reason
    /// (subdivision flags).
    public static func isActive(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        // ASCII answered without a property look-up: every cell of a CSV export is asked this.
        if v < 0x80 { return v < 0x20 || v == 0x7F }
        if v <= 0x9F { return true }
        if v == 0x200C || v == 0x200D || (0xE0020...0xE007F).contains(v) { return false }
        switch scalar.properties.generalCategory {
        case .format, .lineSeparator, .paragraphSeparator, .control: return true
        default: return false
        }
    }

    /// Characters that are drawn as blank space although Unicode calls them letters or symbols:
    /// the Hangul fillers and the empty Braille pattern, favourites for names that look empty.
    static let blankLooking: Set<UInt32> = [0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800]

    /// Whether `text` has nothing a reader could see: empty, spaces, or invisible characters only.
    public static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            // Printable ASCII other than the space is visible: answered before the property look-ups
            // and the set below, whose first use is a cost on the way to the first frame.
            if (0x21...0x7E).contains(scalar.value) { return false }
            return isActive(scalar) || scalar.properties.isWhitespace || scalar.properties.isDefaultIgnorableCodePoint
                || blankLooking.contains(scalar.value)
        }
    }

    /// `text` with every active character replaced by a visible stand-in. With
    /// `keepingLineBreaks`, LF and CR LF stay line breaks (multi-line fields, whole documents);
    /// otherwise they too are shown, so one field can never start a second line.
    public static func visible(_ text: String, keepingLineBreaks: Bool = false) -> String {
        // Most text has nothing to replace: answer it without building a new string.
        guard text.unicodeScalars.contains(where: isActive) else { return text }
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let scalar = scalars[i]
            defer { i += 1 }
            if keepingLineBreaks {
                if scalar == "\n" { out.append(scalar); continue }
                if scalar == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" {
                    out.append(scalar)
                    continue
                }
            }
            guard isActive(scalar) else { out.append(scalar); continue }
            out.append(contentsOf: standIn(for: scalar).unicodeScalars)
        }
        return String(out)
    }

    /// The visible form of one active character: a control picture for C0 and DEL (`␛`, `␤`),
    /// else its code point written as Swift does (`\u{202E}`).
    static func standIn(for scalar: Unicode.Scalar) -> String {
        let v = scalar.value
        if v == 0x0A { return "␤" }
        if v < 0x20 { return String(Unicode.Scalar(0x2400 + v)!) }
        if v == 0x7F { return "␡" }
        return "\\u{" + String(v, radix: 16, uppercase: true) + "}"
    }

    /// JSON text with every active character outside what JSON itself escapes written as a
    /// `\uXXXX` escape. JSON readers get the same string back, so nothing is lost; a person
    /// reading the file with `cat` or `less` sees the escape instead of its effect.
    ///
    /// Only valid on JSON produced by an encoder: there these characters can only be inside
    /// strings, where an escape means the same character.
    public static func escapingJSON(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: isActive) else { return json }
        var out = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            // The encoder has already escaped C0; a raw LF here is the pretty-printer's own.
            guard isActive(scalar), scalar.value >= 0x20 else { out.append(scalar); continue }
            for unit in String(scalar).utf16 {
                let hex = String(unit, radix: 16, uppercase: false)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
            }
        }
        return String(out)
    }
}
