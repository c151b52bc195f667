import Foundation

/// Who wrote a record and when (R11): every write stamps it, and each amendment bumps `version`.
public struct Audit: Codable, Equatable, Hashable, Sendable {
    public var createdBy: String
    public var createdAt: Date
    public var changedBy: String
    public var changedAt: Date
    public var version: Int

    public init(by staff: String, at date: Date) {
        createdBy = staff
        createdAt = date
        changedBy = staff
        changedAt = date
        version = 1
    }

    /// The stamp of the next version of a record.
    public func amended(by staff: String, at date: Date) -> Audit {
        var next = self
        next.changedBy = staff
        next.changedAt = date
        next.version += 1
        return next
    }
}

/// What every stored record has in common: a stable id, an audit stamp, a kind.
public protocol LiaisonRecord: Codable, Identifiable, Equatable, Sendable where ID == String {
    static var kind: RecordKind { get }
    var id: String { get }
    var audit: Audit { get set }
}

/// The kinds of record, named as the export's keys name them.
public enum RecordKind: String, Codable, CaseIterable, Sendable {
    case person, partner, contact, task, escalation, agreement, dayReview = "day-review"
}

/// New ids: random UUIDs in lower case, stable through export and import.
public enum RecordID {
    public static func make() -> String { UUID().uuidString.lowercased() }
}
