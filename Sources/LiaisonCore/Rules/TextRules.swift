import Foundation

/// The checks every form, command and import applies to text.
///
/// Two kinds of field: a *line* (a name, a staff name, a title, a reference) is shown on one
/// row of a screen or a report, so it refuses line breaks and every invisible control — with
/// those, one field could draw a forged line under someone else's name. *Text* (a summary, the
/// advice, a reason) may run over several lines but still refuses control characters other than
/// line breaks and tabs. Both are trimmed, both refuse text with nothing visible in it, and both
/// are bounded, so a slip of the paste buffer cannot turn a name into a novel.
enum TextRules {
    /// Longest name of a person, partner or staff member, in characters.
    static let nameLimit = 120
    /// Longest other one-line field: a title, a location, a reference, a phone number.
    static let lineLimit = 300
    /// Longest multi-line field: a summary, the advice, a reason.
    static let textLimit = 20_000

    /// The trimmed text, or a refusal naming the field.
    static func required(_ text: String?, field: String, what: String, limit: Int = textLimit) throws -> String {
        let trimmed = normalised(text)
        guard !InertText.isBlank(trimmed) else { throw FieldError(field, "\(what) is empty; please write it in") }
        try checkText(trimmed, field: field, what: what, limit: limit)
        return trimmed
    }

    /// Trimmed text, nil when absent; text given but blank is refused because it was meant to say something.
    static func optional(_ text: String?, field: String, what: String, limit: Int = textLimit) throws -> String? {
        guard let text else { return nil }
        return try required(text, field: field, what: what, limit: limit)
    }

    /// Trimmed multi-line text, nil when absent or blank.
    static func cleaned(_ text: String?, field: String, what: String, limit: Int = textLimit) throws -> String? {
        let trimmed = normalised(text)
        guard !InertText.isBlank(trimmed) else { return nil }
        try checkText(trimmed, field: field, what: what, limit: limit)
        return trimmed
    }

    /// A required one-line field, trimmed.
    static func line(_ text: String?, field: String, what: String, limit: Int = lineLimit) throws -> String {
        let trimmed = normalised(text)
        guard !InertText.isBlank(trimmed) else { throw FieldError(field, "\(what) is empty; please write it in") }
        try checkLine(trimmed, field: field, what: what, limit: limit)
        return trimmed
    }

    /// An optional one-line field: nil when absent or blank, else trimmed and checked.
    static func cleanedLine(_ text: String?, field: String, what: String, limit: Int = lineLimit) throws -> String? {
        let trimmed = normalised(text)
        guard !InertText.isBlank(trimmed) else { return nil }
        try checkLine(trimmed, field: field, what: what, limit: limit)
        return trimmed
    }

    /// Why `text` cannot be a one-line field, or nil when it can (import reports every problem
    /// rather than stopping at the first, so it asks instead of catching).
    static func lineProblem(_ text: String, what: String, limit: Int = lineLimit) -> String? {
        if text.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\u{2028}" || $0 == "\u{2029}" }) {
            return "\(what) must be one line; it holds a line break"
        }
        if let bad = text.unicodeScalars.first(where: { InertText.isActive($0) }) {
            return "\(what) holds an invisible control character (\(InertText.standIn(for: bad))); type it again without it"
        }
        if InertText.isBlank(text) { return "\(what) is empty or holds only invisible characters" }
        return unreadableProblem(text, what: what) ?? lengthProblem(text, what: what, limit: limit)
    }

    /// Why `text` cannot be a multi-line field, or nil when it can.
    static func textProblem(_ text: String, what: String, limit: Int = textLimit) -> String? {
        if let bad = text.unicodeScalars.first(where: { InertText.isActive($0) && $0 != "\n" && $0 != "\t" }) {
            return "\(what) holds an invisible control character (\(InertText.standIn(for: bad))); type it again without it"
        }
        if InertText.isBlank(text) { return "\(what) is empty or holds only invisible characters" }
        return unreadableProblem(text, what: what) ?? lengthProblem(text, what: what, limit: limit)
    }

    /// Text that came in as bytes that were not UTF-8 (read as U+FFFD, "�": what was meant is
    /// lost), or that hides words in tag characters outside a flag. Tags are kept for the flags
    /// of England, Scotland and Wales (🏴 then tags, ended by a cancel tag); anywhere else they
    /// are invisible letters a reader cannot see but a program reading the text can.
    private static func unreadableProblem(_ text: String, what: String) -> String? {
        // Printable ASCII and common text hold neither, answered without a scalar walk.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return nil }
        var inFlag = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFFFD:
                return "\(what) holds “\u{FFFD}” where the text was not readable (not UTF-8); type it again"
            case 0x1F3F4:
                inFlag = true
            case 0xE0020...0xE007F:
                if !inFlag { return "\(what) holds invisible tag characters outside a flag; type it again without them" }
                // The cancel tag ends the flag.
                if scalar.value == 0xE007F { inFlag = false }
            default:
                inFlag = false
            }
        }
        return nil
    }

    /// The most code points one character may take: a family emoji with skin tones takes 11,
    /// England's flag 7, a letter with its accents a few. More is marks stacked on a letter
    /// to make one "character" of a megabyte (review: a partner's name of 3.5 million accents
    /// made a 21 MB handover and froze the dashboard), which no writing needs.
    static let scalarsPerCharacter = 16

    private static func lengthProblem(_ text: String, what: String, limit: Int) -> String? {
        // Counted in code points first, which is quick: text within the limit in those is
        // within it in characters too, and has no room for a pile of marks worth refusing.
        guard text.unicodeScalars.count > limit else { return nil }
        if text.count > limit { return "\(what) is longer than \(limit) characters; shorten it" }
        guard text.contains(where: { $0.unicodeScalars.count > scalarsPerCharacter }) else { return nil }
        return "\(what) has a character with more than \(scalarsPerCharacter) accents or marks stacked on it, which no writing needs; type it again"
    }

    private static func checkLine(_ text: String, field: String, what: String, limit: Int) throws {
        if let problem = lineProblem(text, what: what, limit: limit) { throw FieldError(field, problem) }
    }

    private static func checkText(_ text: String, field: String, what: String, limit: Int) throws {
        if let problem = textProblem(text, what: what, limit: limit) { throw FieldError(field, problem) }
    }

    /// Trimmed of spaces and line breaks at both ends, with CR LF and lone CR turned into LF
    /// (text pasted from Windows mail), so the stored text has one kind of line break.
    static func normalised(_ text: String?) -> String {
        guard let text else { return "" }
        if text.hasVisibleASCIIEnds, !text.utf8.contains(UInt8(ascii: "\r")) { return text }
        let unified = text.contains("\r") ? text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") : text
        return unified.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A reason that a manager or an inspector could act on: at least two words and eight
    /// letters, so "x", "n/a" or "ok" are refused where the policy asks why.
    static func reason(_ text: String?, field: String, what: String) throws -> String {
        try sayingEnough(text, field: field, what: what, needs: "a real reason in a few words, e.g. who decided and why")
    }

    /// Text that says something, by the rule for a reason (two words, eight letters), refused
    /// as "`what` needs `needs`; "x" does not say".
    static func sayingEnough(_ text: String?, field: String, what: String, needs: String) throws -> String {
        let trimmed = try required(text, field: field, what: what)
        let words = trimmed.split(whereSeparator: { $0.isWhitespace }).filter { $0.contains(where: \.isLetter) }
        let letters = trimmed.filter(\.isLetter).count
        guard words.count >= 2, letters >= 8 else {
            throw FieldError(field, "\(what) needs \(needs); \"\(trimmed)\" does not say")
        }
        return trimmed
    }
}
