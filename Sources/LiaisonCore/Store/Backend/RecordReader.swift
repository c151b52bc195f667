import Foundation

/// What the Store reads from its backend, inside one `StoreBackend.read` (or `write`), in the
/// Store's own terms. Orders are part of the answer: where two records tie on time, the id
/// decides, so every backend lists the same records in the same order.
///
/// A record whose stored body cannot be read is not skipped: the read fails with a
/// `StoreError` saying so (`liaison check` names it).
protocol RecordReader {
    // MARK: One record

    /// The record of that kind with exactly that id, or nil.
    func record<R: Persisted>(_ type: R.Type, id: String) throws -> R?

    /// Each record's id with the named fields of its body (`name`, `preferredName`), read
    /// without decoding the records: whom a typed name means (`Store.findPerson`). A field that
    /// is absent, or a body that cannot be read, gives nil.
    func names<R: Persisted>(_ type: R.Type, fields: [String]) throws -> [(id: String, names: [String?])]

    // MARK: The working set's lists (`WorkingSet`; the Store sorts them)

    /// Everyone supported, discharged included.
    func people() throws -> [Person]
    func partners() throws -> [Partner]
    /// Tasks and promises whose status is open.
    func openTasks() throws -> [CareTask]
    /// Escalations not yet resolved.
    func openEscalations() throws -> [Escalation]
    /// Contacts whose confirmation was requested and not received (R6), however old.
    func contactsAwaitingConfirmation() throws -> [Contact]
    /// Contacts with advice and no decision yet about written confirmation (R6), however old.
    func contactsAwaitingConfirmationDecision() throws -> [Contact]

    // MARK: Contacts

    /// Contacts that happened at or after `start`, and before `end` when there is one; earliest
    /// first. A day's contacts, a report's period, the working set's recent days.
    func contacts(happenedFrom start: Date, before end: Date?) throws -> [Contact]
    /// Contacts entered at or after `start` and before `end` that happened before `earlier`:
    /// what was entered in a day or period for the days before it. Earliest happened first.
    func contacts(enteredFrom start: Date, before end: Date, happenedBefore earlier: Date) throws -> [Contact]
    /// A person's contacts, newest first, at most `limit`.
    func contacts(forPerson personID: String, limit: Int) throws -> [Contact]
    /// A partner's contacts, newest first, at most `limit`.
    func contacts(forPartner partnerID: String, limit: Int) throws -> [Contact]
    /// Contacts whose id starts with `prefix` (taken literally: no character is a wildcard),
    /// by id, at most `limit`.
    func contacts(idStartingWith prefix: String, limit: Int) throws -> [Contact]
    /// Contacts in which we shared under an exception (R3): newest first with no period, else
    /// those that happened from `start` and before `end`, oldest first.
    func sharingExceptions() throws -> [Contact]
    func sharingExceptions(happenedFrom start: Date, before end: Date) throws -> [Contact]
    /// Contacts whose summary or advice, now or in any earlier version, holds every one of
    /// `words` (each as the start of a word, ignoring case), most recently written first, at most
    /// `limit`. `words` are letters and digits only.
    func searchContacts(words: [String], limit: Int) throws -> [Contact]

    // MARK: Other records

    /// A person's partnership agreements (R9).
    func agreements(forPerson personID: String) throws -> [PartnershipAgreement]
    /// The day's review marks and handover acknowledgements (R12), `day` as `DateInput.dayKey`.
    func dayReviews(day: String) throws -> [DayReview]
    /// Every review mark and acknowledgement made for one home, not the whole service: few,
    /// for `check` to name those whose home the settings no longer list.
    func homeDayReviews() throws -> [DayReview]
    /// Closed tasks (done or dropped), most recently written first, one at a time to `visit`
    /// until it returns false: years of them are never held at once.
    func closedTasks(_ visit: (CareTask) throws -> Bool) throws
    /// Resolved escalations, most recently written first, as `closedTasks`.
    func resolvedEscalations(_ visit: (Escalation) throws -> Bool) throws

    // MARK: History (R11)

    /// Every earlier version of a record, oldest first.
    func history(of recordID: String) throws -> [HistoryEntry]
    /// Every earlier version replaced from `start` and before `end`, oldest first.
    func history(amendedFrom start: Date, before end: Date) throws -> [HistoryEntry]
    /// Earlier versions of contacts that were about `personID`, most recently replaced first.
    func contactHistory(onceAboutPerson personID: String) throws -> [HistoryEntry]

    // MARK: The store as a whole

    /// Every stored body of `table`, as stored, in id order (byte by byte), each handed to
    /// `each` as it is read: an export of any size in constant memory.
    func everyBody(of table: String, _ each: (String) throws -> Void) throws
    /// The top-level field names any body of `table` has, in byte order: the CSV export's header.
    func fieldNames(of table: String) throws -> [String]

    /// Whether the store holds no records of any kind, history included.
    func isEmpty() throws -> Bool
    /// A number that changes when another connection has committed since it was last asked,
    /// and not on this connection's own commits (they are in memory already). Read in the same
    /// view as the rest, so a commit made while the working set loads is not missed.
    func dataVersion() throws -> Int
}
