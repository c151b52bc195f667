import Foundation

/// A superseded version of a record (R11): kept whole, with who replaced it, when and why.
public struct HistoryEntry: Codable, Equatable, Identifiable, Sendable {
    public var id: String
    public var recordID: String
    public var kind: RecordKind
    /// The version this entry holds; the record itself now carries a later one.
    public var version: Int
    public var amendedBy: String
    public var amendedAt: Date
    public var reason: String
    /// The superseded record as JSON, readable as it was.
    public var record: String
    /// Set when the change corrected a mistake (`Store.correct`), rather than moving the record
    /// on (a chase, a review mark, a closed task): the handover lists corrections.
    public var isCorrection: Bool?

    public init(
        id: String = RecordID.make(), recordID: String, kind: RecordKind, version: Int,
        amendedBy: String, amendedAt: Date, reason: String, record: String, isCorrection: Bool? = nil
    ) {
        self.id = id
        self.recordID = recordID
        self.kind = kind
        self.version = version
        self.amendedBy = amendedBy
        self.amendedAt = amendedAt
        self.reason = reason
        self.record = record
        self.isCorrection = isCorrection
    }

    /// The old version decoded as the record type it was.
    public func decode<R: LiaisonRecord>(_ type: R.Type) throws -> R {
        try RecordCoding.decode(R.self, from: record)
    }
}

extension HistoryEntry {
    /// Why the version kept is not this entry's own: another record's, or another version (an
    /// export edited by hand), which would put words nobody wrote in a correction's "before".
    /// Nil when it is, or when it cannot be read at all (a problem of its own).
    var keptMismatch: String? {
        struct Kept: Decodable {
            struct Stamp: Decodable { var version: Int }
            var id: String
            var audit: Stamp
        }
        guard let kept = try? RecordCoding.decode(Kept.self, from: record) else { return nil }
        if kept.id != recordID { return "the earlier version it keeps is of \(kind.rawValue) \(kept.id), not of \(recordID)" }
        if kept.audit.version != version { return "the earlier version it keeps is version \(kept.audit.version), where the entry says \(version)" }
        return nil
    }
}

extension Sequence<HistoryEntry> {
    /// The entries that are earlier versions of an `R`, oldest first: a record's history as its
    /// versions ran (a history read by id can hold another kind's entry only if damaged).
    public func versions<R: LiaisonRecord>(of type: R.Type) -> [HistoryEntry] {
        filter { $0.kind == R.kind }.sorted { $0.version < $1.version }
    }

    /// `record` as its versions ran: each earlier version that can be read, oldest first, then
    /// `record` itself. One that cannot be read is passed over.
    public func decoded<R: LiaisonRecord>(upTo record: R) -> [R] {
        versions(of: R.self).compactMap { try? $0.decode(R.self) } + [record]
    }
}
