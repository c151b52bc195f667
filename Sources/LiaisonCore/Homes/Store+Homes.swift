import Foundation

extension Store {
    /// The home `person` lives in, as the settings list it; nil in a service of one home, and
    /// for someone whose home is not (or no longer) listed (`liaison check` names them).
    public func home(of person: Person) -> Home? { homes.home(id: person.home) }

    /// The records of `home` (nil: the whole group), from everyone the store holds.
    public func filter(for home: Home?) -> HomeFilter { HomeFilter(home: home, people: people) }

    /// The id a new person's record holds for the home typed. In a group of homes a person
    /// must live in one (else no home's wall or handover would show them), unless the group
    /// lists only one; a service without homes takes none.
    func homeID(for typed: String?) throws -> String? {
        if let typed, !typed.trimmingCharacters(in: .whitespaces).isEmpty { return try homes.resolve(typed).id }
        guard !homes.isEmpty else { return nil }
        if homes.homes.count == 1 { return homes.homes[0].id }
        throw FieldError("home", "say which home they live in: \(homes.names)")
    }

    /// Moves someone to another of the group's homes (R11): an amendment, so the home they
    /// left stays in their history with who moved them, when and why.
    @discardableResult
    public func move(_ person: Person, toHome typed: String, reason: String) throws -> Person {
        let home = try homes.resolve(typed)
        guard homes.listedID(person.home) != home.id else { throw FieldError("home", "\(person.name) already lives in \(home.name)") }
        var next = person
        next.home = home.id
        return try amend(next, reason: try TextRules.required(reason, field: "reason", what: "Why they are moving"))
    }
}
