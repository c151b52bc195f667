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

    func validated(by staff: String, at now: Date, timescales: EscalationTimescales, calendar: Calendar) throws -> Escalation {
        let summary = try TextRules.required(summary, field: "summary", what: "The summary")
        let due = timescales.dueDates(for: kind, urgency: urgency, raised: now, calendar: calendar)
        var escalation = Escalation(
            kind: kind, summary: summary, personID: personID, partnerID: partnerID,
            manager: try TextRules.cleanedLine(manager, field: "manager", what: "The manager's name", limit: TextRules.nameLimit), raisedAt: now, acknowledgeBy: due.acknowledge, resolveBy: due.resolve,
            theirReference: try TextRules.cleanedLine(theirReference, field: "their-reference", what: "Their reference"), sentOn: sentOn?.wholeSeconds, audit: Audit(by: staff, at: now))
        escalation.urgency = urgency == .urgent ? .urgent : nil
        return escalation
    }
}
