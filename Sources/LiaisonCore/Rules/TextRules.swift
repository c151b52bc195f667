import Foundation

/// Small checks shared by every form: required text is present once trimmed.
enum TextRules {
    /// The trimmed text, or a refusal naming the field.
    static func required(_ text: String?, field: String, what: String) throws -> String {
        let trimmed = (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw FieldError(field, "\(what) is empty; please write it in") }
        return trimmed
    }

    /// Trimmed text, nil when absent; text given but blank is refused because it was meant to say something.
    static func optional(_ text: String?, field: String, what: String) throws -> String? {
        guard let text else { return nil }
        return try required(text, field: field, what: what)
    }

    /// Trimmed text, nil when absent or blank.
    static func cleaned(_ text: String?) -> String? {
        let trimmed = (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// A reason that a manager or an inspector could act on: at least two words and eight
    /// letters, so "x", "n/a" or "ok" are refused where the policy asks why.
    static func reason(_ text: String?, field: String, what: String) throws -> String {
        let trimmed = try required(text, field: field, what: what)
        let words = trimmed.split(whereSeparator: { $0.isWhitespace }).filter { $0.contains(where: \.isLetter) }
        let letters = trimmed.filter(\.isLetter).count
        guard words.count >= 2, letters >= 8 else {
            throw FieldError(field, "\(what) needs a real reason in a few words, e.g. who decided and why; \"\(trimmed)\" does not say")
        }
        return trimmed
    }
}
