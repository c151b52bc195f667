import Foundation

/// The rules of an amendment (R11), the same whichever backend keeps the records: it needs the
/// stored version, read inside the saving transaction; it must be the version the caller read
/// (a colleague's change in between is refused, never overwritten); and every field it changes
/// meets the text rules. A backend calls `prepare`, then writes `entry` into history and `next`
/// over the stored record, together.
struct Amendment<R: Persisted> {
    /// The version to store, its audit moved on.
    var next: R
    /// The stored version, kept in history.
    var entry: HistoryEntry

    static func prepare(
        _ record: R, stored: R?, reason: String, by staff: String, at now: Date, correction: Bool
    ) throws -> Amendment {
        guard let current = stored else {
            throw FieldError("id", "there is no \(R.kind.rawValue) with id \(record.id)")
        }
        guard current.audit.version == record.audit.version else {
            throw FieldError("version", "\(current.audit.changedBy) changed this \(R.kind.rawValue) since you opened it; look again and repeat your change")
        }
        // A version identical to the last would sit in the history with a reason that explains
        // nothing, or one typed for another record.
        guard record != current else {
            throw FieldError("record", "nothing in this \(R.kind.rawValue) was changed, so there is nothing to save; change what was wrong first")
        }
        try checkText(of: record, against: current)
        let entry = HistoryEntry(
            recordID: record.id, kind: R.kind, version: current.audit.version, amendedBy: staff, amendedAt: now,
            reason: reason, record: try RecordCoding.body(current), isCorrection: correction ? true : nil)
        var next = record
        next.audit = current.audit.amended(by: staff, at: now)
        // A contact corrected in what a reviewer reads is read again at handover: its review
        // was of what it said before. A confirmation step taken back is not such a change.
        if correction, var contact = next as? Contact, let was = current as? Contact, contact.readsOtherwise(than: was) {
            contact.correctedAt = now
            if let corrected = contact as? R { next = corrected }
        }
        return Amendment(next: next, entry: entry)
    }

    /// A corrected version meets the text rules (`RecordText`) in every field it changed. A
    /// problem the stored version already had does not block an unrelated correction, such as
    /// marking a contact reviewed whose summary was written before the rules existed.
    private static func checkText(of record: R, against current: R) throws {
        guard let next = record as? any RecordText, let stored = current as? any RecordText else { return }
        let known = Set(stored.textProblems.map(\.field))
        if let problem = next.textProblems.first(where: { !known.contains($0.field) }) {
            throw FieldError(problem.field, problem.message)
        }
    }
}
