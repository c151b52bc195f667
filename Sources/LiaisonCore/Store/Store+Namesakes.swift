import Foundation

extension Store {
    /// Everyone recorded under `name` as staff would type it (case, accents and spacing aside),
    /// those who left included: from memory, or read from the store by a command that holds none.
    public func people(named name: String) throws -> [Person] {
        let wanted = NameKey.of(name)
        guard !wanted.isEmpty else { return [] }
        guard scope == .lookup else { return workingSet.people.filter { NameKey.of($0.name) == wanted } }
        return try backend.read { records in
            try records.names(Person.self, fields: ["name"])
                .filter { $0.names.contains { $0.map(NameKey.of) == wanted } }
                .compactMap { try records.record(Person.self, id: $0.id) }
        }
    }

    /// A person is added once. A second record of someone already recorded splits what is known
    /// about them: advice saved on one is missing from the other, and R3's basis may be on the
    /// wrong one. So a name someone already has is refused, naming them, unless the one adding
    /// says this is someone else who shares it (`PersonDraft.namesake`).
    func refuseRecordedAlready(_ draft: PersonDraft) throws {
        guard !draft.namesake else { return }
        let namesakes = try people(named: draft.name).sorted { $0.id < $1.id }
        guard !namesakes.isEmpty else { return }
        let listed = namesakes.prefix(5).map(Self.namesakeWords).joined(separator: "; ")
        let more = namesakes.count > 5 ? " and \(namesakes.count - 5) more" : ""
        let left = namesakes.contains { $0.discharged != nil }
        throw FieldError(
            "namesake", "\(namesakes.count == 1 ? "someone of this name is" : "\(namesakes.count) people of this name are") already recorded: "
                + "\(listed)\(more). If this is them, use that record\(left ? " (readmit them if they came back)" : ""); "
                + "if it is someone else of the same name, say they are a namesake")
    }

    private static func namesakeWords(_ person: Person) -> String {
        let details = [person.preferredName.map { "goes by \($0)" }, person.location, person.leftAs.map { "left: \($0)" },
                       "id \(person.id.prefix(DirectoryMatch.shortID))"]
        return "\(person.name) (\(details.compactMap { $0 }.joined(separator: ", ")))"
    }
}

/// A name as staff type it: case, accents and runs of spaces aside, so "harold  finch" and
/// "Harold Finch" are the same name, as are "Zoe" and "Zoë", and "Lukasz" and "Łukasz".
public enum NameKey {
    public static func of(_ name: String) -> String {
        // Most names are plain ASCII: lower case and single spaces, without Foundation's folding,
        // which costs microseconds a name and runs for every name at every dashboard load.
        if name.utf8.allSatisfy({ $0 < 0x80 }) { return asciiKey(name) }
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        // Letters whose mark is part of the letter, which folding leaves as they are, but which a
        // keyboard without them types as the plain letter.
        var plain = ""
        for scalar in folded.unicodeScalars {
            if let letters = strokes[scalar] { plain += letters } else { plain.unicodeScalars.append(scalar) }
        }
        return plain.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// `of` for ASCII text, byte by byte: the same answer as folding, lower-casing and joining
    /// the words with one space.
    static func asciiKey(_ name: String) -> String {
        var key: [UInt8] = []
        key.reserveCapacity(name.utf8.count)
        var space = false
        for byte in name.utf8 {
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                space = !key.isEmpty
            } else {
                if space { key.append(0x20); space = false }
                key.append((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
            }
        }
        return String(decoding: key, as: UTF8.self)
    }

    private static let strokes: [Unicode.Scalar: String] = [
        "ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ŧ": "t", "ƀ": "b", "ɨ": "i", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d", "ı": "i",
    ]
}

extension Store {
    /// A line for a record just saved about someone who has left the service: the forms offer
    /// only people still here, so a command is where a record can reach someone who left without
    /// anyone seeing it. Saving it is right (a GP's letter after a move still belongs with them);
    /// the one saving it should know. Nil for someone still here, or for no one.
    public func leftNotice(about personID: String?) throws -> String? {
        guard let personID else { return nil }
        let person = try self.person(id: personID) ?? findPerson(personID)
        guard let left = person.leftAs, let day = person.discharged else { return nil }
        return "\(person.name) left the service (\(left), \(DateInput.dayKey(day, calendar: calendar))); "
            + "this is saved with their records. If they came back, `liaison readmit` them"
    }
}
