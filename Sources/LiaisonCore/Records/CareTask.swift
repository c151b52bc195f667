import Foundation

/// An agreed task or a courtesy promise such as "call back by 3pm" (R8).
/// Named `CareTask` so it never shadows Swift's `Task`.
public struct CareTask: LiaisonRecord {
    public static let kind = RecordKind.task

    public enum Status: String, Codable, CaseIterable, Sendable { case open, done }

    /// A delay logged against the task, and whether the partner was told of it.
    public struct Delay: Codable, Equatable, Hashable, Sendable {
        public var at: Date
        public var by: String
        public var note: String
        public var partnerInformed: Bool

        public init(at: Date, by: String, note: String, partnerInformed: Bool) {
            self.at = at
            self.by = by
            self.note = note
            self.partnerInformed = partnerInformed
        }
    }

    public var id: String
    public var title: String
    public var personID: String?
    public var partnerID: String?
    /// One of our staff or a partner, by name.
    public var owner: String?
    public var due: Date
    public var isPromise: Bool
    public var status: Status
    public var outcome: String?
    public var closedAt: Date?
    public var delays: [Delay]
    public var audit: Audit

    public init(
        id: String = RecordID.make(), title: String, personID: String? = nil, partnerID: String? = nil,
        owner: String? = nil, due: Date, isPromise: Bool = false, status: Status = .open,
        outcome: String? = nil, closedAt: Date? = nil, delays: [Delay] = [], audit: Audit
    ) {
        self.id = id
        self.title = title
        self.personID = personID
        self.partnerID = partnerID
        self.owner = owner
        self.due = due
        self.isPromise = isPromise
        self.status = status
        self.outcome = outcome
        self.closedAt = closedAt
        self.delays = delays
        self.audit = audit
    }

    public func isOverdue(now: Date) -> Bool { status == .open && due < now }
}
