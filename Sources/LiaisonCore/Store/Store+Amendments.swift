import Foundation

extension Store {
    /// Saves a corrected record as a new version; the one it replaces stays readable in history
    /// with who changed it, when and why (R11). Nothing is ever deleted.
    ///
    /// `record` must carry the version it was read at: a colleague's change in between is refused.
    @discardableResult
    public func amend<R: LiaisonRecord>(_ record: R, reason: String) throws -> R {
        try amend(record, reason: reason, correction: false)
    }

    /// Corrects a mistake in a record: saved like any amendment, and marked as a correction so
    /// the handover and the detail views say what was corrected, by whom, and what it said before.
    @discardableResult
    public func correct<R: LiaisonRecord>(_ record: R, reason: String) throws -> R {
        try amend(record, reason: reason, correction: true)
    }

    /// `correct` for a contact whose advice may have changed: `letterConfirmsIt` says whether a
    /// written confirmation already received confirms the corrected words (R6,
    /// `ConfirmationRules.afterAdviceCorrected`); nil refuses such a change until it is said.
    @discardableResult
    public func correct(_ contact: Contact, reason: String, letterConfirmsIt: Bool?) throws -> Contact {
        try amend(contact, reason: reason, correction: true, letterConfirmsIt: letterConfirmsIt)
    }

    /// The reason an amendment or correction must give, trimmed, or a refusal beside "reason":
    /// what `amend` and `correct` check, for a form that marks every refusal before it saves.
    @discardableResult
    public static func checkAmendmentReason(_ reason: String) throws -> String {
        try TextRules.required(reason, field: "reason", what: "The reason for the change")
    }

    /// `amend` for a person's details. A new name someone else already has is refused, naming
    /// them, unless `namesake` says it is someone else who shares it: two records of one person
    /// split what is known about them, as on adding (`refuseRecordedAlready`).
    @discardableResult
    public func amend(_ person: Person, reason: String, namesake: Bool) throws -> Person {
        try amend(person, reason: reason, correction: false, namesake: namesake)
    }

    /// `correct` for a person's details, a new name checked as `amend(_:reason:namesake:)` does.
    @discardableResult
    public func correct(_ person: Person, reason: String, namesake: Bool) throws -> Person {
        try amend(person, reason: reason, correction: true, namesake: namesake)
    }

    private func amend<R: LiaisonRecord>(
        _ record: R, reason: String, correction: Bool, namesake: Bool = false, letterConfirmsIt: Bool? = nil
    ) throws -> R {
        guard var persisted = record as? any Persisted else {
            throw FieldError("record", "this kind of record cannot be amended")
        }
        // A task handed to someone, or its owner corrected, names someone who can be found (R8).
        if let task = record as? CareTask, let owner = task.owner, try self.task(id: task.id)?.owner != owner {
            persisted = try withCheckedOwner(task, given: owner)
        }
        // A partner's phone or email changed meets the rules for a new one; one kept as it was
        // (saved before the rules, or imported) does not stop a correction of their name.
        if let partner = record as? Partner {
            // From disk: a command's store holds no working set to find it in.
            let stored = try backend.read { try $0.record(Partner.self, id: partner.id) }
            try PartnerDetailRules.check(phone: partner.phone, email: partner.email, unlessAsIn: stored)
        }
        let reason = try Self.checkAmendmentReason(reason)
        let now = self.now
        try EntryTimeRule.checkEntered(record, now: now, calendar: calendar)
        let staff = self.staff
        let manager = isManager
        let calendar = self.calendar
        let saved = try backend.write { records in
            var persisted = persisted, reason = reason
            if let contact = record as? Contact {
                try Self.checkSharing(contact, by: staff, manager: manager, at: now, calendar: calendar, records)
                // Judged against the contact as stored: the words its confirmation answered.
                if let stored = try records.record(Contact.self, id: contact.id) {
                    let (next, note) = try ConfirmationRules.afterAdviceCorrected(
                        try Self.withWordsChecked(contact, was: stored), was: stored, letterConfirmsIt: letterConfirmsIt)
                    persisted = next
                    if let note { reason += "; " + note }
                }
            }
            if let person = record as? Person {
                if !namesake { try Self.refuseRenamedToNamesake(person, records) }
                try Self.refuseMadeAlike(person, records)
            }
            return try Self.amendOpened(persisted, reason: reason, by: staff, at: now, correction: correction, records)
        }
        guard let typed = saved as? R else { throw FieldError("record", "the saved record changed type") }
        applySaved(typed)
        return typed
    }

    /// A contact's summary and advice as changed, meeting the rules for new ones (trimmed, no
    /// control characters, within the limits); words left as stored are let be, so a review mark
    /// on a contact saved by an older build is never refused for its text.
    private static func withWordsChecked(_ contact: Contact, was stored: Contact) throws -> Contact {
        var checked = contact
        if contact.summary != stored.summary { checked.summary = try TextRules.required(contact.summary, field: "summary", what: "The summary") }
        if contact.advice != stored.advice { checked.advice = try TextRules.cleaned(contact.advice, field: "advice", what: "The advice") }
        return checked
    }

    private static func amendOpened<P: Persisted>(
        _ record: P, reason: String, by staff: String, at now: Date, correction: Bool, _ records: any RecordWriter
    ) throws -> P {
        try records.amend(record, reason: reason, by: staff, at: now, correction: correction)
    }

    /// An amendment that changes what we shared, about whom, or the exception for it, meets R3 against the
    /// basis on disk now, as a new contact does. One that leaves the sharing as it was (a review
    /// mark, a confirmation, a corrected summary) shares nothing new, so a basis withdrawn since
    /// the contact does not block it.
    ///
    /// Taking an exception off a contact takes it off the manager's register (R3), so only a
    /// manager may: otherwise a share made without a basis could be corrected out of sight of
    /// the one person who must read it. The history keeps it either way.
    private static func checkSharing(
        _ contact: Contact, by staff: String, manager: Bool, at now: Date, calendar: Calendar, _ records: any RecordReader
    ) throws {
        let stored = try records.record(Contact.self, id: contact.id)
        if let stored, stored.sharingException != nil, contact.sharingException == nil, !manager {
            throw FieldError(
                "exception",
                "taking a sharing exception off a contact takes it off the manager's register, so only a manager may; "
                    + "\(staff) is not a manager on the staff list. Ask a manager to make this correction")
        }
        if let stored, stored.personID == contact.personID, stored.sharedByUs == contact.sharedByUs,
           stored.sharingException == contact.sharingException {
            return
        }
        guard let person = try records.record(Person.self, id: contact.personID) else {
            throw FieldError("person", "there is no person with id \(contact.personID)")
        }
        let then = contact.sharedByUs
            ? try SharingRule.basis(of: person, at: contact.happenedAt, calendar: calendar) { try records.history(of: person.id) } : nil
        _ = try SharingRule.check(person: person, sharedByUs: contact.sharedByUs, exception: contact.sharingException, staff: staff, now: now,
                                  sharedAt: contact.happenedAt, basisThen: then)
    }

    /// The manager has read a contact's sharing exception (R3): who and when, kept on the contact
    /// and in its history. One already acknowledged is returned unchanged.
    @discardableResult
    public func acknowledgeException(_ contact: Contact) throws -> Contact {
        guard contact.sharingException != nil else {
            throw FieldError("contact", "this contact shared nothing under an exception, so there is nothing to acknowledge")
        }
        guard contact.exceptionAcknowledged == nil else { return contact }
        try checkMayAcknowledgeExceptions()
        var next = contact
        next.exceptionAcknowledged = ReviewMark(by: staff, at: now)
        return try amend(next, reason: "sharing exception acknowledged by the manager")
    }

    /// Refuses, in words to show, a staff member who is not a manager: asked before the register
    /// puts its question, so nobody is asked to confirm what will be refused.
    public func checkMayAcknowledgeExceptions() throws {
        guard !isManager else { return }
        throw FieldError("contact", "sharing exceptions are acknowledged by a manager; \(staff) is not a manager on the staff list")
    }

    /// Whether the person this store records as is a manager: always, for a service that keeps
    /// no staff list; otherwise only a manager or the registered manager on it.
    public var isManager: Bool { isListed(as: \.isManager) }

    /// Whether the person this store records as is on the staff list in a role `role` accepts;
    /// anyone is, for a service that keeps no staff list.
    func isListed(as role: (StaffMember) -> Bool) -> Bool {
        staffList.isEmpty || staffList.contains { role($0) && $0.isNamed(staff) }
    }

    /// Corrects an escalation's details (R11): what it is about, its kind and urgency, who it
    /// concerns and the manager. A new kind or urgency sets its due dates again from when it was
    /// raised, on the service's timescales; its stage and notes stay as they are.
    @discardableResult
    public func correct(_ escalation: Escalation, to draft: EscalationDraft, reason: String) throws -> Escalation {
        var next = escalation
        next.summary = try TextRules.required(draft.summary, field: "summary", what: "What it is about")
        next.personID = draft.personID
        next.partnerID = draft.partnerID
        next.manager = try EscalationDraft.namedManager(try settings.manager(named: draft.manager))
        let urgency: Escalation.Urgency? = draft.urgency == .urgent ? .urgent : nil
        if draft.kind != escalation.kind || urgency != escalation.urgency {
            next.kind = draft.kind
            next.urgency = urgency
            let due = timescales.dueDates(for: draft.kind, urgency: draft.urgency, raised: escalation.raisedAt, calendar: calendar)
            (next.acknowledgeBy, next.resolveBy) = (due.acknowledge, due.resolve)
        }
        return try correct(next, reason: reason)
    }

    /// Changes a person's sharing basis (R3), keeping the old one in history; with the rest of
    /// `person`'s details as given, a new name checked as `amend(_:reason:namesake:)` does.
    /// `correcting` when those details put a mistake right, so the handover lists the change.
    @discardableResult
    public func setBasis(
        of person: Person, to kind: SharingBasis.Kind, by who: String? = nil, reason: String? = nil,
        reviewDue: Date? = nil, because why: String, namesake: Bool = false, correcting: Bool = false
    ) throws -> Person {
        var next = person
        next.basis = try PersonDraft.basis(kind, by: who, reason: reason, review: reviewDue, now: now)
        return try amend(next, reason: why, correction: correcting, namesake: namesake)
    }

    /// Someone leaves the service (R1): discharged, moved or died, on a date that has come. They
    /// leave the working lists and the pickers; every record about them stays, and can be found.
    @discardableResult
    public func leave(_ person: Person, as kind: Person.Leaving.Kind, on date: Date, note: String?, reason: String) throws -> Person {
        guard person.discharged == nil else {
            throw FieldError("person", "\(shownName(of: person)) already left the service (\(person.leftAs ?? "discharged")); readmit them first to record it again")
        }
        var next = person
        next.discharged = date.wholeSeconds
        next.leaving = Person.Leaving(kind: kind, note: try TextRules.cleaned(note, field: "note", what: "The note"))
        let why = try TextRules.cleaned(reason, field: "reason", what: "The reason") ?? "left the service: \(kind.rawValue)"
        return try amend(next, reason: why)
    }

    /// Puts right how, when or with what note someone left, as a correction: a day typed wrong,
    /// or "died" chosen for "moved", is mended without readmitting them and leaving again, which
    /// would put two events in their history that never happened. The handover lists what the
    /// leaving said before. `date` nil keeps the day recorded, `note` nil the note.
    @discardableResult
    public func correctLeaving(
        _ person: Person, as kind: Person.Leaving.Kind, on date: Date?, note: String?, reason: String
    ) throws -> Person {
        guard let recorded = person.discharged else {
            throw FieldError("person", "\(shownName(of: person)) has not left the service, so there is no leaving to correct")
        }
        var next = person
        // A leaving saved without a day has today's time in it; the form shows it as its day, so
        // that day given back is the leaving as recorded, not a move to its midnight.
        let sameDay = date.map { calendar.isDate($0, inSameDayAs: recorded) } ?? true
        next.discharged = (sameDay ? recorded : date ?? recorded).wholeSeconds
        let note = try note.map { try TextRules.cleaned($0, field: "note", what: "The note") } ?? person.leaving?.note
        next.leaving = Person.Leaving(kind: kind, note: note)
        guard next.discharged != person.discharged || next.leaving != (person.leaving ?? Person.Leaving(kind: .discharged)) else {
            throw FieldError("leaving", "this is their leaving as recorded (\(kind.rawValue)); change how, when or the note to correct it")
        }
        return try correct(next, reason: try TextRules.reason(reason, field: "reason", what: "Why the leaving is corrected"))
    }

    /// Someone comes back to the service: on the working lists again, with their history whole.
    /// `location` is where they come back to; nil keeps the room recorded, "" says none. A
    /// death taken back is a correction: it was recorded wrongly.
    ///
    /// Someone still here who shows exactly as they would (a resident of their name given their
    /// old room while they were away) is a refusal, beside the location: the two would read as
    /// one on every list, so the room they come back to, which tells them apart, is asked for.
    @discardableResult
    public func readmit(_ person: Person, reason: String, location: String? = nil) throws -> Person {
        guard person.discharged != nil else { throw FieldError("person", "\(shownName(of: person)) has not left the service") }
        var next = person
        next.discharged = nil
        next.leaving = nil
        if let location { next.location = try TextRules.cleanedLine(location, field: "location", what: "The location") }
        // Nobody comes back from a death: one taken back was recorded wrongly (on the wrong
        // person, most likely), so it is a correction, which the handover lists with what it
        // said, and not a return. That is so when they were recorded as died from the day they
        // left. A time away that began as another leaving and was corrected to a death was
        // real (a hospital stay, say), but a return from it would say they came back from a
        // death: how they left is put right first.
        if person.leaving?.kind == .died {
            guard try readmitTakesBackADeath(person) else {
                throw FieldError("person", "\(shownName(of: person)) is recorded as having died, corrected from another way of leaving; "
                    + "if they did not die, correct how they left first (e.g. liaison leave \"\(person.name)\" --discharged --correct, or L), then readmit them")
            }
            return try correct(next, reason: try TextRules.reason(reason, field: "reason", what: "Why the death is taken back"))
        }
        return try amend(next, reason: try TextRules.reason(reason, field: "reason", what: "Why they are readmitted"))
    }

    /// Whether readmitting `person` takes back a death recorded wrongly (a correction): every
    /// version of them since they last left records a death. A death corrected from another
    /// leaving is not taken back by readmitting (`readmit` says to correct the leaving first).
    public func readmitTakesBackADeath(_ person: Person) throws -> Bool {
        guard person.leaving?.kind == .died else { return false }
        let versions = person.audit.version > 1 ? try history(of: person.id).decoded(upTo: person) : [person]
        let away = versions.reversed().prefix { $0.discharged != nil }
        return away.allSatisfy { $0.leaving?.kind == .died }
    }

    /// Closes a task with its outcome (R8).
    @discardableResult
    public func closeTask(_ task: CareTask, outcome: String) throws -> CareTask {
        try amend(try TaskRules.close(task, at: now, outcome: outcome), reason: "closed")
    }

    /// Logs a delay, and whether the partner was told (R8).
    @discardableResult
    public func logDelay(_ task: CareTask, note: String, partnerInformed: Bool, newDue: Date? = nil) throws -> CareTask {
        try amend(try TaskRules.logDelay(task, by: staff, at: now, note: note, partnerInformed: partnerInformed, newDue: newDue, calendar: calendar), reason: "delay logged")
    }

    /// A step on a contact's written confirmation (R6): asked for, chased, received, not needed
    /// or not possible. Saved as an amendment, so each step is in the contact's history with who
    /// took it, and a colleague's step taken meanwhile is not overwritten.
    @discardableResult
    public func recordConfirmation(_ step: ConfirmationStep, on contact: Contact) throws -> Contact {
        // A step taken back returns to what stood before it, which only the earlier versions
        // hold: "not needed" with its reason, replaced by a request made by mistake.
        let earlier = if case .takenBack = step { try confirmations(before: contact) } else { [(confirmation: Confirmation?, correctedAway: Bool)]() }
        let (next, reason) = try ConfirmationRules.apply(step, to: contact, by: staff, at: now, earlier: earlier)
        // A step taken back is a correction: the handover lists it with what it said before.
        if case .takenBack = step { return try correct(next, reason: reason) }
        return try amend(next, reason: reason)
    }

    /// The written confirmation each earlier version of `contact` held, oldest first, beside
    /// whether the change that replaced it was a correction; up to the version `contact` was
    /// read at, so a colleague's step meanwhile is refused by the save, not read here.
    private func confirmations(before contact: Contact) throws -> [(confirmation: Confirmation?, correctedAway: Bool)] {
        let entries = try history(of: contact.id).versions(of: Contact.self).filter { $0.version < contact.audit.version }
        // A version missing or unreadable leaves the take-back to what the step left behind,
        // as for a contact's first step.
        guard entries.map(\.version) == Array(1..<max(1, contact.audit.version)) else { return [] }
        var earlier: [(confirmation: Confirmation?, correctedAway: Bool)] = []
        for entry in entries {
            guard let version = try? entry.decode(Contact.self) else { return [] }
            earlier.append((version.confirmation, entry.isCorrection == true))
        }
        return earlier
    }

    /// Refuses, in words to show, a staff member who may not close an escalation: asked before
    /// the form offers "Resolved", so a care worker does not write an outcome to have it refused.
    public func checkMayResolveEscalations() throws {
        guard !isManager else { return }
        let named = staffList.contains { NameKey.of($0.name) == NameKey.of(staff) }
        throw FieldError(
            "escalation",
            "an escalation is resolved by a manager, who sees it through with the partner; "
                + "\(staff) is \(named ? "not a manager" : "not") on the staff list. Add a note for the manager instead")
    }

    /// Acknowledges an escalation (R10). A partner's concern about our care is a manager's to
    /// acknowledge: where the service keeps a staff list, anyone else is refused.
    @discardableResult
    public func acknowledge(_ escalation: Escalation, note: String? = nil) throws -> Escalation {
        if escalation.kind == .partnerConcern, !isManager {
            throw FieldError(
                "escalation",
                "a partner's concern about our care is acknowledged by a manager or the registered person, who speaks with the partner; "
                    + "\(staff) is not a manager on the staff list")
        }
        return try amend(try EscalationLifecycle.acknowledge(escalation, by: staff, at: now, note: note), reason: "acknowledged")
    }

    @discardableResult
    public func addNote(to escalation: Escalation, _ text: String) throws -> Escalation {
        try amend(try EscalationLifecycle.addNote(escalation, by: staff, at: now, text: text), reason: "note added")
    }

    /// Resolves an escalation (R10): the manager named on it sees it through, so where the
    /// service keeps a staff list only a manager may close one, as a group's database requires.
    @discardableResult
    public func resolve(_ escalation: Escalation, outcome: String, viewAccepted: Bool = true, reasonNotAccepted: String? = nil) throws -> Escalation {
        try checkMayResolveEscalations()
        let next = try EscalationLifecycle.resolve(
            escalation, by: staff, at: now, outcome: outcome, viewAccepted: viewAccepted, reasonNotAccepted: reasonNotAccepted)
        return try amend(next, reason: "resolved")
    }
}
