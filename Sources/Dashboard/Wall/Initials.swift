/// How people supported are named on the wall, which visitors may see.
public enum NameDisplay: String, CaseIterable, Sendable {
    /// Initials and location only: the default, because the room is not private.
    case initials
    /// Full names, when the service has decided the screen's room allows it.
    case full

    /// The label for a person on the wall.
    public func label(name: String) -> String {
        switch self {
        case .full: name
        case .initials: Initials.of(name)
        }
    }
}

/// Initials written the way a care team writes them on a whiteboard: "E.B.".
public enum Initials {
    /// The first character of each part of the name, upper-cased, each followed by a dot.
    /// Hyphenated and apostrophised parts count once ("Al-Sayed" is "A."), so the initials stay
    /// short; a name written without spaces (many East Asian names) gives its first character.
    public static func of(_ name: String) -> String {
        let parts = name.split(whereSeparator: { $0 == " " || $0 == "\t" })
        let letters = parts.compactMap { part in part.first(where: { $0.isLetter }) }
        guard !letters.isEmpty else { return "?" }
        return letters.map { $0.uppercased() + "." }.joined()
    }
}
