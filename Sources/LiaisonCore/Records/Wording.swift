/// What one value of a closed list (a partner's role, an escalation's kind) is called, in the two
/// lengths the screens need. Kept in one place so the dashboard, the wall, the forms and the
/// reports call a thing by the same words: a second copy would drift (it did, once).
public struct Wording: Hashable, Sendable {
    /// In full, for a detail view, a heading or a report: "Speech and language therapist".
    public let title: String
    /// A word or two for a narrow column or the wall: "SALT".
    public let short: String

    /// `short` with a capital first letter, for a heading or a choice in a form.
    public var shortHeading: String { short.prefix(1).uppercased() + short.dropFirst() }
}
