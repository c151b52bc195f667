import Foundation

extension Store {
    /// "Now" as stored: whole seconds, so memory, disk and exports agree.
    var now: Date { clock.now.wholeSeconds }

    /// Commits one new record, then shows it in memory and tells observers. The people and
    /// partners it names must be on disk inside the saving transaction (so a record a colleague
    /// added a moment ago counts); the backend refuses one that is not, naming the field
    /// (`RecordWriter.insert`).
    func saveNew<R: Persisted>(_ record: R) throws -> R {
        try EntryTimeRule.checkEntered(record, now: now, calendar: calendar)
        try backend.write { try $0.insert(record) }
        applySaved(record)
        return record
    }

    func applySaved<R: LiaisonRecord>(_ record: R) {
        workingSet.apply(record)
        notify(.saved(R.kind, id: record.id))
    }

    @discardableResult
    public func addPerson(_ draft: PersonDraft) throws -> Person {
        var person = try draft.validated(by: staff, at: now)
        person.home = try homeID(for: draft.home)
        try EntryTimeRule.checkEntered(person, now: now, calendar: calendar)
        let saving = person
        try backend.write { records in
            try Self.refuseRecordedAlready(draft, as: saving, in: records)
            try records.insert(saving)
        }
        applySaved(person)
        return person
    }

    @discardableResult
    public func addPartner(_ draft: PartnerDraft) throws -> Partner {
        let partner = try draft.validated(by: staff, at: now)
        try EntryTimeRule.checkEntered(partner, now: now, calendar: calendar)
        try backend.write { records in
            try Self.refuseListedAlready(partner, among: try records.partners())
            try records.insert(partner)
        }
        applySaved(partner)
        return partner
    }

    /// Records a contact; refused when we shared information without a basis or exception (R3).
    @discardableResult
    public func addContact(_ draft: ContactDraft) throws -> Contact {
        try addContact(draft, followUps: []).contact
    }

    /// The basis `draft`'s person had when it happened, read from their history only for a share
    /// entered after a change of basis: nil (the basis now) for anything else, as most are.
    func basisThen(_ person: Person, _ draft: ContactDraft, now: Date, _ records: any RecordReader) throws -> SharingBasis? {
        guard draft.sharedByUs else { return nil }
        return try SharingRule.basis(of: person, at: (draft.happenedAt ?? now).wholeSeconds, calendar: calendar) {
            try records.history(of: person.id)
        }
    }

    /// The basis `person` had at `moment` (R3), as a form checks a share before saving it: read
    /// from this store (`SharingRule.basis(of:at:calendar:history:)`).
    public func sharingBasis(of person: Person, at moment: Date) throws -> SharingBasis {
        try SharingRule.basis(of: person, at: moment, calendar: calendar) { try history(of: person.id) }
    }

    /// Records a contact and the tasks and promises agreed in it (R5, R8) in one transaction:
    /// all are saved or none, so a failure or a kill half way never leaves the contact without
    /// its follow-ups, nor a draft that would save the contact a second time.
    @discardableResult
    public func addContact(_ draft: ContactDraft, followUps: [TaskDraft]) throws -> (contact: Contact, tasks: [CareTask]) {
        let now = self.now
        let tasks = try followUps.map { try withCheckedOwner(try $0.validated(by: staff, at: now), given: $0.owner) }
        let contact: Contact = try backend.write { records in
            guard let person = try records.record(Person.self, id: draft.personID) else {
                throw FieldError("person", "there is no person with id \(draft.personID)")
            }
            let contact = try draft.validated(person: person, basisThen: try basisThen(person, draft, now: now, records), by: staff, at: now, calendar: calendar)
            try EntryTimeRule.checkEntered(contact, now: now, calendar: calendar)
            try records.insert(contact)
            for task in tasks {
                try EntryTimeRule.checkEntered(task, now: now, calendar: calendar)
                try records.insert(task)
            }
            return contact
        }
        applySaved(contact)
        for task in tasks { applySaved(task) }
        return (contact, tasks)
    }

    @discardableResult
    public func addTask(_ draft: TaskDraft) throws -> CareTask {
        try saveNew(try withCheckedOwner(try draft.validated(by: staff, at: now), given: draft.owner))
    }

    @discardableResult
    public func raiseEscalation(_ draft: EscalationDraft) throws -> Escalation {
        var draft = draft
        // Picked from the staff list when the service keeps one: one manager, one name.
        draft.manager = try settings.manager(named: draft.manager)
        return try saveNew(try draft.validated(by: staff, at: now, timescales: timescales, calendar: calendar))
    }

    @discardableResult
    public func addAgreement(_ agreement: PartnershipAgreement) throws -> PartnershipAgreement {
        var record = agreement
        record.audit = Audit(by: staff, at: now)
        return try saveNew(record)
    }

    /// Records that this staff member, coming on shift, read the handover for the day holding
    /// `day` (R12): one home's part (`home`), or the whole service's. Each reader is kept once
    /// for each part, with when they first acknowledged it; one who read the whole group's has
    /// read every part. Returns the marks made, or those that already said so.
    @discardableResult
    public func acknowledgeHandover(of day: Date, home: Home? = nil) throws -> [DayReview] {
        try refuseDayToCome(day, "a handover is read once its day has begun")
        try checkMayMark(home: home)
        let staff = self.staff
        return try saveMarks(day, purpose: .handover, for: homesMarked(from: home)) { marks in
            marks.acknowledgements.filter { $0.reviewedBy == staff }
        }
    }

    /// Marks the day holding `day` as reviewed (R12), for one home (`home`) or the whole
    /// service. Where the day was already reviewed for it, the first mark stays (who reviewed
    /// what they saw stays true). A review of the whole service covers what was entered before
    /// it; every other contact in the review's reach (entered since an earlier mark, or in a
    /// home reviewed on its own) is marked reviewed on its own, by whoever marks now, so that
    /// it stays reviewed by them when its person moves to another home. Returns the marks that
    /// speak for the day now.
    @discardableResult
    public func markDayReviewed(_ day: Date, home: Home? = nil) throws -> [DayReview] {
        try refuseDayToCome(day, "a day is reviewed once it has begun")
        try checkMayMarkReviewed(wholeDay: true)
        try checkMayMark(home: home)
        let scopes = homesMarked(from: home)
        let saved = try saveMarks(day, purpose: nil, for: scopes) { $0.reviews }
        let marks = try dayMarks(for: day)
        for contact in try contacts(on: day) where self.marks(for: scopes, reach: contact.personID) {
            if !marks.isReviewed(contact) { try markReviewed(contact) }
        }
        return saved
    }

    /// For each of `scopes` (a home's id, or nil for the whole service), the first of the day's
    /// marks of `purpose` that `existing` picks and that speaks for it, else a new one made now
    /// by this staff member: looked for and saved in one transaction, so two people marking at
    /// once leave one mark, not two.
    private func saveMarks(
        _ day: Date, purpose: DayReview.Purpose?, for scopes: [String?], existing: @escaping (DayMarks) -> [DayReview]
    ) throws -> [DayReview] {
        let key = DateInput.dayKey(day, calendar: calendar)
        let (staff, now) = (self.staff, self.now)
        let saved: [(mark: DayReview, isNew: Bool)] = try backend.write { records in
            let marks = existing(DayMarks(try records.dayReviews(day: key)))
            return try scopes.map { scope in
                if let found = marks.first(where: { $0.covers(home: scope) }) { return (found, false) }
                let mark = DayReview(day: key, purpose: purpose, home: scope, audit: Audit(by: staff, at: now))
                try records.insert(mark)
                return (mark, true)
            }
        }
        saved.filter(\.isNew).forEach { applySaved($0.mark) }
        return saved.map(\.mark)
    }

    /// A mark on a day that has not begun would say something was read or reviewed that no one
    /// could have seen yet.
    private func refuseDayToCome(_ day: Date, _ why: String) throws {
        guard calendar.startOfDay(for: day) <= now else {
            throw FieldError("date", "that day has not come yet; \(why)")
        }
    }
}
