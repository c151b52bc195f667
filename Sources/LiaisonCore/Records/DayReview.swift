import Foundation

/// A shift lead's mark on a day (R12): either the day's contacts were reviewed, or the incoming
/// shift lead read and acknowledged the day's handover. Kept in one table, told apart by
/// `purpose`; marks made before handovers were acknowledged have none and are reviews.
///
/// In a group of homes a mark may be one home's (`home`): made with only that home in view, it
/// says nothing of another's (`DayMarks`).
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
    /// The id of the one home whose day or handover this is; nil: the whole service's, every
    /// home's (and always, in a service of one home). Marks kept before homes had their own
    /// have none, as they were made.
    public var home: String?
    public var audit: Audit

    public init(id: String = RecordID.make(), day: String, purpose: Purpose? = nil, home: String? = nil, audit: Audit) {
        self.id = id
        self.day = day
        self.purpose = purpose
        self.home = home
        self.audit = audit
    }

    public var reviewedBy: String { audit.createdBy }
    public var reviewedAt: Date { audit.createdAt }
    public var isHandover: Bool { purpose == .handover }
}
