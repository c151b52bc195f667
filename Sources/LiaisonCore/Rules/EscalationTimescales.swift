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

    public var byKind: [Escalation.Kind: Timescale]

    public init(byKind: [Escalation.Kind: Timescale]) { self.byKind = byKind }

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
    public func dueDates(for kind: Escalation.Kind, raised: Date, calendar: Calendar = .current) -> (acknowledge: Date, resolve: Date) {
        let t = timescale(for: kind)
        let ack = calendar.date(byAdding: .day, value: t.acknowledgeDays, to: raised) ?? raised
        let res = calendar.date(byAdding: .day, value: t.resolveDays, to: raised) ?? raised
        return (ack, res)
    }
}
