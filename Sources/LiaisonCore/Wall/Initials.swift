import Foundation

/// Initials written the way a care team writes them on a whiteboard: "E.B.".
///
/// Two halves, because a PostgreSQL wall's role never reads a name: the server picks each part's
/// first letter (`PostgresSchema`'s `initials()`, the same rule as `letters(of:)`) and the wall
/// writes them (`written(_:)`), so a wall signed in as staff and one signed in as the wall's own
/// role show the same initials.
public enum Initials {
    /// The first letter of each part of the name, upper-cased, each followed by a dot.
    /// Hyphenated and apostrophised parts count once ("Al-Sayed" is "A."), so the initials stay
    /// short; a name written without spaces (many East Asian names) gives its first character.
    public static func of(_ name: String) -> String { written(letters(of: name)) }

    /// Each space- or tab-separated part's first letter, as written ("eb" for "edith brown");
    /// a part with no letter ("3", "(?)") gives none.
    public static func letters(of name: String) -> String {
        let parts = name.split(whereSeparator: { $0 == " " || $0 == "\t" })
        return String(parts.compactMap { part in part.first(where: { $0.isLetter }) })
    }

    /// "E.B." from "eb"; "?" when there is no letter at all, so a line never starts blank.
    public static func written(_ letters: String) -> String {
        let shown = letters.filter(\.isLetter)
        guard !shown.isEmpty else { return "?" }
        return shown.map { $0.uppercased() + "." }.joined()
    }
}

extension WallNames {
    /// The person as the wall shows them: initials alone, the room alone, or (only when a
    /// service chose `full`) name and room. Never initials beside a room: together they pick out
    /// one resident. Nil when the choice leaves nothing to show (`room` for someone with none).
    public func label(name: String, location: String?) -> String? {
        label(initials: Initials.of(name), name: name, location: location)
    }

    /// The same for a person known by their initials, and by name only where the wall may read it;
    /// `full` without a name shows the initials.
    ///
    /// `hasLeft` marks someone who left the service, beside who they are ("E.B. (left)", "Edith
    /// Brown (left) · Room 4"), never after a room alone, where "Room 4 (left)" would read as the
    /// room: "Room 4 (has left)", and "someone who has left" for someone with no room.
    public func label(initials: String, name: String?, location: String?, hasLeft: Bool = false) -> String? {
        let room = location.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        let left = hasLeft ? " (left)" : ""
        switch self {
        case .initials: return initials + left
        case .room: return hasLeft ? room.map { $0 + " (has left)" } ?? "someone who has left" : room
        case .full: return [(name ?? initials) + left, room].compactMap { $0 }.joined(separator: " · ")
        }
    }
}
