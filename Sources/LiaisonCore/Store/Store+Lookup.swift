import Foundation

extension Store {
    /// The person meant by an id or by a name (full or preferred) that fits exactly one person,
    /// or one of namesakes told apart as the messages write them ("Maud Lee (Room 41)"). Among
    /// namesakes, the one `eligible` alone takes is meant: `readmit` can only mean the one who
    /// left.
    public func findPerson(_ reference: String, field: String = "person", eligible: @escaping (Person) -> Bool = { _ in true }) throws -> Person {
        // Two people of one name as staff type it are namesakes, said to be two people when the
        // second was added: a spelling typed exactly is no choice between them.
        try find(Person.self, reference, held: workingSet.people, field: field, what: "person", nameFields: ["name", "preferredName"],
                 exactSpellingWins: false, details: \.tellingApart, eligible: eligible) {
            [$0.name, $0.preferredName]
        }
    }

    /// The partner meant by an id or by a name that fits exactly one partner. Partners are a
    /// directory of professionals, where "Dr Patel" and "Dr Pätel" can be two, each found by
    /// the spelling the directory has.
    public func findPartner(_ reference: String, field: String = "partner") throws -> Partner {
        try find(Partner.self, reference, held: workingSet.partners, field: field, what: "partner", nameFields: ["name"],
                 exactSpellingWins: true, details: { [$0.role.title, $0.organisation].compactMap { $0 } }) {
            [$0.name]
        }
    }

    /// Finds in memory, or, for a `.lookup` store that holds nothing, on disk: the record with
    /// that id, else the names alone (read by the backend, not decoded) and then the one record they
    /// pick. Both ways match by the same rule (`DirectoryMatch`), so a command finds whom the
    /// dashboard would.
    private func find<R: Persisted>(
        _ type: R.Type, _ reference: String, held: [R], field: String, what: String, nameFields: [String],
        exactSpellingWins: Bool, details: @escaping (R) -> [String], eligible: @escaping (R) -> Bool = { _ in true },
        names: (R) -> [String?]
    ) throws -> R {
        let wanted = reference.trimmingCharacters(in: .whitespaces)
        guard !wanted.isEmpty else { throw FieldError(field, "say which \(what): give a name or an id") }
        let match = DirectoryMatch(wanted: wanted, field: field, what: what, exactSpellingWins: exactSpellingWins)
        guard scope == .lookup else {
            let record = { (id: String) in held.first { $0.id == id } }
            let id = try match.pick(held.map { ($0.id, names($0)) }, details: { record($0).map(details) ?? [] },
                                    eligible: { record($0).map(eligible) ?? false })
            return record(id)!
        }
        return try backend.read { records in
            if let byID = try records.record(R.self, id: wanted.lowercased()) { return byID }
            let record = { (id: String) in (try? records.record(R.self, id: id)) ?? nil }
            let id = try match.pick(try records.names(R.self, fields: nameFields), details: { record($0).map(details) ?? [] },
                                    eligible: { record($0).map(eligible) ?? false })
            guard let record = try records.record(R.self, id: id) else {
                throw FieldError(field, "there is no \(what) called “\(wanted)”; check the spelling or add them first")
            }
            return record
        }
    }
}

/// Which one record a person typing means: the id itself, or the start of it (eight characters
/// or more, as a report or an earlier refusal shows it), else (for partners) the one whose name
/// is exactly what was typed, else the one whose name is the same as staff type names
/// (`NameKey`: case, accents, letters with a stroke, runs of spaces and the space in a Chinese,
/// Japanese or Korean name aside), as a namesake is found. A person's exact spelling does not
/// win: "王伟" typed is "王 伟" too, and whether a keyboard puts the space in is no choice
/// between two people. Two or more fits are
/// refused, listing each with the start of its id to give instead, rather than guessed.
struct DirectoryMatch {
    var wanted: String
    var field: String
    var what: String
    /// Whether a name spelt exactly as typed is taken before those that match as staff type
    /// names.
    var exactSpellingWins: Bool

    /// The id of the one record `wanted` means, among (id, names) pairs. `details` says what
    /// tells a record apart from others of its name (a room, how someone left), for a refusal
    /// that lists several: read only then, for the few it lists.
    /// `eligible` says which records the command can act on: among several of the name, the
    /// one it alone takes is meant (the one who left, for `readmit`), as no other could be.
    func pick(_ records: [(id: String, names: [String?])], details: (String) -> [String] = { _ in [] },
              eligible: (String) -> Bool = { _ in true }) throws -> String {
        let lowered = wanted.lowercased()
        if let byID = records.first(where: { $0.id == lowered }) { return byID.id }
        let started = lowered.count >= Self.shortID ? records.filter { $0.id.hasPrefix(lowered) } : []
        if started.count == 1 { return started[0].id }
        var matches = named(wanted, in: records)
        // The start of two ids (rare, but eight characters can be shared) names neither: they
        // are listed to tell apart, not reported as nobody of that name.
        if matches.isEmpty, started.count > 1 { matches = started }
        // "Maud Lee (Room 41)", as a picker writes one of two Maud Lees, or "Maud Lee (Room 41,
        // f64264fc)" as a refusal does: the name, then what tells them apart (a room, "goes by
        // Maud", a partner's organisation, the start of the id), each of which must fit.
        if matches.isEmpty, let (name, apart) = Self.toldApart(wanted) {
            let parts = apart.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            matches = named(name, in: records).filter { record in
                let known = details(record.id).flatMap { [NameKey.of($0), NameKey.of($0.replacingOccurrences(of: "goes by ", with: ""))] }
                return parts.allSatisfy { part in
                    known.contains(NameKey.of(part)) || (part.count >= Self.shortID && record.id.hasPrefix(part.lowercased()))
                }
            }
        }
        if matches.count > 1 {
            let acting = matches.filter { eligible($0.id) }
            if acting.count == 1 { return acting[0].id }
        }
        switch matches.count {
        case 1: return matches[0].id
        case 0:
            throw FieldError(field, "there is no \(what) called “\(wanted)”" + NameSuggestions.refusalTail(
                wanted, among: records.compactMap { $0.names.compactMap { $0 }.first }, otherwise: "check the spelling or add them first"))
        default:
            // By id, so a command and the dashboard, which hold the records in other orders, say the same.
            matches.sort { $0.id < $1.id }
            // Enough of each id to tell them apart: eight characters, more where two share them.
            let ids = matches.map(\.id)
            let length = (Self.shortID...max(Self.shortID, ids.map(\.count).max() ?? 0)).first { length in
                Set(ids.map { $0.prefix(length) }).count == ids.count
            } ?? Self.shortID
            let listed = matches.prefix(5).map { match in
                "\(match.names.compactMap { $0 }.first ?? wanted) (\((details(match.id) + [String(match.id.prefix(length))]).joined(separator: ", ")))"
            }
            let more = matches.count > 5 ? " and \(matches.count - 5) more" : ""
            throw FieldError(field, "“\(wanted)” fits \(matches.count) records: \(listed.joined(separator: ", "))\(more); "
                                 + "give the one you mean by the start of its id, e.g. \(matches[0].id.prefix(length))")
        }
    }

    /// The records with `name`: spelt exactly, where that wins, else as staff type names.
    private func named(_ name: String, in records: [(id: String, names: [String?])]) -> [(id: String, names: [String?])] {
        if exactSpellingWins {
            let exact = records.filter { $0.names.contains(name) }
            if !exact.isEmpty { return exact }
        }
        let key = NameKey.of(name)
        return records.filter { record in record.names.contains { $0.map(NameKey.of) == key } }
    }

    /// "Name (what tells them apart)" split in two, or nil for text not so written.
    static func toldApart(_ text: String) -> (name: String, apart: String)? {
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else { return nil }
        let name = text[..<open].trimmingCharacters(in: .whitespaces)
        let apart = text[text.index(after: open)..<text.index(before: text.endIndex)].trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, !apart.isEmpty else { return nil }
        return (name, apart)
    }

    /// How much of an id is enough to name a record: the first block of a UUID.
    static let shortID = 8
}
