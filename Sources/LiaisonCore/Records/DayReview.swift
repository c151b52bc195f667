import Foundation

/// A shift lead's mark on a day (R12): either the day's contacts were reviewed, or the incoming
/// shift lead read and acknowledged the day's handover. Kept in one table, told apart by
/// `purpose`; marks made before handovers were acknowledged have none and are reviews.
public struct DayReview: LiaisonRecord {
    public static let kind = RecordKind.dayReview

    public enum Purpose: String, Codable, CaseIterable, Sendable {
        /// The incoming shift lead read the handover for the day.
        case handover
    }

    public var id: String
    /// The day reviewed, as `yyyy-MM-dd` in the service's time zone.
    public var day: String
    /// nil: the day's contacts were reviewed; `.handover`: the handover was acknowledged.
    public var purpose: Purpose?
    public var audit: Audit

    public init(id: String = RecordID.make(), day: String, purpose: Purpose? = nil, audit: Audit) {
        self.id = id
        self.day = day
        self.purpose = purpose
        self.audit = audit
    }

    public var reviewedBy: String { audit.createdBy }
    public var reviewedAt: Date { audit.createdAt }
    public var isHandover: Bool { purpose == .handover }
}
