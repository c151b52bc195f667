import LiaisonCore

/// The names people are shown by, each told apart from everyone else's.
///
/// In a narrow column a person goes by a short name: their preferred name, else their given
/// name ("Zofia" for Zofia Kowalczyk, "Joan" for Mrs Joan Smith). Two people who would both show
/// as "Edie" would look alike, and a task read as Edith's could be done for Edie Patel, so a short
/// name grows until no one else could be called by it: with the initial of the last name ("Edie
/// B."), then the whole name, then the whole name with their room ("Edith Brown (Room 9)"), the
/// name they go by, or both. "No one else could be called by it" counts every name another
/// person goes by at any length, so the second of two Edith Browns never shows as plain "Edith"
/// beside the first's "Edith Brown".
///
/// Where there is room, the whole name is shown, grown the same way only when someone else has
/// that whole name too. Records alike in name, preferred name and room stay alike: the record
/// itself is a key away.
struct PersonNames {
    private var short: [String: String] = [:]
    private var full: [String: String] = [:]
    /// The parts a grown name can end with (" (Room 9)", " (Edie)"), by person.
    private var details: [String: [String]] = [:]

    init(_ people: [Person]) {
        // Each name with its key (case and accents aside), folded once: this runs for everyone
        // at every load of the dashboard.
        let named = people.map { person in
            let names = Self.names(person)
            return (id: person.id, ladder: names.ladder.map { ($0, NameKey.of($0)) }, also: names.alsoCalled.map(NameKey.of),
                    details: names.details)
        }
        // Who could be called by each name: a name two people could be called by tells neither
        // apart. The first person each name is seen for, and the names seen for a second.
        var first: [String: String] = [:]
        var shared: Set<String> = []
        for person in named {
            for key in person.ladder.map(\.1) + person.also {
                if let seen = first[key] { if seen != person.id { shared.insert(key) } } else { first[key] = person.id }
            }
        }
        for person in named {
            let onlyTheirs = person.ladder.filter { !shared.contains($0.1) }.map(\.0)
            let longest = person.ladder[person.ladder.count - 1].0
            details[person.id] = person.details
            short[person.id] = onlyTheirs.first ?? longest
            // A whole name, at least: the ladder's first two rungs are short ones.
            full[person.id] = onlyTheirs.first { name in person.ladder.dropFirst(2).contains { $0.0 == name } } ?? longest
        }
    }

    /// The name the person `id` goes by in a narrow column, nil for someone not on the list.
    func short(_ id: String) -> String? { short[id] }

    /// The whole name of the person `id`, grown only when someone else has it too.
    func full(_ id: String) -> String? { full[id] }

    /// What tells `label`, one of the person `id`'s names here, apart from another's: the
    /// details a grown name ends with, for a narrow column to keep when it cuts the rest.
    func distinguishingEnd(of label: String, for id: String) -> String? {
        details[id]?.filter { label.hasSuffix($0) }.max { $0.count < $1.count }
    }

    /// Ever longer names for a person (short, short with last initial, whole, whole with their
    /// room, with the name they go by, with both), the other names they could be called by
    /// (their given name, with its initial, when they prefer another), and the ends a grown
    /// name can have.
    private static func names(_ person: Person) -> (ladder: [String], alsoCalled: [String], details: [String]) {
        let words = person.name.split(whereSeparator: \.isWhitespace).map(String.init)
        let name = words.joined(separator: " ")
        let preferred = person.preferredName.flatMap { Self.isBlank($0) ? nil : $0 }
        let given = givenName(words) ?? name
        let lastInitial = words.count > 1 ? words.last?.first.map { " \($0)." } : nil
        let short = preferred ?? given
        // What else tells two of one name apart, least first: the room, then the name they go by.
        let room = person.location.flatMap { Self.isBlank($0) ? nil : $0 }
        var ends: [String] = []
        for parts in [[room], [preferred], [preferred, room]] where parts.allSatisfy({ $0 != nil }) {
            let end = " (\(parts.compactMap { $0 }.joined(separator: ", ")))"
            if !ends.contains(end) { ends.append(end) }
        }
        let withInitial = lastInitial.flatMap { short.hasSuffix($0) ? nil : short + $0 }
        let ladder = [short, withInitial ?? name, name] + ends.map { name + $0 }
        return (ladder, [given] + (lastInitial.map { [given + $0] } ?? []), ends)
    }

    /// The first word of a name that is not a title ("Joan" in "Mrs Joan Smith"), nil for none.
    private static func givenName(_ words: [String]) -> String? {
        words.first { word in
            let lowered = word.lowercased()
            return !titles.contains(lowered.hasSuffix(".") ? String(lowered.dropLast()) : lowered)
        } ?? words.first
    }

    private static func isBlank(_ text: String) -> Bool { text.allSatisfy(\.isWhitespace) }

    private static let titles: Set<String> = ["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "rev", "sir", "dame", "lady", "lord", "sister", "fr"]
}
