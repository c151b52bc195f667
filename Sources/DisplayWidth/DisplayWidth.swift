/// How many terminal columns text occupies, measured per grapheme cluster.
///
/// The one measure of width in Liaison: the screen (TerminalUI's grid, clipping, fields) and the
/// text reports (LiaisonCore's wrapping) both count with it, so a name that fits a column on screen
/// fits the same column in a printed handover. It is a module of its own, importing nothing,
/// because LiaisonCore may not import TerminalUI and TerminalUI may not import LiaisonCore.
///
/// `wcwidth` alone gets emoji wrong: it sees only one scalar, so a ZWJ sequence such as 👩‍⚕️ or a
/// flag would be counted as several characters, and it depends on the process locale (tests run
/// in "C", where it answers -1 for anything beyond ASCII). Swift's `Character` is already a
/// grapheme cluster, so the width is decided once per cluster from Unicode scalar properties.
extension Character {
    /// 0 (controls, lone combining marks), 1, or 2 (East Asian wide, emoji presentation).
    public var displayWidth: Int {
        // Most of any screen is ASCII: answering it without Unicode property look-ups makes a
        // full redraw several times cheaper. Same answers as below (CR LF counts as a control).
        if let ascii = asciiValue { return ascii < 0x20 || ascii == 0x7F ? 0 : 1 }
        let scalars = unicodeScalars
        guard let first = scalars.first else { return 0 }
        // Box drawing (every pane's border), dashes, bullets and accented Latin letters are a
        // column each: answered without property look-ups, which cost most of a frame's borders.
        if scalars.index(after: scalars.startIndex) == scalars.endIndex, Self.isPlainNarrow(first.value) { return 1 }
        return Self.measuredWidth(scalars, first)
    }

    /// Single scalars known to take one column: the answer `measuredWidth` gives for each of
    /// them, which `DisplayWidthTests` checks scalar by scalar.
    static let plainNarrowRanges: [ClosedRange<UInt32>] = [
        0x00A0...0x00AC, 0x00AE...0x02FF,  // Latin-1 and Latin Extended, without the soft hyphen
        0x2010...0x2027,                   // dashes, quotation marks, bullets, the ellipsis
        0x2500...0x259F,                   // box drawing and block elements
    ]

    static func isPlainNarrow(_ v: UInt32) -> Bool {
        for range in plainNarrowRanges where range.contains(v) { return true }
        return false
    }

    /// The width decided from Unicode scalar properties, for any cluster that is not ASCII.
    static func measuredWidth(_ scalars: String.UnicodeScalarView, _ first: Unicode.Scalar) -> Int {
        let props = first.properties
        if first.value < 0x20 || (0x7F..<0xA0).contains(first.value) { return 0 }
        if Self.takesNoColumn(first) {
            // A cluster that starts with one of these has nothing to stand on, unless it starts
            // with a prepended mark (U+0600, U+070F, …), which Unicode joins to the character
            // after it, a space included: that character decides, as a terminal adding up each
            // code point's width sees it. Padding "\u{070F}" with a space made one cluster that
            // counted as no column at all.
            guard let base = scalars.firstIndex(where: { !Self.takesNoColumn($0) }) else { return 0 }
            let rest = String.UnicodeScalarView(scalars[base...])
            return measuredWidth(rest, rest[rest.startIndex])
        }
        if scalars.count > 1 {
            // Emoji sequences: ZWJ joins, a variation selector 16 asking for emoji
            // presentation, regional-indicator pairs (flags), skin-tone modifiers.
            if props.isEmojiPresentation { return 2 }
            if props.isEmoji && scalars.contains(where: { $0.value == 0xFE0F || $0.value == 0x200D }) {
                return 2
            }
            if (0x1F1E6...0x1F1FF).contains(first.value) { return 2 }  // a flag
        }
        if props.isEmojiPresentation { return 2 }
        return Self.isWide(first.value) ? 2 : 1
    }

    /// Marks, format characters and controls: no column of their own.
    static func takesNoColumn(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) { return true }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return true
        default: return false
        }
    }

    /// East Asian Wide and Fullwidth ranges (Unicode 15), the part that is not emoji.
    static func isWide(_ v: UInt32) -> Bool {
        for range in wideRanges where range.contains(v) { return true }
        return false
    }

    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
        0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F,
        0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
        0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF,
        0x1B000...0x1B2FF, 0x1F200...0x1F2FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}

// Inlinable, so each module that measures compiles these for String and Substring: called
// generically across the module boundary, every call asked the runtime for the text's UTF-8
// view's conformances, which cost about 0.3 ms of the dashboard's first frame.
extension StringProtocol {
    /// The columns this text takes when drawn on one row.
    @inlinable public var displayWidth: Int {
        asciiWidth ?? reduce(0) { $0 + $1.displayWidth }
    }

    /// The width of text that is ASCII throughout, without breaking it into grapheme clusters:
    /// a column per printable byte, none for a control (CR LF is one cluster of width 0 either
    /// way). Nil for anything else. Most of a care record is ASCII, and splitting every string
    /// into clusters was most of a frame's cost.
    @inlinable public var asciiWidth: Int? {
        // A native string's bytes are read in place: walking its UTF-8 view through the generic
        // iterator cost more than the rest of the measure, on every cell of every frame.
        if let width = utf8.withContiguousStorageIfAvailable(asciiWidth(of:)) { return width }
        var width = 0
        for byte in utf8 {
            guard byte < 0x80 else { return nil }
            if byte >= 0x20 && byte != 0x7F { width += 1 }
        }
        return width
    }
}

/// The same rule as `asciiWidth`, over bytes in memory.
@usableFromInline func asciiWidth(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var width = 0
    for byte in bytes {
        guard byte < 0x80 else { return nil }
        if byte >= 0x20 && byte != 0x7F { width += 1 }
    }
    return width
}
