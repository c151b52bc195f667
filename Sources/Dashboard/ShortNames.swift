import LiaisonCore

/// The names people go by in narrow columns, each told apart from everyone else's.
///
/// A short name is a preferred name, else the first word of the name ("Zofia" for Zofia
/// Kowalczyk). Two people who both go by "Edie" would look alike, and a task read as Edith's
/// could be done for Edie Patel, so a short name that someone else also goes by grows until it
/// is theirs alone: with the initial of the last word of the name ("Edie B."), then the whole
/// name, then the whole name with where they live. Two records with the same name and the same
/// room (a person added twice) stay alike; the record itself is a key away.
struct ShortNames {
    private var names: [String: String] = [:]

    init(_ people: [Person]) {
        var pending = people
        var taken: Set<String> = []
        for level in 0...Self.lastLevel where !pending.isEmpty {
            let labelled = pending.map { (person: $0, label: Self.label($0, level: level)) }
            let counts = Dictionary(labelled.map { ($0.label, 1) }, uniquingKeysWith: +)
            var clashing: [Person] = []
            for (person, label) in labelled {
                // A label someone already goes by at a shorter level is theirs, not this one's.
                if (counts[label] == 1 && !taken.contains(label)) || level == Self.lastLevel {
                    names[person.id] = label
                    taken.insert(label)
                } else {
                    clashing.append(person)
                }
            }
            pending = clashing
        }
    }

    /// The name the person `id` goes by here, nil for someone not on the list.
    subscript(id: String) -> String? { names[id] }

    private static let lastLevel = 3

    private static func label(_ person: Person, level: Int) -> String {
        let words = person.name.split(separator: " ")
        let preferred = person.preferredName.flatMap { $0.isEmpty ? nil : $0 }
        let short = preferred ?? words.first.map(String.init) ?? person.name
        switch level {
        case 0:
            return short
        case 1:
            guard words.count > 1, let initial = words.last?.first else { return person.name }
            return "\(short) \(initial)."
        case 2:
            return person.name
        default:
            guard let location = person.location, !location.isEmpty else { return person.name }
            return "\(person.name) (\(location))"
        }
    }
}
