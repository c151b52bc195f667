import Foundation

/// How long each kind of escalation may wait to be acknowledged and to be resolved (R10).
/// Services set their own; the defaults follow common complaints practice.
public struct EscalationTimescales: Codable, Equatable, Sendable {
    public struct Timescale: Codable, Equatable, Sendable {
        public var acknowledgeDays: Int
        public var resolveDays: Int

        public init(acknowledgeDays: Int, resolveDays: Int) {
            self.acknowledgeDays = acknowledgeDays
            self.resolveDays = resolveDays
        }
    }

    /// An urgent escalation's own clock, whatever its kind: hours to acknowledge, days to resolve.
    public struct Urgent: Codable, Equatable, Sendable {
        public var acknowledgeHours: Int
        public var resolveDays: Int

        public init(acknowledgeHours: Int, resolveDays: Int) {
            self.acknowledgeHours = acknowledgeHours
            self.resolveDays = resolveDays
        }
    }

    /// Routine escalations, by kind.
    public var byKind: [Escalation.Kind: Timescale]
    public var urgent: Urgent

    public init(byKind: [Escalation.Kind: Timescale], urgent: Urgent = Self.standardUrgent) {
        self.byKind = byKind
        self.urgent = urgent
    }

    enum CodingKeys: String, CodingKey { case routine, urgent }

    /// In a settings file: `{"routine": {"disagreement": {"acknowledgeDays": 2, "resolveDays": 14}, …},
    /// "urgent": {"acknowledgeHours": 4, "resolveDays": 3}}`; a kind or part left out keeps its standard.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        var byKind = Self.standard.byKind
        for (kind, timescale) in try c.decodeIfPresent([Escalation.Kind: Timescale].self, forKey: .routine) ?? [:] {
            byKind[kind] = timescale
        }
        self.byKind = byKind
        urgent = try c.decodeIfPresent(Urgent.self, forKey: .urgent) ?? Self.standardUrgent
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(byKind, forKey: .routine)
        try c.encode(urgent, forKey: .urgent)
    }

    /// Urgent: acknowledged within 4 hours, resolved within 3 days.
    public static let standardUrgent = Urgent(acknowledgeHours: 4, resolveDays: 3)

    public static let standard = EscalationTimescales(byKind: [
        .disagreement: Timescale(acknowledgeDays: 2, resolveDays: 14),
        .partnerPractice: Timescale(acknowledgeDays: 2, resolveDays: 28),
        .complaintToPartner: Timescale(acknowledgeDays: 5, resolveDays: 28),
        .partnerConcern: Timescale(acknowledgeDays: 1, resolveDays: 14),
        .complaintFromPartner: Timescale(acknowledgeDays: 3, resolveDays: 20),
    ])

    public func timescale(for kind: Escalation.Kind) -> Timescale {
        byKind[kind] ?? Timescale(acknowledgeDays: 2, resolveDays: 28)
    }

    /// Both due dates for an escalation raised at `raised`.
    public func dueDates(
        for kind: Escalation.Kind, urgency: Escalation.Urgency = .routine, raised: Date, calendar: Calendar
    ) -> (acknowledge: Date, resolve: Date) {
        if urgency == .urgent {
            return (raised.addingTimeInterval(TimeInterval(urgent.acknowledgeHours) * 3_600),
                    calendar.date(byAdding: .day, value: urgent.resolveDays, to: raised) ?? raised)
        }
        let t = timescale(for: kind)
        let ack = calendar.date(byAdding: .day, value: t.acknowledgeDays, to: raised) ?? raised
        let res = calendar.date(byAdding: .day, value: t.resolveDays, to: raised) ?? raised
        return (ack, res)
    }
}

/// Kinds are the keys of a settings file's `routine` timescales, written as the command line writes them.
extension Escalation.Kind: CodingKeyRepresentable {}
