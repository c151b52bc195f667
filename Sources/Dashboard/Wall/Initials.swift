import LiaisonCore

/// How people supported are named on the wall, which visitors may see (`WallNames`).
public typealias NameDisplay = WallNames

extension WallNames {
    /// The person as the wall shows them: initials alone, the room alone, or (only when a
    /// service chose `full`) name and room. Never initials beside a room: together they pick out
    /// one resident. Nil when the choice leaves nothing to show (`room` for someone with none).
    public func label(name: String, location: String?) -> String? {
        let room = location.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        switch self {
        case .initials: return Initials.of(name)
        case .room: return room
        case .full: return [name, room].compactMap { $0 }.joined(separator: " · ")
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
