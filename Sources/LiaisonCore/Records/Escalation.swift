import Foundation

/// A disagreement, concern or complaint that had to be taken further (R10).
public struct Escalation: LiaisonRecord {
    public static let kind = RecordKind.escalation

    public enum Kind: String, Codable, CaseIterable, Sendable {
        /// We disagree with a partner's decision.
        case disagreement
        /// We are concerned about a partner's practice.
        case partnerPractice = "partner-practice"
        /// We complained formally to the partner's organisation.
        case complaintToPartner = "complaint-to-partner"
        /// A partner is concerned about our care; a manager or the registered person is alerted.
        case partnerConcern = "partner-concern"
        /// A partner complained formally; our complaints process applies.
        case complaintFromPartner = "complaint-from-partner"

        /// The kind in full, for a detail view and the reports.
        public var title: String { words.title }

        /// The kind in full, and in a few words for a narrow column (the heading and form choice
        /// use those words capitalised), so a kind reads alike on every screen.
        public var words: Wording {
            switch self {
            case .disagreement: Wording(title: "Disagreement with a decision", short: "disagreement")
            case .partnerPractice: Wording(title: "Concern about a partner's practice", short: "their practice")
            case .complaintToPartner: Wording(title: "Complaint to a partner's organisation", short: "our complaint")
            case .partnerConcern: Wording(title: "Partner's concern about our care", short: "their concern")
            case .complaintFromPartner: Wording(title: "Complaint from a partner", short: "their complaint")
            }
        }

        /// Whether the partner raised it with us (their concern or complaint), rather than we
        /// with them: whose view resolving it asks was accepted.
        public var isRaisedByPartner: Bool {
            switch self {
            case .disagreement, .partnerPractice, .complaintToPartner: false
            case .partnerConcern, .complaintFromPartner: true
            }
        }

        /// Whose view was at issue: ours for what we raised with a partner, the partner's for
        /// what they raised with us. Resolving asks whether that view was accepted, and when it
        /// was not, why: the reason the policy says is explained to whoever held it.
        public var viewAtIssue: String { isRaisedByPartner ? "Their view" : "Our view" }
    }

    /// How fast it must move (R10): urgent ones have their own, shorter timescales.
    public enum Urgency: String, Codable, CaseIterable, Sendable {
        case routine, urgent
    }

    public enum Stage: String, Codable, CaseIterable, Comparable, Sendable {
        case raised, acknowledged, resolved

        public static func < (a: Stage, b: Stage) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }
    }

    public struct Note: Codable, Equatable, Hashable, Sendable {
        public var at: Date
        public var by: String
        public var text: String

        public init(at: Date, by: String, text: String) {
            self.at = at
            self.by = by
            self.text = text
        }
    }

    public var id: String
    public var kind: Kind
    public var summary: String
    public var personID: String?
    public var partnerID: String?
    public var manager: String?
    public var stage: Stage
    public var raisedAt: Date
    public var acknowledgedAt: Date?
    public var resolvedAt: Date?
    public var acknowledgeBy: Date
    public var resolveBy: Date
    public var notes: [Note]
    public var outcome: String?
    /// Where a view was not accepted, the reason given to whoever held it.
    public var reasonNotAccepted: String?
    /// For a complaint to a partner: their reference and the date it was sent.
    public var theirReference: String?
    public var sentOn: Date?
    /// nil in records made before urgency was asked: routine.
    public var urgency: Urgency? = nil
    public var audit: Audit

    public init(
        id: String = RecordID.make(), kind: Kind, summary: String, personID: String? = nil,
        partnerID: String? = nil, manager: String? = nil, stage: Stage = .raised, raisedAt: Date,
        acknowledgedAt: Date? = nil, resolvedAt: Date? = nil, acknowledgeBy: Date, resolveBy: Date,
        notes: [Note] = [], outcome: String? = nil, reasonNotAccepted: String? = nil,
        theirReference: String? = nil, sentOn: Date? = nil, audit: Audit
    ) {
        self.id = id
        self.kind = kind
        self.summary = summary
        self.personID = personID
        self.partnerID = partnerID
        self.manager = manager
        self.stage = stage
        self.raisedAt = raisedAt
        self.acknowledgedAt = acknowledgedAt
        self.resolvedAt = resolvedAt
        self.acknowledgeBy = acknowledgeBy
        self.resolveBy = resolveBy
        self.notes = notes
        self.outcome = outcome
        self.reasonNotAccepted = reasonNotAccepted
        self.theirReference = theirReference
        self.sentOn = sentOn
        self.audit = audit
    }

    public var isOpen: Bool { stage != .resolved }

    public var isUrgent: Bool { urgency == .urgent }

    /// A partner's concern about our care stays flagged until a manager has acknowledged it: the
    /// policy asks that a manager or the registered person speak with the partner (R10).
    public var awaitsManager: Bool { kind == .partnerConcern && stage == .raised }

    /// The date the current stage must move by.
    public var nextDue: Date? {
        switch stage {
        case .raised: acknowledgeBy
        case .acknowledged: resolveBy
        case .resolved: nil
        }
    }

    public func isOverdue(now: Date) -> Bool { nextDue.map { $0 < now } ?? false }
}
