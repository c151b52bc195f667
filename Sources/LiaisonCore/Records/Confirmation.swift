import Foundation

/// Written confirmation of a partner's advice (R6).
public struct Confirmation: Codable, Equatable, Hashable, Sendable {
    public enum State: String, Codable, CaseIterable, Sendable {
        case requested, received
        case notNeeded = "not-needed"
    }

    public var state: State
    public var requestedAt: Date?
    /// How it was asked for: email, letter, on the call.
    public var method: String?
    public var receivedAt: Date?
    /// The letter's or email's reference, so the confirmation can be found.
    public var reference: String?
    /// Why none is needed.
    public var reason: String?

    public init(
        state: State, requestedAt: Date? = nil, method: String? = nil, receivedAt: Date? = nil,
        reference: String? = nil, reason: String? = nil
    ) {
        self.state = state
        self.requestedAt = requestedAt
        self.method = method
        self.receivedAt = receivedAt
        self.reference = reference
        self.reason = reason
    }
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

/// Why information was shared about a person whose basis does not allow it (R3).
public struct SharingException: Codable, Equatable, Hashable, Sendable {
    public enum Kind: String, Codable, CaseIterable, Sendable {
        case bestInterests = "best-interests"
        case safeguarding
    }

    public var kind: Kind
    public var reason: String

    public init(kind: Kind, reason: String) {
        self.kind = kind
        self.reason = reason
    }
}
