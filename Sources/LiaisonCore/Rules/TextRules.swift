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
}
