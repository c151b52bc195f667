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
/// itself is a key away. Runs of spaces typed in a name, a preferred name or a room show as one.
public struct PersonNames: Sendable {
    private var short: [String: String] = [:]
    private var full: [String: String] = [:]
    /// The parts a grown name can end with (" (Room 9)", " (Edie)"), by person.
    private var details: [String: [String]] = [:]

    public init(_ people: [Person]) {
        // This runs for everyone at every load of the dashboard, so each name is split and
        // folded once, word by word, and every longer name's key is built from its words' keys.
        var called = people.map(Called.init)
        // Who could be called by each name: a name two people could be called by tells neither
        // apart. Each name's first person, or `Self.shared` once a second is seen.
        var callers: [String: Int] = [:]
        for (index, person) in called.enumerated() {
            for key in person.keys { Self.see(&callers[key, default: index], by: index) }
            // Most given names are a short name already.
            for key in person.alsoCalled where !person.keys.contains(key) { Self.see(&callers[key, default: index], by: index) }
        }
        // Only someone whose whole name is shared goes on to a name with their room or the name
        // they go by; those longer names are worked out for them alone (a few in a home, not
        // everyone). A longer name can be someone else's whole name (one typed with brackets),
        // who must then grow in turn, hence the rounds.
        var growing = called.indices.filter { callers[called[$0].keys[2]] == Self.shared }
        var grown = Set(growing)
        while !growing.isEmpty {
            var next: [Int] = []
            for index in growing {
                called[index].grow()
                for key in called[index].keys.dropFirst(3) {
                    if let other = Self.see(&callers[key, default: index], by: index), !grown.contains(other), called[other].keys[2] == key {
                        grown.insert(other)
                        next.append(other)
                    }
                }
            }
            growing = next
        }
        for person in called {
            let longest = person.labels[person.labels.count - 1]
            let unshared = { (index: Int) in callers[person.keys[index]] != Self.shared }
            let shortest = person.keys.indices.first(where: unshared)
            short[person.id] = shortest.map { person.labels[$0] } ?? longest
            // A whole name, at least: the first two names are short ones.
            full[person.id] = (shortest.map { $0 >= 2 } == true ? shortest : person.keys.indices.dropFirst(2).first(where: unshared))
                .map { person.labels[$0] } ?? longest
            if !person.ends.isEmpty { details[person.id] = person.ends }
        }
    }

    /// A name's entry in `callers` once two people could be called by it.
    private static let shared = -1

    /// Records that the person `index` could be called by a name whose entry is `caller`; the
    /// one who had it alone until now, if this makes it shared.
    @discardableResult
    private static func see(_ caller: inout Int, by index: Int) -> Int? {
        guard caller != index, caller != shared else { return nil }
        defer { caller = shared }
        return caller
    }

    /// The name the person `id` goes by in a narrow column, nil for someone not on the list.
    public func short(_ id: String) -> String? { short[id] }

    /// The whole name of the person `id`, grown only when someone else has it too.
    public func full(_ id: String) -> String? { full[id] }

    /// What tells `label`, one of the person `id`'s names here, apart from another's: the
    /// details a grown name ends with, for a narrow column to keep when it cuts the rest.
    public func distinguishingEnd(of label: String, for id: String) -> String? {
        details[id]?.filter { label.hasSuffix($0) }.max { $0.count < $1.count }
    }
}

/// The names one person could be called by, each beside its key (`NameKey`, word by word).
private struct Called {
    let id: String
    /// Ever longer names: short, short with last initial (else the whole name), the whole name,
    /// and once grown, the whole name with their room, with the name they go by, with both.
    private(set) var labels: [String]
    private(set) var keys: [String]
    /// The keys of the other names they could be called by: their given name, with its initial,
    /// when they prefer another.
    let alsoCalled: [String]
    /// The ends a grown name can have, least first: " (Room 9)", " (Edie)", " (Edie, Room 9)".
    private(set) var ends: [String] = []
    private let name: Words
    private let preferred: Words?
    private let room: Words?

    init(_ person: Person) {
        id = person.id
        name = Words(person.name)
        preferred = person.preferredName.map { Words($0) }.flatMap { $0.isEmpty ? nil : $0 }
        room = person.location.map { Words($0, isRoom: true) }.flatMap { $0.isEmpty ? nil : $0 }
        let given = name.given ?? Label(text: name.text, key: name.key)
        let short = preferred.map { Label(text: $0.text, key: $0.key) } ?? given
        var labels = [short.text]
        var keys = [short.key]
        // The initial of the last name, for "Edie B.", unless the short name ends with it already.
        let initial = name.count > 1 && !name.isWrittenUnspaced ? name.lastInitial : nil
        if let initial, !short.text.hasSuffix(initial.text) {
            labels.append(short.text + initial.text)
            keys.append(short.key + initial.key)
        } else {
            labels.append(name.text)
            keys.append(name.key)
        }
        labels.append(name.text)
        keys.append(name.key)
        self.labels = labels
        self.keys = keys
        alsoCalled = [given.key] + (initial.map { [given.key + $0.key] } ?? [])
    }

    /// Adds the longer names, with what else tells two of one name apart.
    mutating func grow() {
        var seen: [String] = []
        for parts in [[room], [preferred], [preferred, room]] where parts.allSatisfy({ $0 != nil }) {
            let words = parts.compactMap { $0 }
            let end = " (\(words.map(\.text).joined(separator: ", ")))"
            guard !seen.contains(end) else { continue }
            seen.append(end)
            ends.append(end)
            labels.append(name.text + end)
            keys.append(name.key + " (\(words.map(\.key).joined(separator: ", ")))")
        }
    }
}

/// A name, or a part of one, as shown and as compared.
private struct Label {
    let text: String
    let key: String
}

/// A name split into its words, shown with one space between them, with its key built from
/// each word's `NameKey`.
private struct Words {
    let text: String
    let key: String
    private let words: [Substring]
    private let keys: [String]

    /// `isRoom` keys the words as rooms are compared, their spaces aside (`NameKey.room`):
    /// "Room 1" and "Room1" are one room, so they tell no one apart.
    init(_ typed: String, isRoom: Bool = false) {
        words = Self.split(typed)
        keys = words.map { NameKey.of(String($0)) }
        text = words.joined(separator: " ")
        key = isRoom ? NameKey.room(typed) : NameKey.joined(keys)
    }

    var isEmpty: Bool { words.isEmpty }
    var count: Int { words.count }

    /// Whether the words are of a script written with or without spaces (`NameKey.joined`),
    /// as Chinese names are: "王 伟" is one name, whose first word is the family name.
    var isWrittenUnspaced: Bool { words.count > 1 && !key.contains(" ") }

    /// The first word that is not a title ("Joan" in "Mrs Joan Smith"), else the first word;
    /// the whole name for one written without spaces, whose first word is the family name
    /// ("王 伟" is not called "王"); nil for an empty name.
    var given: Label? {
        if isWrittenUnspaced { return Label(text: text, key: key) }
        let index = words.indices.first { !Self.titles.contains(keys[$0].hasSuffix(".") ? String(keys[$0].dropLast()) : keys[$0]) }
            ?? words.indices.first
        return index.map { Label(text: String(words[$0]), key: keys[$0]) }
    }

    /// " B." for a name whose last word starts with B.
    var lastInitial: Label? {
        guard let letter = words.last?.first else { return nil }
        return Label(text: " \(letter).", key: " \(NameKey.of(String(letter))).")
    }

    /// The words of `typed`: byte by byte for plain ASCII (most names), by Unicode's whitespace
    /// otherwise.
    private static func split(_ typed: String) -> [Substring] {
        let utf8 = typed.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return typed.split(whereSeparator: \.isWhitespace) }
        var words: [Substring] = []
        var start: String.Index?
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                if let from = start { words.append(typed[from..<index]); start = nil }
            } else if start == nil {
                start = index
            }
            index = utf8.index(after: index)
        }
        if let from = start { words.append(typed[from..<utf8.endIndex]) }
        return words
    }

    private static let titles: Set<String> = ["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "rev", "sir", "dame", "lady", "lord", "sister", "fr"]
}
