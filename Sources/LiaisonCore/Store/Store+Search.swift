import Foundation

/// What `/` finds, by kind: people, partners, staff, open tasks and escalations, done tasks and
/// resolved escalations, and contacts.
public struct SearchResults: Sendable, Equatable {
    /// A staff member found by name, with where their name appears.
    public struct StaffMatch: Sendable, Equatable {
        public var name: String
        public var role: StaffMember.Role?
        /// People they are key worker for.
        public var keyWorkerFor: Int
        /// Open tasks they own, and open escalations they manage.
        public var openTasks: Int
        public var escalations: Int
    }

    public var people: [Person] = []
    public var partners: [Partner] = []
    public var staff: [StaffMatch] = []
    public var tasks: [CareTask] = []
    public var escalations: [Escalation] = []
    /// Done tasks and resolved escalations, most recently recorded first, at most the limit
    /// asked for: history can be long, so these stop at the limit rather than list it all.
    public var doneTasks: [CareTask] = []
    public var resolvedEscalations: [Escalation] = []
    public var contacts: [Contact] = []

    public init() {}

    public var isEmpty: Bool { count == 0 }
    public var count: Int {
        people.count + partners.count + staff.count + tasks.count + escalations.count + doneTasks.count
            + resolvedEscalations.count + contacts.count
    }
}

extension Store {
    /// Everything whose words hold every word typed, ignoring case and accents as the pickers do
    /// (`NameMatcher`): people by name, preferred name, room and home; partners by name, role and
    /// organisation; staff by name; open tasks and escalations by their words and the names on
    /// them; done tasks and resolved escalations by the same words, read from disk one at a time
    /// (newest recorded first, stopping at `closedLimit`), so years of closed work are never held
    /// in memory at once; contacts by summary and advice through the full-text index, earlier
    /// versions included, as quick on ten years of records as on one week.
    public func searchEverything(_ text: String, contactLimit: Int = 50, closedLimit: Int = 50) throws -> SearchResults {
        guard text.contains(where: { $0.isLetter || $0.isNumber }) else { return SearchResults() }
        var results = SearchResults()
        let names = Dictionary(people.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let partnerNames = Dictionary(partners.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        // A group's people are found by their home too: "elm" lists everyone in Elm House.
        results.people = NameMatcher.rank(text, in: people) { person in
            [person.name, person.preferredName ?? "", person.location ?? ""] + (home(of: person).map { [$0.id, $0.name] } ?? [])
        }
        results.partners = NameMatcher.rank(text, in: partners) { [$0.name, $0.role.title, $0.organisation ?? ""] }
        results.staff = NameMatcher.rank(text, in: staffNames()) { [$0.name] }.map { staff in
            SearchResults.StaffMatch(
                name: staff.name, role: staff.role,
                keyWorkerFor: people.filter { $0.keyWorker == staff.name && $0.discharged == nil }.count,
                openTasks: openTasks.filter { $0.owner == staff.name }.count,
                escalations: openEscalations.filter { $0.manager == staff.name }.count)
        }
        let taskTexts = { (task: CareTask) in
            [task.title, task.owner ?? "", task.personID.flatMap { names[$0] } ?? "", task.partnerID.flatMap { partnerNames[$0] } ?? ""]
        }
        let escalationTexts = { (escalation: Escalation) in
            [escalation.summary, escalation.kind.title, escalation.manager ?? "", escalation.personID.flatMap { names[$0] } ?? "",
             escalation.partnerID.flatMap { partnerNames[$0] } ?? ""]
        }
        results.tasks = NameMatcher.rank(text, in: openTasks, texts: taskTexts)
        results.escalations = NameMatcher.rank(text, in: openEscalations, texts: escalationTexts)
        let words = NameMatcher.words(of: text)
        results.doneTasks = try closed(words: words, limit: closedLimit, texts: taskTexts) { try $0.closedTasks($1) }
        results.resolvedEscalations = try closed(words: words, limit: closedLimit, texts: escalationTexts) {
            try $0.resolvedEscalations($1)
        }
        results.contacts = try search(text, limit: contactLimit)
        return results
    }

    /// Closed records that hold every word, newest recorded first, read one at a time (`each`)
    /// until `limit` are found. No SQL filter on the words: stored text
    /// may carry accents the typed words lack, and names live on other records, so only the
    /// same match as the open records' (`NameMatcher`) is sure not to miss one.
    private func closed<R: Persisted>(
        words: [String], limit: Int, texts: @escaping (R) -> [String],
        each: (any RecordReader, (R) throws -> Bool) throws -> Void
    ) throws -> [R] {
        guard !words.isEmpty, limit > 0 else { return [] }
        return try backend.read { records in
            var found: [R] = []
            try each(records) { record in
                if NameMatcher.matches(words, in: texts(record)) { found.append(record) }
                return found.count < limit
            }
            return found
        }
    }

    /// Everyone who works here by name: the staff list, then key workers, task owners and
    /// managers named on records but not on the list, each once.
    private func staffNames() -> [(name: String, role: StaffMember.Role?)] {
        var seen = Set<String>()
        var result: [(name: String, role: StaffMember.Role?)] = []
        for member in staffList where seen.insert(member.name).inserted { result.append((member.name, member.role)) }
        // A task's owner may be a partner (R8): "Dr Patel" owning a task is found as a partner,
        // not listed as staff.
        let partnerNames = Set(partners.map { $0.name.lowercased() })
        let owners = openTasks.compactMap(\.owner).filter { !partnerNames.contains($0.lowercased()) }
        let named = people.compactMap(\.keyWorker) + owners + openEscalations.compactMap(\.manager)
        for name in named.sorted() where !name.isEmpty && seen.insert(name).inserted { result.append((name, nil)) }
        return result
    }

    /// A partner's contacts, newest first: what a partner's record lists.
    public func contacts(forPartner partnerID: String, limit: Int = 10) throws -> [Contact] {
        try backend.read { try $0.contacts(forPartner: partnerID, limit: limit) }
    }
}
