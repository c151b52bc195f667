import Foundation

extension Store {
    /// Everyone recorded under `name` as staff would type it (case, accents and spacing aside),
    /// those who left included: from memory, or read from the store by a command that holds none.
    /// With `orGoingBy`, those who go by that name too.
    public func people(named name: String, orGoingBy: Bool = false) throws -> [Person] {
        guard scope == .lookup else {
            let wanted = NameKey.of(name)
            return wanted.isEmpty ? [] : workingSet.people.filter {
                NameKey.of($0.name) == wanted || (orGoingBy && $0.preferredName.map(NameKey.of) == wanted)
            }
        }
        return try backend.read { try Self.people(named: name, fields: orGoingBy ? ["name", "preferredName"] : ["name"], in: $0) }
    }

    /// The name a message calls `person` by: their whole name, with their room or the name they
    /// go by when someone else has that name too (`PersonNames`), so "John Smith left the
    /// service" says which. A one-record command reads only those who share the name or go by
    /// it, never the working set.
    ///
    /// Those who go by the name are read too: Margaret Hill, who goes by "Mary Green", makes
    /// Mary Green "Mary Green (Room 7)" on the dashboard, and so in the message. A read that
    /// fails leaves the name as it is: what the message is about is saved already, and its
    /// wording must not turn it into a failure.
    public func shownName(of person: Person) -> String {
        let calledSo = ((try? people(named: person.name, orGoingBy: true)) ?? []).filter { $0.id != person.id }
        return PersonNames([person] + calledSo).full(person.id) ?? person.name
    }

    /// `people(named:)` as `records` has them: on disk, inside the caller's transaction; with
    /// `fields`, those whose other names (the one they go by) are `name` too.
    static func people(named name: String, fields: [String] = ["name"], in records: any RecordReader) throws -> [Person] {
        let wanted = NameKey.of(name)
        guard !wanted.isEmpty else { return [] }
        return try records.names(Person.self, fields: fields)
            .filter { $0.names.contains { $0.map(NameKey.of) == wanted } }
            .compactMap { try records.record(Person.self, id: $0.id) }
    }

    /// A person is added once. A second record of someone already recorded splits what is known
    /// about them: advice saved on one is missing from the other, and R3's basis may be on the
    /// wrong one. So a name someone already has is refused, naming them, unless the one adding
    /// says this is someone else who shares it (`PersonDraft.namesake`).
    ///
    /// Run inside the saving transaction on what is on disk, so two terminals adding one new
    /// name at the same moment save it once: the second is refused, naming the first's record.
    static func refuseRecordedAlready(_ draft: PersonDraft, as person: Person, in records: any RecordReader) throws {
        let namesakes = try people(named: draft.name, in: records).sorted { $0.id < $1.id }
        guard !namesakes.isEmpty else { return }
        if draft.namesake { return try refuseAlike(person, among: namesakes) }
        let left = namesakes.contains { $0.discharged != nil }
        throw FieldError(
            "namesake", "\(namesakes.count == 1 ? "someone of this name is" : "\(namesakes.count) people of this name are") already recorded: "
                + "\(listed(namesakes)). If this is them, use that record\(left ? " (readmit them if they came back)" : ""); "
                + "if it is someone else of the same name, say they are a namesake")
    }

    /// Someone else of a name, said to be so, who would still show exactly as a namesake here
    /// does, the same room and the same name they go by: every list, picker and report would
    /// show the two alike, and it is most likely one person added twice. Those who left are
    /// shown as having left, so a new resident of the same name in the same room is not refused.


    /// A person's details changed so that they would show exactly as someone still here does:
    /// the same name, room and name they go by. Refused as a new person alike is, whether the
    /// one changed is still here or left (their records would read as the other's). Details
    /// that tell them apart left as they were do not bring it up: two records alike before
    /// this rule stay editable in everything else.
    ///
    /// Coming back is looked at whatever changed: while someone was away, a resident of their
    /// name may have been given their room, and the two would now show alike on every list.
    static func refuseMadeAlike(_ person: Person, _ records: any RecordReader) throws {
        let stored = try records.record(Person.self, id: person.id)
        let returning = stored?.discharged != nil && person.discharged == nil
        if let stored, !returning, stored.alikeKey == person.alikeKey { return }
        let others = try people(named: person.name, in: records).filter { $0.id != person.id }.sorted { $0.id < $1.id }
        try refuseAlike(person, among: others, returning: returning)
    }

    private static func refuseAlike(_ person: Person, among namesakes: [Person], returning: Bool = false) throws {
        let alike = namesakes.filter { $0.discharged == nil && $0.alikeKey == person.alikeKey }
        guard !alike.isEmpty else { return }
        // Coming back alike someone here may mean they were added again while away: that
        // record is then theirs, and readmitting this one would make them two.
        throw FieldError(
            "location", "\(listed(alike)) has this name, room and name they go by, so the two would show alike everywhere. "
                + (returning
                    ? "If that record is them, added again while they were away, keep to it; if it is someone else, give the room they come back to"
                    : "If this is them, use that record; if it is someone else, give the room or the name they go by that tells them apart"))
    }

    /// A person renamed to a name someone else has, as staff type names: refused, naming them,
    /// as a new person of that name is. A name left as it was, or changed only in case, accents
    /// or spacing, is not a new name: people who shared it already stay as they are.
    static func refuseRenamedToNamesake(_ person: Person, _ records: any RecordReader) throws {
        guard let stored = try records.record(Person.self, id: person.id), NameKey.of(stored.name) != NameKey.of(person.name) else { return }
        let others = try people(named: person.name, in: records).filter { $0.id != person.id }.sorted { $0.id < $1.id }
        guard !others.isEmpty else { return }
        throw FieldError(
            "namesake", "\(person.name) is also the name of \(listed(others)). If they are one person, keep the details on "
                + "that record rather than make a second; if this is someone else of the same name, say they are a namesake")
    }

    /// Up to five namesakes, each with what tells them apart, and how many more.
    private static func listed(_ namesakes: [Person]) -> String {
        namesakes.prefix(5).map(namesakeWords).joined(separator: "; ") + (namesakes.count > 5 ? " and \(namesakes.count - 5) more" : "")
    }

    private static func namesakeWords(_ person: Person) -> String {
        "\(person.name) (\((person.tellingApart + ["id \(person.id.prefix(DirectoryMatch.shortID))"]).joined(separator: ", ")))"
    }
}
