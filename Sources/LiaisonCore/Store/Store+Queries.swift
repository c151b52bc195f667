import Foundation

extension Store {
    /// The contacts that happened on the day holding `day`, earliest first; any day, from disk.
    public func contacts(on day: Date) throws -> [Contact] {
        let start = calendar.startOfDay(for: day)
        let end = calendar.date(byAdding: .day, value: 1, to: start) ?? start
        return try backend.read { try $0.contacts(happenedFrom: start, before: end) }
    }

    /// A person's contacts, newest first.
    public func contacts(forPerson personID: String, limit: Int = 200) throws -> [Contact] {
        try backend.read { try $0.contacts(forPerson: personID, limit: limit) }
    }

    public func contact(id: String) throws -> Contact? {
        try backend.read { try $0.record(Contact.self, id: id) }
    }

    public func task(id: String) throws -> CareTask? {
        try backend.read { try $0.record(CareTask.self, id: id) }
    }

    public func escalation(id: String) throws -> Escalation? {
        try backend.read { try $0.record(Escalation.self, id: id) }
    }

    public func agreements(forPerson personID: String) throws -> [PartnershipAgreement] {
        try backend.read { try $0.agreements(forPerson: personID) }
    }

    /// Every earlier version of a record, oldest first (R11). The record itself is the latest.
    public func history(of recordID: String) throws -> [HistoryEntry] {
        try backend.read { try $0.history(of: recordID) }
    }

    /// Contacts whose summary or advice — now or in an earlier version — contains every word
    /// typed, newest first.
    public func search(_ text: String, limit: Int = 50) throws -> [Contact] {
        let words = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        guard !words.isEmpty else { return [] }
        return try backend.read { try $0.searchContacts(words: words, limit: limit) }
    }

    /// Every contact where we shared information under an exception (R3), newest first, for the manager.
    public func sharingExceptions() throws -> [Contact] {
        try backend.read { try $0.sharingExceptions() }
    }

    /// The manager's register (R3): every contact that shared under an exception between the start
    /// of the day holding `from` and the end of the day holding `to`, oldest first.
    public func sharingExceptions(from: Date, to: Date) throws -> [Contact] {
        let days = days(from: from, to: to)
        return try backend.read { try $0.sharingExceptions(happenedFrom: days.lowerBound, before: days.upperBound) }
    }

    /// The contacts that happened between the start of the day holding `from` and the end of the
    /// day holding `to`, earliest first.
    public func contacts(from: Date, to: Date) throws -> [Contact] {
        let days = days(from: from, to: to)
        return try backend.read { try $0.contacts(happenedFrom: days.lowerBound, before: days.upperBound) }
    }

    /// The contacts entered between the start of the day holding `from` and the end of the day
    /// holding `to` that happened before that first day: advice written up the morning after,
    /// which is in no list of the day it is entered on. Earliest happened first.
    public func contactsEnteredLate(from: Date, to: Date) throws -> [Contact] {
        let days = days(from: from, to: to)
        return try backend.read { try $0.contacts(enteredFrom: days.lowerBound, before: days.upperBound, happenedBefore: days.lowerBound) }
    }

    /// The tasks closed and the escalations resolved between the start of the day holding `from`
    /// and the end of the day holding `to`, each as it is now and with who closed it, earliest
    /// first: what was finished, with its outcome (R8, R10). Found through the days' history, as
    /// a closing is an amendment; a record closed and corrected since is found by either.
    /// `amended` is that history (`amendments(from:to:)`) when the caller has read it already.
    public func finishedWork(
        from: Date, to: Date, amended: [HistoryEntry]? = nil
    ) throws -> (tasks: [(CareTask, by: String)], escalations: [(Escalation, by: String)]) {
        let days = days(from: from, to: to)
        let within = { (date: Date?) in date.map(days.contains) ?? false }
        let amended = try amended ?? amendments(from: from, to: to)
        return try backend.read { records in
            var seen = Set<String>()
            var tasks: [(CareTask, by: String)] = []
            var escalations: [(Escalation, by: String)] = []
            for entry in amended where seen.insert(entry.recordID).inserted {
                switch entry.kind {
                case .task:
                    guard let task = try records.record(CareTask.self, id: entry.recordID), task.status == .done, within(task.closedAt) else { continue }
                    tasks.append((task, try Self.firstVersion(of: task, records: records) { $0.status == .done }))
                case .escalation:
                    guard let escalation = try records.record(Escalation.self, id: entry.recordID), escalation.stage == .resolved,
                          within(escalation.resolvedAt) else { continue }
                    escalations.append((escalation, try Self.firstVersion(of: escalation, records: records) { $0.stage == .resolved }))
                default: continue
                }
            }
            return (tasks.sorted { ($0.0.closedAt ?? days.lowerBound, $0.0.id) < ($1.0.closedAt ?? days.lowerBound, $1.0.id) },
                    escalations.sorted { ($0.0.resolvedAt ?? days.lowerBound, $0.0.id) < ($1.0.resolvedAt ?? days.lowerBound, $1.0.id) })
        }
    }

    /// Who saved the first version of `record` that `holds`: who closed a task or resolved an
    /// escalation, though it was corrected since. The record's own last changer when its
    /// versions cannot say.
    private static func firstVersion<R: LiaisonRecord>(of record: R, records: any RecordReader, _ holds: (R) -> Bool) throws -> String {
        try records.history(of: record.id).decoded(upTo: record).first(where: holds)?.audit.changedBy ?? record.audit.changedBy
    }

    /// From the start of the day holding `from` to the end of the day holding `to`: the moments
    /// a day's or a period's lists cover. Empty when `to` is a day before `from`.
    func days(from: Date, to: Date) -> Range<Date> {
        let start = calendar.startOfDay(for: from)
        let endDay = calendar.startOfDay(for: to)
        return start..<max(start, calendar.date(byAdding: .day, value: 1, to: endDay) ?? endDay)
    }

    /// Contacts that were once recorded about `personID` and have since been corrected to be about
    /// someone else (R11), with the correction that moved each, newest first: a person's record
    /// still shows what was put against them by mistake, and where it went.
    public func contactsMovedAway(fromPerson personID: String) throws -> [(moved: HistoryEntry, now: Contact)] {
        try backend.read { records in
            let entries = try records.contactHistory(onceAboutPerson: personID)
            var seen = Set<String>()
            return try entries.compactMap { entry in
                guard seen.insert(entry.recordID).inserted,
                      let contact = try records.record(Contact.self, id: entry.recordID), contact.personID != personID else { return nil }
                return (entry, contact)
            }
        }
    }

    /// Every mark made on the day holding `day`: its reviews and who read its handover (R12).
    public func dayMarks(for day: Date) throws -> DayMarks {
        let key = DateInput.dayKey(day, calendar: calendar)
        return try backend.read { DayMarks(try $0.dayReviews(day: key)) }
    }

    /// Whether, and by whom, the day holding `day` was reviewed for `home` (nil: the whole
    /// service), as that home's handover heads its contacts (R12).
    public func dayReview(for day: Date, home: Home? = nil) throws -> DayReview? {
        try dayMarks(for: day).review(for: filter(for: home))
    }

    /// Each day's marks from the day holding `from` to the day holding `to`, by day key
    /// (`DateInput.dayKey`): a period's report reads each contact against its own day's reviews.
    /// One indexed read a day, in one transaction.
    public func dayMarks(from: Date, to: Date) throws -> [String: DayMarks] {
        let period = days(from: from, to: to)
        var keys: [String] = []
        var day = period.lowerBound
        while day < period.upperBound {
            keys.append(DateInput.dayKey(day, calendar: calendar))
            guard let next = calendar.date(byAdding: .day, value: 1, to: day) else { break }
            day = next
        }
        return try dayMarks(days: keys)
    }

    /// The marks of each day in `keys` (`DateInput.dayKey`), by day key; a day without any has none.
    public func dayMarks(days keys: some Sequence<String>) throws -> [String: DayMarks] {
        try backend.read { records in
            var marks: [String: DayMarks] = [:]
            for key in keys { marks[key] = DayMarks(try records.dayReviews(day: key)) }
            return marks
        }
    }

    /// Every day's review and handover acknowledgement made for one home (`HomeCheck`).
    public func homeDayReviews() throws -> [DayReview] {
        try backend.read { try $0.homeDayReviews() }
    }

    /// Who read and acknowledged the handover for the day holding `day`, earliest first (R12):
    /// for `home`, its own part's readers and the whole group's; nil, the whole group's.
    public func handoverAcknowledgements(for day: Date, home: Home? = nil) throws -> [DayReview] {
        try dayMarks(for: day).acknowledgements(for: filter(for: home))
    }

    /// Versions replaced by a correction between the start of the day holding `from` and the end
    /// of the day holding `to`, oldest first: what the handover lists as corrected (R11).
    public func corrections(from: Date, to: Date) throws -> [HistoryEntry] {
        try amendments(from: from, to: to).filter { $0.isCorrection == true }
    }

    /// Every version replaced between the start of the day holding `from` and the end of the day
    /// holding `to`, oldest first: corrections, closings, every step a record took.
    public func amendments(from: Date, to: Date) throws -> [HistoryEntry] {
        let days = days(from: from, to: to)
        // Two amendments of one record in the same second keep their order: the backends break
        // ties by the history entry's id, which is random.
        return try backend.read { try $0.history(amendedFrom: days.lowerBound, before: days.upperBound) }
            .sorted { ($0.amendedAt, $0.recordID, $0.version) < ($1.amendedAt, $1.recordID, $1.version) }
    }

    /// Whether the store holds no records at all: demo data and imports go only into such a store.
    /// Notes that `what` about a person was opened on screen, where the store keeps a log of who
    /// looked at whose records (a PostgreSQL store; a file keeps none). Call it before showing:
    /// when it throws, what was asked for is not shown.
    public func noteViewed(personID: String, what: String) throws {
        try backend.logView(personID: personID, what: what)
    }

    public func isEmpty() throws -> Bool {
        try backend.read { try $0.isEmpty() }
    }
}
