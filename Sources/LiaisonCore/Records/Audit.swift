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

    /// Whether `id` is one `make` could have made: a UUID in lower case. Every look-up by what
    /// staff type tries an id first, so a record imported or written by hand with the id
    /// "edith brown" or "cceba945" (another contact's short id) would be found in place of the
    /// one meant; import refuses such an id, and `check` names it.
    public static func isWellFormed(_ id: String) -> Bool {
        let bytes = Array(id.utf8)
        guard bytes.count == 36 else { return false }
        for (index, byte) in bytes.enumerated() {
            if [8, 13, 18, 23].contains(index) {
                guard byte == UInt8(ascii: "-") else { return false }
            } else {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte) else { return false }
            }
        }
        return true
    }

    /// Why `id` is refused, in words for import and `check`.
    static func problem(_ id: String) -> String? {
        isWellFormed(id) ? nil : "“\(id)” is not an id Liaison makes (36 characters, as 9f2c1a7e-…, in lower case); "
            + "a record with it could be found in place of another when staff type a name or a short id"
    }
}
