import GRDB

/// How each kind of record maps to its table: the table name and the columns queries select on.
protocol Persisted: LiaisonRecord {
    static var table: String { get }
    var indexColumns: [(String, (any DatabaseValueConvertible)?)] { get }
}

extension Person: Persisted {
    static let table = "person"
    var indexColumns: [(String, (any DatabaseValueConvertible)?)] { [] }
}

extension Partner: Persisted {
    static let table = "partner"
    var indexColumns: [(String, (any DatabaseValueConvertible)?)] { [] }
}

extension Contact: Persisted {
    static let table = "contact"
    var indexColumns: [(String, (any DatabaseValueConvertible)?)] {
        [
            ("person_id", personID), ("partner_id", partnerID), ("happened_at", happenedAt.timeIntervalSince1970),
            ("confirmation", confirmationColumn), ("exception", sharingException == nil ? 0 : 1),
        ]
    }
}

extension CareTask: Persisted {
    static let table = "task"
    var indexColumns: [(String, (any DatabaseValueConvertible)?)] {
        [("status", status.rawValue), ("due", due.timeIntervalSince1970)]
    }
}

extension Escalation: Persisted {
    static let table = "escalation"
    var indexColumns: [(String, (any DatabaseValueConvertible)?)] { [("stage", stage.rawValue)] }
}

extension PartnershipAgreement: Persisted {
    static let table = "agreement"
    var indexColumns: [(String, (any DatabaseValueConvertible)?)] { [("person_id", personID)] }
}

extension DayReview: Persisted {
    static let table = "day_review"
    var indexColumns: [(String, (any DatabaseValueConvertible)?)] { [("day", day)] }
}
