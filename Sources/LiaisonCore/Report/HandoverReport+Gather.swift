import Foundation

extension HandoverReport {
    /// Gathers the handover for the day holding `day`, as at the store's clock.
    public static func gather(from store: Store, day: Date) throws -> HandoverReport {
        let asAt = store.clock.now.wholeSeconds
        let contacts = try store.contacts(on: day)
        let dayReview = try store.dayReview(for: day)
        let review = dayReview.map { Review(by: $0.reviewedBy, at: $0.reviewedAt) }
        let names = Names(store: store)
        return HandoverReport(
            day: DateInput.dayKey(day, calendar: store.calendar),
            timeZone: store.calendar.timeZone.identifier,
            asAt: asAt,
            review: review,
            contacts: contacts.map { names.entry(for: $0, dayReview: dayReview) },
            chaseList: Attention.chaseList(store.chaseList).map { names.chase($0, asAt: asAt) },
            undecided: Attention.undecidedAdvice(store.undecidedAdvice).map { names.undecided($0, asAt: asAt) },
            overdueTasks: Attention.overdueTasks(store.openTasks, now: asAt).map { names.task($0, asAt: asAt) },
            openEscalations: store.openEscalations
                .sorted { ($0.raisedAt, $0.id) < ($1.raisedAt, $1.id) }
                .map { names.escalation($0, asAt: asAt) },
            sharingExceptions: contacts.compactMap { names.exception($0) })
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

    func person(_ id: String?) -> String? {
        guard let id else { return nil }
        return store.person(id: id)?.name ?? "unknown person (\(id))"
    }

    func partner(_ id: String?) -> Partner? { id.flatMap { store.partner(id: $0) } }

    func partnerName(_ id: String?) -> String? {
        guard let id else { return nil }
        return partner(id)?.name ?? "unknown partner (\(id))"
    }

    func entry(for contact: Contact, dayReview: DayReview?) -> HandoverReport.ContactEntry {
        let partner = partner(contact.partnerID)
        // The dashboard's rule, so the report and the screen agree on what was looked at.
        let reviewed = Store.isReviewed(contact, dayReview: dayReview)
        return .init(
            id: contact.id, happenedAt: contact.happenedAt, person: person(contact.personID) ?? "",
            partner: partnerName(contact.partnerID) ?? "", role: partner?.role ?? .other,
            organisation: partner?.organisation, channel: contact.channel, direction: contact.direction,
            summary: contact.summary, advice: contact.advice, confirmation: contact.confirmation,
            carePlanAmendment: contact.carePlanAmendment, sharedByUs: contact.sharedByUs,
            sharingException: contact.sharingException, recordedBy: contact.recordedBy,
            reviewed: reviewed, reviewedBy: contact.reviewed?.by ?? (reviewed ? dayReview?.reviewedBy : nil))
    }

    func chase(_ contact: Contact, asAt: Date) -> HandoverReport.ChaseEntry {
        let since = contact.confirmation?.requestedAt ?? contact.happenedAt
        return .init(
            contactID: contact.id, person: person(contact.personID) ?? "", partner: partnerName(contact.partnerID) ?? "",
            role: partner(contact.partnerID)?.role ?? .other, advice: contact.advice, requestedAt: since,
            method: contact.confirmation?.method, requestedFrom: contact.confirmation?.requestedFrom,
            waitingHours: HandoverReport.hours(from: since, to: asAt),
            chases: contact.confirmation?.chases.count ?? 0, lastChase: contact.confirmation?.chases.last)
    }

    func undecided(_ contact: Contact, asAt: Date) -> HandoverReport.UndecidedEntry {
        .init(
            contactID: contact.id, happenedAt: contact.happenedAt, person: person(contact.personID) ?? "",
            partner: partnerName(contact.partnerID) ?? "", role: partner(contact.partnerID)?.role ?? .other,
            advice: contact.advice, recordedBy: contact.recordedBy,
            waitingHours: HandoverReport.hours(from: contact.happenedAt, to: asAt))
    }

    func task(_ task: CareTask, asAt: Date) -> HandoverReport.TaskEntry {
        .init(
            id: task.id, title: task.title, person: person(task.personID), partner: partnerName(task.partnerID),
            owner: task.owner, due: task.due, isPromise: task.isPromise,
            hoursOverdue: HandoverReport.hours(from: task.due, to: asAt),
            partnerInformed: task.delays.last?.partnerInformed ?? false)
    }

    func escalation(_ escalation: Escalation, asAt: Date) -> HandoverReport.EscalationEntry {
        .init(
            id: escalation.id, kind: escalation.kind, summary: escalation.summary, person: person(escalation.personID),
            partner: partnerName(escalation.partnerID), manager: escalation.manager, stage: escalation.stage,
            raisedAt: escalation.raisedAt, nextDue: escalation.nextDue, overdue: escalation.isOverdue(now: asAt))
    }

    func exception(_ contact: Contact) -> HandoverReport.ExceptionEntry? {
        guard let exception = contact.sharingException else { return nil }
        return .init(
            contactID: contact.id, happenedAt: contact.happenedAt, person: person(contact.personID) ?? "",
            basis: store.person(id: contact.personID)?.basis.kind ?? .none,
            partner: partnerName(contact.partnerID) ?? "", role: partner(contact.partnerID)?.role ?? .other,
            summary: contact.summary, exception: exception,
            recordedBy: contact.recordedBy)
    }
}
