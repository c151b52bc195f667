import Foundation

/// A half-typed form as it stood at the last key: which form, each field's text by name, and
/// where the cursor was. Kept as plain text so a draft written by one version of a form can
/// still be read back after the form gains or loses a field.
public struct EntryDraft: Codable, Equatable, Sendable {
    /// Which form this belongs to, e.g. `contact`.
    public var form: String
    public var values: [String: String]
    /// The field that had focus, so the person carries on where they stopped.
    public var focus: String?
    public var updatedAt: Date

    public init(form: String, values: [String: String] = [:], focus: String? = nil, updatedAt: Date) {
        self.form = form
        self.values = values
        self.focus = focus
        self.updatedAt = updatedAt
    }

    public subscript(field: String) -> String {
        get { values[field] ?? "" }
        set { values[field] = newValue.isEmpty ? nil : newValue }
    }
}
