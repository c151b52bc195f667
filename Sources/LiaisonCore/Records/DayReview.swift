import Foundation

/// The shift lead's mark that a day's contacts were reviewed (R12).
public struct DayReview: LiaisonRecord {
    public static let kind = RecordKind.dayReview
    public var id: String
    /// The day reviewed, as `yyyy-MM-dd` in the service's time zone.
    public var day: String
    public var audit: Audit

    public init(id: String = RecordID.make(), day: String, audit: Audit) {
        self.id = id
        self.day = day
        self.audit = audit
    }

    public var reviewedBy: String { audit.createdBy }
    public var reviewedAt: Date { audit.createdAt }
}
