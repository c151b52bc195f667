import Foundation
import GRDB

/// What `/` finds, by kind: people, partners, staff, open tasks and escalations, and contacts.
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
    public var contacts: [Contact] = []

    public init() {}

    public var isEmpty: Bool { count == 0 }
    public var count: Int { people.count + partners.count + staff.count + tasks.count + escalations.count + contacts.count }
}

extension Store {
    /// Everything whose words hold every word typed, ignoring case and accents as the pickers do
    /// (`NameMatcher`): people by name, preferred name and room; partners by name, role and
    /// organisation; staff by name; open tasks and escalations by their words and the names on
    /// them; contacts by summary and advice through the full-text index, earlier versions
    /// included. People, partners, staff and open work are in memory, so only contacts read
    /// the disk, and that through the index: as quick on ten years of records as on one week.
    public func searchEverything(_ text: String, contactLimit: Int = 50) throws -> SearchResults {
        guard text.contains(where: { $0.isLetter || $0.isNumber }) else { return SearchResults() }
        var results = SearchResults()
        let names = Dictionary(people.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let partnerNames = Dictionary(partners.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        results.people = NameMatcher.rank(text, in: people) { [$0.name, $0.preferredName ?? "", $0.location ?? ""] }
        results.partners = NameMatcher.rank(text, in: partners) { [$0.name, $0.role.title, $0.organisation ?? ""] }
        results.staff = NameMatcher.rank(text, in: staffNames()) { [$0.name] }.map { staff in
            SearchResults.StaffMatch(
                name: staff.name, role: staff.role,
                keyWorkerFor: people.filter { $0.keyWorker == staff.name && $0.discharged == nil }.count,
                openTasks: openTasks.filter { $0.owner == staff.name }.count,
                escalations: openEscalations.filter { $0.manager == staff.name }.count)
        }
        results.tasks = NameMatcher.rank(text, in: openTasks) {
            [$0.title, $0.owner ?? "", $0.personID.flatMap { names[$0] } ?? "", $0.partnerID.flatMap { partnerNames[$0] } ?? ""]
        }
        results.escalations = NameMatcher.rank(text, in: openEscalations) {
            [$0.summary, $0.kind.title, $0.manager ?? "", $0.personID.flatMap { names[$0] } ?? "",
             $0.partnerID.flatMap { partnerNames[$0] } ?? ""]
        }
        results.contacts = try search(text, limit: contactLimit)
        return results
    }

    /// Everyone who works here by name: the staff list, then key workers, task owners and
    /// managers named on records but not on the list, each once.
    private func staffNames() -> [(name: String, role: StaffMember.Role?)] {
        var seen = Set<String>()
        var result: [(name: String, role: StaffMember.Role?)] = []
        for member in staffList where seen.insert(member.name).inserted { result.append((member.name, member.role)) }
        let named = people.compactMap(\.keyWorker) + openTasks.compactMap(\.owner) + openEscalations.compactMap(\.manager)
        for name in named.sorted() where !name.isEmpty && seen.insert(name).inserted { result.append((name, nil)) }
        return result
    }

    /// A partner's contacts, newest first: what a partner's record lists.
    public func contacts(forPartner partnerID: String, limit: Int = 10) throws -> [Contact] {
        try database.read { db in
            try RecordTable.fetchAll(
                Contact.self, where: "partner_id = ?", orderBy: "happened_at DESC, id LIMIT \(limit)",
                arguments: [partnerID], db)
        }
    }
}
