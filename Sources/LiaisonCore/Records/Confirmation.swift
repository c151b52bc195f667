import Foundation

/// Written confirmation of a partner's advice (R6). Every piece of advice gets a decision —
/// asked for in writing, not needed, or not possible — and a request is chased until the
/// letter or email comes. Each step is also an amendment of the contact, so its history shows
/// who took it and when (R11).
public struct Confirmation: Codable, Equatable, Hashable, Sendable {
    public enum State: String, Codable, CaseIterable, Sendable {
        case requested, received
        case notNeeded = "not-needed"
        /// The partner cannot or will not put it in writing (say why).
        case notPossible = "not-possible"
    }

    /// How a confirmation arrived: the policy asks for an email or a letter.
    public enum Medium: String, Codable, CaseIterable, Sendable {
        case email, letter
    }

    /// One chase of a requested confirmation: kept, every one, so the chase list can say how
    /// often and how long we have been asking.
    public struct Chase: Codable, Equatable, Hashable, Sendable {
        public var at: Date
        public var by: String
        /// What was said, e.g. "surgery says the GP will send it tomorrow".
        public var note: String

        public init(at: Date, by: String, note: String) {
            self.at = at
            self.by = by
            self.note = note
        }
    }

    public var state: State
    public var requestedAt: Date?
    /// How it was asked for: email, letter, on the call.
    public var method: String?
    /// Who was asked to write; the partner of the contact unless someone else was named.
    public var requestedFrom: String?
    public var receivedAt: Date?
    /// Whether it came as an email or a letter.
    public var receivedAs: Medium?
    /// The letter's or email's reference, so the confirmation can be found.
    public var reference: String?
    /// Why none is needed, or why it is not possible.
    public var reason: String?
    /// Every chase, oldest first; stores written before chases were kept simply have none.
    public var chases: [Chase]

    public init(
        state: State, requestedAt: Date? = nil, method: String? = nil, requestedFrom: String? = nil,
        receivedAt: Date? = nil, receivedAs: Medium? = nil, reference: String? = nil, reason: String? = nil,
        chases: [Chase] = []
    ) {
        self.state = state
        self.requestedAt = requestedAt
        self.method = method
        self.requestedFrom = requestedFrom
        self.receivedAt = receivedAt
        self.receivedAs = receivedAs
        self.reference = reference
        self.reason = reason
        self.chases = chases
    }

    enum CodingKeys: String, CodingKey {
        case state, requestedAt, method, requestedFrom, receivedAt, receivedAs, reference, reason, chases
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        state = try c.decode(State.self, forKey: .state)
        requestedAt = try c.decodeIfPresent(Date.self, forKey: .requestedAt)
        method = try c.decodeIfPresent(String.self, forKey: .method)
        requestedFrom = try c.decodeIfPresent(String.self, forKey: .requestedFrom)
        receivedAt = try c.decodeIfPresent(Date.self, forKey: .receivedAt)
        receivedAs = try c.decodeIfPresent(Medium.self, forKey: .receivedAs)
        reference = try c.decodeIfPresent(String.self, forKey: .reference)
        reason = try c.decodeIfPresent(String.self, forKey: .reason)
        chases = try c.decodeIfPresent([Chase].self, forKey: .chases) ?? []
    }

    /// Absent fields stay absent, so a confirmation never chased is stored as it always was.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(state, forKey: .state)
        try c.encodeIfPresent(requestedAt, forKey: .requestedAt)
        try c.encodeIfPresent(method, forKey: .method)
        try c.encodeIfPresent(requestedFrom, forKey: .requestedFrom)
        try c.encodeIfPresent(receivedAt, forKey: .receivedAt)
        try c.encodeIfPresent(receivedAs, forKey: .receivedAs)
        try c.encodeIfPresent(reference, forKey: .reference)
        try c.encodeIfPresent(reason, forKey: .reason)
        if !chases.isEmpty { try c.encode(chases, forKey: .chases) }
    }

    /// The last time anyone asked: the latest chase, else the request itself.
    public var lastAsked: Date? { chases.last?.at ?? requestedAt }
}

/// A care plan changed because of a partner's advice (R7), kept with the contact that caused it.
public struct CarePlanAmendment: Codable, Equatable, Hashable, Sendable {
    public var change: String
    public var reason: String

    public init(change: String, reason: String) {
        self.change = change
        self.reason = reason
    }
}

/// Why information was shared about a person whose basis does not allow it (R3): one of the
/// policy's two exceptions, who took the decision, why, and — for best interests — the capacity
/// assessment the decision rests on.
public struct SharingException: Codable, Equatable, Hashable, Sendable {
    public enum Kind: String, Codable, CaseIterable, Sendable {
        case bestInterests = "best-interests"
        case safeguarding
    }

    public var kind: Kind
    public var reason: String
    /// Who made the best-interests decision or authorised the safeguarding share; the person
    /// who recorded it unless someone else is named. Older records simply lack it.
    public var decidedBy: String?
    /// Best interests only: the person was assessed as lacking capacity for this decision.
    public var capacity: CapacityAssessment?

    public init(kind: Kind, reason: String, decidedBy: String? = nil, capacity: CapacityAssessment? = nil) {
        self.kind = kind
        self.reason = reason
        self.decidedBy = decidedBy
        self.capacity = capacity
    }
}

/// A record that a person lacks capacity for one decision (the Mental Capacity Act's test is
/// decision-specific): who assessed it, when, for which decision, and who was consulted before
/// acting in their best interests.
public struct CapacityAssessment: Codable, Equatable, Hashable, Sendable {
    public var assessedBy: String
    public var assessedOn: Date
    /// The decision the person lacks capacity to make, e.g. "sharing her wound care with the nurse".
    public var decision: String
    /// Family, advocate, attorney-free friends, professionals: whoever was asked.
    public var consulted: String

    public init(assessedBy: String, assessedOn: Date, decision: String, consulted: String) {
        self.assessedBy = assessedBy
        self.assessedOn = assessedOn
        self.decision = decision
        self.consulted = consulted
    }
}
