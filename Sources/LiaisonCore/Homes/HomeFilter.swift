/// Which records belong to one home: those about a person who lives there. A record about
/// nobody (a task for the whole group, a partner's details) belongs to no home, so it is left
/// off every home's wall and handover and shown only to the whole group: a home's office screen
/// must never show another home's work, and a record that names no resident cannot prove
/// which home it is.
public struct HomeFilter: Sendable {
    enum Scope: Sendable {
        case everything
        case home(Home)
        /// Records that no listed home takes: about no one, or about someone whose home is not listed.
        case outside
    }

    let scope: Scope
    /// Everyone in the home (`.home`), or everyone in a listed home (`.outside`).
    private let people: Set<String>

    /// - Parameter people: everyone the store holds (the working set has them all: people are
    ///   never deleted), so a discharged resident's records stay with their home.
    public init(home: Home?, people: [Person]) {
        if let home {
            scope = .home(home)
            self.people = Set(people.filter(home.holds).map(\.id))
        } else {
            scope = .everything
            self.people = []
        }
    }

    /// The records no home in `homes` takes: the last part of a group's report.
    public static func outside(_ homes: HomeList, people: [Person]) -> HomeFilter {
        HomeFilter(scope: .outside, people: Set(people.filter { homes.home(id: $0.home) != nil }.map(\.id)))
    }

    private init(scope: Scope, people: Set<String>) {
        self.scope = scope
        self.people = people
    }

    /// The whole group: every record passes.
    public static let everything = HomeFilter(scope: .everything, people: [])

    /// The home, when this is one home's part.
    public var home: Home? {
        if case .home(let home) = scope { return home }
        return nil
    }

    public var isWholeGroup: Bool {
        if case .everything = scope { return true }
        return false
    }

    /// Whether a record about `personID` (nil for a record about no one) is this part's.
    public func includes(personID: String?) -> Bool {
        switch scope {
        case .everything: true
        case .home: personID.map(people.contains) ?? false
        case .outside: personID.map { !people.contains($0) } ?? true
        }
    }

    /// Whether `person` is in this part, judged by their own record.
    public func includes(_ person: Person) -> Bool {
        switch scope {
        case .everything: true
        case .home(let home): home.holds(person)
        case .outside: !people.contains(person.id)
        }
    }
}

extension SearchResults {
    /// The results one home may see: its people and the work about them; partners and staff
    /// are the group's and stay. Contacts found count toward the limit before this cut, so a
    /// home may see fewer than the limit.
    public func limited(to filter: HomeFilter) -> SearchResults {
        guard !filter.isWholeGroup else { return self }
        var results = self
        results.people = people.filter(filter.includes)
        results.tasks = tasks.filter { filter.includes(personID: $0.personID) }
        results.escalations = escalations.filter { filter.includes(personID: $0.personID) }
        results.doneTasks = doneTasks.filter { filter.includes(personID: $0.personID) }
        results.resolvedEscalations = resolvedEscalations.filter { filter.includes(personID: $0.personID) }
        results.contacts = contacts.filter { filter.includes(personID: $0.personID) }
        return results
    }
}
