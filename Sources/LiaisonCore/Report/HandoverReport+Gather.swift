import Foundation

extension HandoverReport {
    /// Gathers the handover for the day holding `day`, as at the store's clock.
    public static func gather(from store: Store, day: Date) throws -> HandoverReport {
        try gather(from: store, first: day, last: day)
    }

    /// Gathers the record of the days from the one holding `first` to the one holding `last`,
    /// both included: one day is the handover, several are a period's evidence for an inspection.
    ///
    /// With `filter`, only the records of one home (or of none, the last part of a group's
    /// report) are gathered, with the day's reviews and acknowledgements that speak for them:
    /// that home's own and the whole service's (`DayMarks`).
    /// `names` is everyone's names told apart (`PersonNames`), made once by a caller that
    /// gathers several parts of one store.
    public static func gather(
        from store: Store, first: Date, last: Date, filter: HomeFilter = .everything, names shown: PersonNames? = nil
    ) throws -> HandoverReport {
        guard store.calendar.startOfDay(for: first) <= store.calendar.startOfDay(for: last) else {
            throw FieldError("to", "the period ends before it starts; give --from before --to")
        }
        let asAt = store.clock.now.wholeSeconds
        let single = store.calendar.isDate(first, inSameDayAs: last)
        let contacts = try store.contacts(from: first, to: last).filter { filter.includes(personID: $0.personID) }
        let openTasks = store.openTasks.filter { filter.includes(personID: $0.personID) }
        // Each contact is read against its own day's reviews (R12): a period's too.
        let dayMarks = try store.dayMarks(from: first, to: last)
        let marks = single ? dayMarks.values.first ?? .none : nil
        let late = try store.contactsEnteredLate(from: first, to: last).filter { filter.includes(personID: $0.personID) }
        // The manager's register (R3) holds, before the period's own shares, every earlier share
        // not yet acknowledged: one entered late, or made a share under an exception by a
        // correction, was on no handover's register when its day was handed over. Oldest first.
        let firstDay = store.calendar.startOfDay(for: first)
        let unread = try store.sharingExceptions().filter {
            $0.exceptionAcknowledged == nil && $0.happenedAt < firstDay && filter.includes(personID: $0.personID)
        }
        var listed = Set<String>()
        let earlierShares = (late.filter { $0.sharingException != nil } + unread)
            .filter { listed.insert($0.id).inserted }
            .sorted { ($0.happenedAt, $0.id) < ($1.happenedAt, $1.id) }
        // The days' history, read once: what was corrected, and what was closed or resolved.
        let amended = try store.amendments(from: first, to: last)
        let finished = try store.finishedWork(from: first, to: last, amended: amended)
        let lateMarks = try store.dayMarks(days: Set(late.map { DateInput.dayKey($0.happenedAt, calendar: store.calendar) }))
        let names = Names(store: store, shown: shown ?? PersonNames(store.people))
        let horizon = asAt.addingTimeInterval(24 * 3_600)
        let diff = CorrectionDiff(calendar: store.calendar) { id in names.shown.full(id) ?? store.partner(id: id)?.name }
        return HandoverReport(
            day: DateInput.dayKey(first, calendar: store.calendar),
            lastDay: single ? nil : DateInput.dayKey(last, calendar: store.calendar),
            timeZone: store.calendar.timeZone.identifier,
            asAt: asAt,
            producedBy: store.staff,
            review: marks?.review(for: filter).map { Review(by: $0.reviewedBy, at: $0.reviewedAt) },
            acknowledgedBy: (marks?.acknowledgements(for: filter) ?? []).map { Review(by: $0.reviewedBy, at: $0.reviewedAt) },
            contacts: contacts.map { names.entry(for: $0, marks: dayMarks[DateInput.dayKey($0.happenedAt, calendar: store.calendar)]) },
            dueSoon: openTasks.filter { $0.due >= asAt && $0.due < horizon }.map { names.task($0, asAt: asAt) },
            basisAttention: names.basisAttention(asAt: asAt, filter: filter),
            corrections: try amended.filter { $0.isCorrection == true }
                .filter { try filter.isWholeGroup || filter.includes(personID: names.personID(of: $0)) }
                .compactMap { try names.correction($0, diff: diff) },
            chaseList: Attention.chaseList(store.chaseList.filter { filter.includes(personID: $0.personID) }).map { names.chase($0, asAt: asAt) },
            undecided: Attention.undecidedAdvice(store.undecidedAdvice.filter { filter.includes(personID: $0.personID) })
                .map { names.undecided($0, asAt: asAt) },
            overdueTasks: Attention.overdueTasks(openTasks, now: asAt).map { names.task($0, asAt: asAt) },
            openEscalations: Attention.byUrgency(store.openEscalations.filter { filter.includes(personID: $0.personID) }, now: asAt)
                .map { names.escalation($0, asAt: asAt) },
            sharingExceptions: (earlierShares + contacts).compactMap { names.exception($0) },
            leavings: try names.leavings(from: first, to: last, filter: filter),
            enteredLate: late.map { names.entry(for: $0, marks: lateMarks[DateInput.dayKey($0.happenedAt, calendar: store.calendar)]) },
            closedTasks: finished.tasks.filter { filter.includes(personID: $0.0.personID) }.map { names.closed($0.0, by: $0.by) },
            resolvedEscalations: finished.escalations.filter { filter.includes(personID: $0.0.personID) }.map { names.resolved($0.0, by: $0.by) })
    }

    /// Whole hours between two moments, never negative.
    static func hours(from start: Date, to end: Date) -> Int {
        max(0, Int(end.timeIntervalSince(start) / 3_600))
    }
}

/// Turns ids into the names a reader knows, from the store's working set (every person and
/// partner is in it: they are never deleted).
private struct Names {
    let store: Store
    /// A person's whole name, with their room or the name they go by where someone else has
    /// that name too: the dashboard's rule, so two John Smiths never read as one in the
    /// handover either.
    let shown: PersonNames

    func person(_ id: String?) -> String? {
        guard let id else { return nil }
        return shown.full(id) ?? "unknown person (\(id))"
    }

    /// The person an owed record is about, marked when they have left the service: leaving
    /// closes nothing, and a task or escalation about someone who died must not read as if
    /// they were still here ("Harold Finch (died)").
    func personNow(_ id: String?) -> String? {
        guard let name = person(id) else { return nil }
        guard let left = id.flatMap({ store.person(id: $0) })?.leftAs else { return name }
        return "\(name) (\(left))"
    }

    func partner(_ id: String?) -> Partner? { id.flatMap { store.partner(id: $0) } }

    func partnerName(_ id: String?) -> String? {
        guard let id else { return nil }
        return partner(id)?.name ?? "unknown partner (\(id))"
    }

    func entry(for contact: Contact, marks: DayMarks?) -> HandoverReport.ContactEntry {
        let partner = partner(contact.partnerID)
        // The dashboard's rule, so the report and the screen agree on what was looked at.
        let marks = marks ?? .none
        let dayReview = marks.review(of: contact)
        let reviewed = marks.isReviewed(contact)
        return .init(
            id: contact.id, happenedAt: contact.happenedAt, enteredAt: contact.audit.createdAt,
            person: person(contact.personID) ?? "", personID: contact.personID, partner: partnerName(contact.partnerID) ?? "", role: partner?.role ?? .other,
            organisation: partner?.organisation, channel: contact.channel, direction: contact.direction,
            summary: contact.summary, advice: contact.advice, confirmation: contact.confirmation,
            carePlanAmendment: contact.carePlanAmendment, sharedByUs: contact.sharedByUs,
            sharingException: contact.sharingException, nature: contact.nature, recordedBy: contact.recordedBy,
            reviewed: reviewed, reviewedBy: contact.reviewMarkStands ? contact.reviewed?.by : dayReview?.reviewedBy,
            correctedAfterReview: marks.reviewUndone(contact))
    }

    func chase(_ contact: Contact, asAt: Date) -> HandoverReport.ChaseEntry {
        let since = contact.confirmation?.requestedAt ?? contact.happenedAt
        return .init(
            contactID: contact.id, person: personNow(contact.personID) ?? "", personID: contact.personID, partner: partnerName(contact.partnerID) ?? "",
            role: partner(contact.partnerID)?.role ?? .other, advice: contact.advice, requestedAt: since,
            method: contact.confirmation?.method, requestedFrom: contact.confirmation?.requestedFrom,
            waitingHours: HandoverReport.hours(from: since, to: asAt),
            chases: contact.confirmation?.chases.count ?? 0, lastChase: contact.confirmation?.chases.last)
    }

    func undecided(_ contact: Contact, asAt: Date) -> HandoverReport.UndecidedEntry {
        .init(
            contactID: contact.id, happenedAt: contact.happenedAt, person: personNow(contact.personID) ?? "", personID: contact.personID,
            partner: partnerName(contact.partnerID) ?? "", role: partner(contact.partnerID)?.role ?? .other,
            advice: contact.advice, recordedBy: contact.recordedBy,
            waitingHours: HandoverReport.hours(from: contact.happenedAt, to: asAt))
    }

    func task(_ task: CareTask, asAt: Date) -> HandoverReport.TaskEntry {
        .init(
            id: task.id, title: task.title, person: personNow(task.personID), personID: task.personID, partner: partnerName(task.partnerID),
            owner: task.owner, due: task.due, isPromise: task.isPromise,
            hoursOverdue: HandoverReport.hours(from: task.due, to: asAt),
            partnerInformed: task.delays.last?.partnerInformed ?? false,
            delays: task.delays.isEmpty ? nil : task.delays.count, lastDelay: task.delays.last)
    }

    func escalation(_ escalation: Escalation, asAt: Date) -> HandoverReport.EscalationEntry {
        .init(
            id: escalation.id, kind: escalation.kind, summary: escalation.summary, person: personNow(escalation.personID), personID: escalation.personID,
            partner: partnerName(escalation.partnerID), manager: escalation.manager, stage: escalation.stage,
            raisedAt: escalation.raisedAt, nextDue: escalation.nextDue, overdue: escalation.isOverdue(now: asAt),
            urgency: escalation.urgency ?? .routine, awaitsManager: escalation.awaitsManager,
            theirReference: escalation.theirReference, sentOn: escalation.sentOn)
    }

    func closed(_ task: CareTask, by: String) -> HandoverReport.ClosedTaskEntry {
        .init(
            id: task.id, title: task.title, person: person(task.personID), personID: task.personID, partner: partnerName(task.partnerID),
            owner: task.owner, due: task.due, isPromise: task.isPromise, closedAt: task.closedAt ?? task.audit.changedAt, closedBy: by,
            outcome: task.outcome)
    }

    func resolved(_ escalation: Escalation, by: String) -> HandoverReport.ResolvedEscalationEntry {
        .init(
            id: escalation.id, kind: escalation.kind, summary: escalation.summary, person: person(escalation.personID),
            personID: escalation.personID, partner: partnerName(escalation.partnerID), manager: escalation.manager,
            raisedAt: escalation.raisedAt, resolvedAt: escalation.resolvedAt ?? escalation.audit.changedAt, resolvedBy: by,
            outcome: escalation.outcome, reasonNotAccepted: escalation.reasonNotAccepted, notes: escalation.notes)
    }

    func exception(_ contact: Contact) -> HandoverReport.ExceptionEntry? {
        guard let exception = contact.sharingException else { return nil }
        return .init(
            contactID: contact.id, happenedAt: contact.happenedAt, person: person(contact.personID) ?? "", personID: contact.personID,
            basis: store.person(id: contact.personID)?.basis.kind ?? .none,
            partner: partnerName(contact.partnerID) ?? "", role: partner(contact.partnerID)?.role ?? .other,
            summary: contact.summary, exception: exception,
            recordedBy: contact.recordedBy,
            acknowledged: contact.exceptionAcknowledged.map { HandoverReport.Review(by: $0.by, at: $0.at) })
    }

    /// Everyone still supported whose basis stops or may soon stop information being shared.
    func basisAttention(asAt: Date, filter: HomeFilter) -> [HandoverReport.BasisEntry] {
        let soon = asAt.addingTimeInterval(7 * 86_400)
        return store.people.filter { $0.discharged == nil && filter.includes($0) }.compactMap { person in
            let basis = person.basis
            let need: String
            switch basis.kind {
            case .none: need = "no basis recorded"
            case .withdrawn: need = "consent withdrawn"
            default:
                guard let due = basis.reviewDue, due < soon else { return nil }
                need = due < asAt ? "review overdue" : "review due soon"
            }
            return .init(person: shown.full(person.id) ?? person.name, personID: person.id, location: person.location, basis: basis.kind, reviewDue: basis.reviewDue, need: need)
        }
    }

    /// Whom a corrected record is about, for a home's report: the person, or the person a
    /// contact, task or escalation names; nil for a partner and for a record no longer found.
    /// Every time someone left between the start of the day holding `first` and the end of the
    /// day holding `last`, or came back in it having left before it, in the order it happened
    /// (everyone is in the working set: people are never deleted). Read from their versions, so
    /// a leaving stays in the record of its day after they come back, and someone who left
    /// twice is listed twice.
    func leavings(from first: Date, to last: Date, filter: HomeFilter) throws -> [HandoverReport.LeavingEntry] {
        let days = store.days(from: first, to: last)
        var found: [HandoverReport.LeavingEntry] = []
        for person in store.people where filter.includes(person) {
            // Someone never amended has never left, or left once and is still gone.
            let entries = person.audit.version > 1 ? try store.history(of: person.id) : []
            let versions = entries.decoded(upTo: person)
            for (left, recorded, cameBack) in Self.leavings(in: versions) {
                // Why they were taken back: the reason given for the version after their last away.
                let back = cameBack == nil ? nil : entries.first { $0.version == left.audit.version }
                // A leaving taken back as recorded wrongly (a death on the wrong person) never
                // happened: the corrections say what it said.
                if back?.isCorrection == true { continue }
                let backReason = back?.reason
                guard let on = left.discharged else { continue }
                // Someone who left last month and came back today is news today too; so is a
                // leaving recorded today for a day before, whose handover did not have it.
                let leftEarlier = on < days.lowerBound && cameBack.map(days.contains) == true
                let recordedLate = on < days.lowerBound && days.contains(recorded) && !leftEarlier
                guard days.contains(on) || leftEarlier || recordedLate else { continue }
                // Named, room included, as they are now, as every section names people: the room
                // they left from beside a name grown with the room they came back to would read
                // "Bob Adams (Room 21) (Room 4)".
                found.append(.init(person: shown.full(person.id) ?? person.name, personID: person.id, location: person.location,
                                   kind: left.leaving?.kind ?? .discharged, on: on, note: left.leaving?.note, cameBack: cameBack,
                                   cameBackReason: backReason,
                                   leftEarlier: leftEarlier ? true : nil, recordedAt: recordedLate ? recorded : nil))
            }
        }
        return found.sorted { ($0.when, $0.personID) < ($1.when, $1.personID) }
    }

    /// Each time someone left, as its last version before they came back says it (so a leaving
    /// corrected since reads as corrected), with when they came back, if they did.
    /// `recorded` is when the leaving was first saved, which may be days after the day they left.
    static func leavings(in versions: [Person]) -> [(left: Person, recorded: Date, cameBack: Date?)] {
        var found: [(left: Person, recorded: Date, cameBack: Date?)] = []
        var away: (left: Person, recorded: Date)?
        for version in versions {
            if version.discharged != nil {
                away = (version, away?.recorded ?? version.audit.changedAt)
            } else if let left = away {
                found.append((left.left, left.recorded, version.audit.changedAt))
                away = nil
            }
        }
        return found + (away.map { [($0.left, $0.recorded, nil)] } ?? [])
    }

    func personID(of entry: HistoryEntry) throws -> String? {
        switch entry.kind {
        case .person: entry.recordID
        case .contact: try store.contact(id: entry.recordID)?.personID
        case .task: try store.task(id: entry.recordID)?.personID
        case .escalation: try store.escalation(id: entry.recordID)?.personID
        default: nil
        }
    }

    /// A correction with what it replaced; nil for a record no longer found.
    func correction(_ entry: HistoryEntry, diff: CorrectionDiff) throws -> HandoverReport.CorrectionEntry? {
        let current: String?
        switch entry.kind {
        case .contact: current = try store.contact(id: entry.recordID).map(RecordCoding.body)
        case .person: current = try store.person(id: entry.recordID).map(RecordCoding.body)
        case .partner: current = try store.partner(id: entry.recordID).map(RecordCoding.body)
        case .task: current = try store.task(id: entry.recordID).map(RecordCoding.body)
        case .escalation: current = try store.escalation(id: entry.recordID).map(RecordCoding.body)
        default: current = nil
        }
        guard let current else { return nil }
        // Compared with the version that followed it: the next in history, else the record now.
        let later = try store.history(of: entry.recordID).first { $0.version == entry.version + 1 }?.record ?? current
        return .init(
            recordID: entry.recordID, kind: entry.kind, about: about(entry, json: later), by: entry.amendedBy, at: entry.amendedAt,
            reason: entry.reason, was: diff.was(old: entry.record, new: later))
    }

    /// Whose record it was as the correction left it: a contact moved from one person to another
    /// and later on to a third is "about" the second in the first correction's line.
    /// A person is named as they are told apart now when the correction left the name they
    /// still have, so two John Smiths' corrections say which; a name since changed is given as
    /// it was then.
    private func about(_ entry: HistoryEntry, json: String) -> String {
        let fields = (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [String: Any] ?? [:]
        let text = { (key: String) in fields[key] as? String ?? "" }
        switch entry.kind {
        case .contact: return "contact about \(person(text("personID")) ?? "")"
        case .task: return "task: \(text("title"))"
        case .escalation: return "escalation: \(text("summary"))"
        case .person:
            guard let now = store.person(id: entry.recordID), NameKey.of(now.name) == NameKey.of(text("name")) else { return text("name") }
            return shown.full(entry.recordID) ?? text("name")
        default: return text("name")
        }
    }
}
