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

        enum CodingKeys: String, CodingKey, CaseIterable { case acknowledgeDays, resolveDays }

        public init(from decoder: any Decoder) throws { try self.init(from: decoder, standard: nil) }

        /// Each part from 1 to `EscalationTimescales.mostDays`, resolving no sooner than
        /// acknowledging; a part left out is `standard`'s (both are needed without one).
        init(from decoder: any Decoder, standard: Timescale?) throws {
            try SettingsReading.refuseUnknownKeys(in: decoder, CodingKeys.self)
            let c = try decoder.container(keyedBy: CodingKeys.self)
            let most = EscalationTimescales.mostDays
            acknowledgeDays = try SettingsReading.count(forKey: .acknowledgeDays, in: c, unit: "days", most: most, standard: standard?.acknowledgeDays)
            resolveDays = try SettingsReading.count(forKey: .resolveDays, in: c, unit: "days", most: most, standard: standard?.resolveDays)
            guard resolveDays >= acknowledgeDays else {
                throw DecodingError.dataCorruptedError(
                    forKey: .resolveDays, in: c,
                    debugDescription: "\(resolveDays) days to resolve is sooner than the \(acknowledgeDays) to acknowledge")
            }
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

        enum CodingKeys: String, CodingKey, CaseIterable { case acknowledgeHours, resolveDays }

        public init(from decoder: any Decoder) throws { try self.init(from: decoder, standard: nil) }

        /// Hours from 1 to `mostDays` days' worth, days from 1 to `mostDays`, resolving no
        /// sooner than acknowledging; a part left out is `standard`'s.
        init(from decoder: any Decoder, standard: Urgent?) throws {
            try SettingsReading.refuseUnknownKeys(in: decoder, CodingKeys.self)
            let c = try decoder.container(keyedBy: CodingKeys.self)
            let most = EscalationTimescales.mostDays
            acknowledgeHours = try SettingsReading.count(
                forKey: .acknowledgeHours, in: c, unit: "hours", most: most * 24, standard: standard?.acknowledgeHours)
            resolveDays = try SettingsReading.count(forKey: .resolveDays, in: c, unit: "days", most: most, standard: standard?.resolveDays)
            guard resolveDays * 24 >= acknowledgeHours else {
                throw DecodingError.dataCorruptedError(
                    forKey: .resolveDays, in: c,
                    debugDescription: "\(resolveDays) days to resolve is sooner than the \(acknowledgeHours) hours to acknowledge")
            }
        }
    }

    /// Routine escalations, by kind.
    public var byKind: [Escalation.Kind: Timescale]
    public var urgent: Urgent

    public init(byKind: [Escalation.Kind: Timescale], urgent: Urgent = Self.standardUrgent) {
        self.byKind = byKind
        self.urgent = urgent
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case routine, urgent }

    /// In a settings file: `{"routine": {"disagreement": {"acknowledgeDays": 2, "resolveDays": 14}, …},
    /// "urgent": {"acknowledgeHours": 4, "resolveDays": 3}}`; a kind or part left out keeps its standard.
    public init(from decoder: any Decoder) throws {
        try SettingsReading.refuseUnknownKeys(in: decoder, CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        var byKind = Self.standard.byKind
        if c.contains(.routine) {
            // By the kinds' words, so one misspelt is refused with the list (`SettingsReading`).
            let routine = try c.nestedContainer(keyedBy: KindKey.self, forKey: .routine)
            try SettingsReading.refuseUnknownKeys(in: try c.superDecoder(forKey: .routine), KindKey.self)
            for key in routine.allKeys {
                byKind[key.kind] = try Timescale(from: try routine.superDecoder(forKey: key), standard: byKind[key.kind])
            }
        }
        self.byKind = byKind
        urgent = try c.contains(.urgent) ? Urgent(from: try c.superDecoder(forKey: .urgent), standard: Self.standardUrgent) : Self.standardUrgent
    }

    /// The longest any timescale may be: a year (and a day). A complaint unresolved longer is
    /// for the service's own review, and a vast number makes a deadline past the calendar's reach.
    static let mostDays = 366

    /// A routine timescale's key: a kind of escalation, as the settings file writes it.
    struct KindKey: CodingKey, CaseIterable {
        let kind: Escalation.Kind
        var stringValue: String { kind.rawValue }
        var intValue: Int? { nil }
        init?(stringValue: String) {
            guard let kind = Escalation.Kind(rawValue: stringValue) else { return nil }
            self.kind = kind
        }
        init?(intValue: Int) { nil }
        init(_ kind: Escalation.Kind) { self.kind = kind }
        static var allCases: [KindKey] { Escalation.Kind.allCases.map(KindKey.init) }
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
