import Foundation

/// What the panes show, held in memory: everything current, and only the recent part of history,
/// so opening a store costs the same after ten years as after one week.
public struct WorkingSet: Sendable, Equatable {
    /// Everyone, discharged included (marked), by name.
    public var people: [Person] = []
    public var partners: [Partner] = []
    /// Open tasks and promises, soonest due first.
    public var openTasks: [CareTask] = []
    public var openEscalations: [Escalation] = []
    /// Contacts of the store's last `recentDays` days, newest first.
    public var recentContacts: [Contact] = []
    /// Confirmations requested and not received, however old, oldest first (R6).
    public var chaseList: [Contact] = []
    /// Advice with no decision about written confirmation, however old, oldest first (R6).
    public var undecidedAdvice: [Contact] = []
    /// Where recent contacts start.
    public var recentSince: Date = .distantPast

    /// How much of the store a Store holds in memory.
    public enum Scope: Sendable {
        /// Everything the panes show: the dashboard, the wall, reports.
        case everything
        /// People and partners only: what `check` needs to name people outside the group's homes.
        /// Contacts, tasks and escalations stay on disk.
        case directory
        /// Nothing: a one-record command (`add`, `confirm`, `leave`) looks up on disk only the
        /// person and partner it names (`findPerson`), so it costs the same on the largest store
        /// as on the smallest, and opening reads no record at all.
        case lookup
    }

    public init() {}

    /// `records` sorted by their names as staff type them, then as written, then by id; each
    /// name folded once, not at every comparison.
    static func byName<R: LiaisonRecord>(_ records: [R], _ name: KeyPath<R, String>) -> [R] {
        records.map { (key: NameKey.of($0[keyPath: name]), record: $0) }
            .sorted { ($0.key, $0.record[keyPath: name], $0.record.id) < ($1.key, $1.record[keyPath: name], $1.record.id) }
            .map(\.record)
    }

    mutating func sortAll() {
        // In the order people look names up: as staff type them (`NameKey`), so "Øyvind" is
        // among the O's and "harold  FINCH" beside "Harold Finch", not after the Z's.
        people = Self.byName(people, \.name)
        partners = Self.byName(partners, \.name)
        openTasks.sort { ($0.due, $0.id) < ($1.due, $1.id) }
        openEscalations.sort { ($0.raisedAt, $0.id) < ($1.raisedAt, $1.id) }
        recentContacts.sort { ($0.happenedAt, $0.id) > ($1.happenedAt, $1.id) }
        chaseList = Attention.chaseList(chaseList)
        undecidedAdvice = Attention.undecidedAdvice(undecidedAdvice)
    }

    /// Puts a saved record where it belongs, or takes it out of a list it no longer belongs in.
    mutating func apply(_ record: any LiaisonRecord) {
        switch record {
        case let person as Person: Self.upsert(person, into: &people, keep: true)
        case let partner as Partner: Self.upsert(partner, into: &partners, keep: true)
        case let task as CareTask: Self.upsert(task, into: &openTasks, keep: task.status == .open)
        case let escalation as Escalation: Self.upsert(escalation, into: &openEscalations, keep: escalation.isOpen)
        case let contact as Contact:
            Self.upsert(contact, into: &recentContacts, keep: contact.happenedAt >= recentSince)
            Self.upsert(contact, into: &chaseList, keep: contact.awaitsConfirmation)
            Self.upsert(contact, into: &undecidedAdvice, keep: contact.awaitsConfirmationDecision)
        default: break
        }
        sortAll()
    }

    /// Takes the record with `id` off every list: it can no longer be seen.
    mutating func forget(id: String) {
        people.removeAll { $0.id == id }
        partners.removeAll { $0.id == id }
        openTasks.removeAll { $0.id == id }
        openEscalations.removeAll { $0.id == id }
        recentContacts.removeAll { $0.id == id }
        chaseList.removeAll { $0.id == id }
        undecidedAdvice.removeAll { $0.id == id }
    }

    private static func upsert<R: LiaisonRecord>(_ record: R, into list: inout [R], keep: Bool) {
        list.removeAll { $0.id == record.id }
        if keep { list.append(record) }
    }
}

/// The numbers a header or the wall display shows.
public struct Counts: Sendable, Equatable {
    public var people: Int
    public var partners: Int
    public var contactsToday: Int
    public var openTasks: Int
    public var overdueTasks: Int
    public var openEscalations: Int
    public var overdueEscalations: Int
    public var awaitingConfirmation: Int
    /// Advice still waiting for a decision about written confirmation.
    public var awaitingDecision: Int = 0
    public var basisReviewOverdue: Int
    public var withoutSharingBasis: Int
}

/// What changed, for whoever redraws.
public enum StoreChange: Sendable, Equatable {
    /// This store saved a record.
    case saved(RecordKind, id: String)
    /// Another process saved something and the working set was reloaded.
    case reloaded
}
