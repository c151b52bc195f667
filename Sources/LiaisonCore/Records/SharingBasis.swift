import Foundation

/// The recorded basis for sharing information about a person with partners (R3).
public struct SharingBasis: Codable, Equatable, Hashable, Sendable {
    public enum Kind: String, Codable, CaseIterable, Sendable {
        case consent
        /// A health-and-welfare attorney or deputy consented for a person who lacks capacity.
        case representative
        case bestInterests = "best-interests"
        case safeguarding
        case none
        case withdrawn
    }

    public var kind: Kind
    /// The representative's name, who made the best-interests decision, or who authorised
    /// the safeguarding share.
    public var by: String?
    /// Why: the best-interests reasoning or the safeguarding reason.
    public var reason: String?
    public var recorded: Date?
    public var reviewDue: Date?

    public init(kind: Kind, by: String? = nil, reason: String? = nil, recorded: Date? = nil, reviewDue: Date? = nil) {
        self.kind = kind
        self.by = by
        self.reason = reason
        self.recorded = recorded
        self.reviewDue = reviewDue
    }

    public static let noneRecorded = SharingBasis(kind: .none)

    /// Whether information may be shared on this basis alone, without a recorded exception.
    public var allowsSharing: Bool {
        switch kind {
        case .consent, .representative, .bestInterests, .safeguarding: true
        case .none, .withdrawn: false
        }
    }

    /// A review date that has passed is flagged, though the basis still stands until changed.
    public func isReviewOverdue(now: Date) -> Bool {
        guard let reviewDue else { return false }
        return reviewDue < now
    }
}
