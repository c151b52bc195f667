import Foundation

/// What a form or a command gives to raise an escalation (R10).
public struct EscalationDraft: Sendable {
    public var kind: Escalation.Kind
    public var summary: String
    public var personID: String?
    public var partnerID: String?
    public var manager: String?
    public var theirReference: String?
    public var sentOn: Date?
    public var urgency: Escalation.Urgency = .routine

    public init(
        kind: Escalation.Kind, summary: String, personID: String? = nil, partnerID: String? = nil,
        manager: String? = nil, theirReference: String? = nil, sentOn: Date? = nil
    ) {
        self.kind = kind
        self.summary = summary
        self.personID = personID
        self.partnerID = partnerID
        self.manager = manager
        self.theirReference = theirReference
        self.sentOn = sentOn
    }

    static let onlyForComplaints = "only a formal complaint to a partner's organisation (complaint-to-partner) has their reference and the day it was sent; leave it out"

    /// Every escalation has a manager who knows of it and sees it through, named from the start.
    static func namedManager(_ typed: String?) throws -> String {
        guard let name = try TextRules.cleanedLine(typed, field: "manager", what: "The manager's name", limit: TextRules.nameLimit) else {
            throw FieldError("manager", "name the manager who was told and will see it through, e.g. Ruth Okafor")
        }
        return name
    }

    func validated(by staff: String, at now: Date, timescales: EscalationTimescales, calendar: Calendar) throws -> Escalation {
        let summary = try TextRules.required(summary, field: "summary", what: "What it is about")
        // Kept only where they mean something, rather than stored on a kind that never shows them.
        if kind != .complaintToPartner {
            if theirReference != nil { throw FieldError("their-reference", Self.onlyForComplaints) }
            if sentOn != nil { throw FieldError("sent-on", Self.onlyForComplaints) }
        }
        // A complaint to a partner's organisation is theirs to answer, under their reference:
        // without the partner, the handover cannot say who owes the answer.
        if kind == .complaintToPartner, partnerID == nil {
            throw FieldError("partner", "say which partner's organisation the complaint went to: a complaint to a partner names them")
        }
        let due = timescales.dueDates(for: kind, urgency: urgency, raised: now, calendar: calendar)
        var escalation = Escalation(
            kind: kind, summary: summary, personID: personID, partnerID: partnerID,
            manager: try Self.namedManager(manager), raisedAt: now, acknowledgeBy: due.acknowledge, resolveBy: due.resolve,
            theirReference: try TextRules.cleanedLine(theirReference, field: "their-reference", what: "Their reference"), sentOn: sentOn?.wholeSeconds, audit: Audit(by: staff, at: now))
        escalation.urgency = urgency == .urgent ? .urgent : nil
        return escalation
    }
}
