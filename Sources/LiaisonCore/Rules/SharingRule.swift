import Foundation

/// R3: we may share information about a person only on a valid recorded basis, or under one of
/// the policy's exceptions, recorded with a real reason:
/// - best interests, only for a person assessed as lacking capacity for this decision who has no
///   attorney or deputy (one who has would be the basis), with who assessed capacity, when, for
///   which decision, and who was consulted; never to override a person who withdrew consent;
/// - safeguarding, where sharing protects them or someone else from abuse or neglect, which can
///   override a refusal.
public enum SharingRule {
    /// The exception to keep with the contact, or a refusal a care worker can act on.
    /// `staff` is who records it: the decision is theirs unless someone else is named.
    /// `sharedAt` is when the contact happened: a best-interests decision rests on an assessment
    /// made by then, not one made after the information had gone.
    ///
    /// `basisThen` is the basis that stood when we shared (`basis(of:at:calendar:history:)`), if
    /// it differs from the person's basis now: a contact entered late is judged by the basis of
    /// its day, not by consent given or withdrawn since.
    public static func check(
        person: Person, sharedByUs: Bool, exception: SharingException?, staff: String = "", now: Date = .distantFuture,
        sharedAt: Date? = nil, basisThen: SharingBasis? = nil
    ) throws -> SharingException? {
        let current = person.basis
        var person = person
        if let basisThen { person.basis = basisThen }
        let changedSince = person.basis != current
        guard sharedByUs else {
            if exception != nil {
                throw FieldError("exception", "an exception is only recorded when we shared information; add --shared or leave it out")
            }
            return nil
        }
        if let exception {
            let checked = try validated(exception, person: person, staff: staff, now: now, sharedAt: sharedAt)
            // An exception is for a share without a valid basis, and the manager's register
            // lists it as one. A basis in place when we shared needs none: a contact corrected
            // onto someone who consents must not carry another person's exception. Consent
            // given after the share leaves its exception standing: it was made without it.
            if person.basis.allowsSharing {
                throw FieldError(
                    "exception",
                    "\(person.name)'s sharing basis (\(person.basis.kind.rawValue)) was in place when this was shared, so it needs no "
                        + "exception: leave the exception out, or if that basis is wrong, change it on their record first")
            }
            return checked
        }
        guard person.basis.allowsSharing else {
            var state = person.basis.kind == .withdrawn ? "has withdrawn consent" : "has no sharing basis recorded"
            if changedSince {
                state = (person.basis.kind == .withdrawn ? "had withdrawn consent" : "had no sharing basis recorded")
                    + " when this was shared (their current basis, \(current.kind.rawValue), was recorded after it)"
            }
            throw FieldError(
                "shared",
                "\(person.name) \(state), so information about them cannot be shared. "
                    + "If it was in their best interests or for safeguarding, record that exception and why"
            )
        }
        return nil
    }

    /// The person's sharing basis as it stood at `moment`: the current one when it was recorded
    /// on that day or before (a call at 09:50 is often entered after the person was added at
    /// 10:05), else the version of their record that was current then, from `history` (read
    /// only in that case). A person added after the moment had no basis recorded then.
    public static func basis(
        of person: Person, at moment: Date, calendar: Calendar, history: () throws -> [HistoryEntry]
    ) throws -> SharingBasis {
        func begun(_ basis: SharingBasis) -> Bool { basis.recorded.map { calendar.startOfDay(for: $0) <= moment } ?? true }
        if person.basis.recorded != nil, begun(person.basis) { return person.basis }
        // The first version replaced after the moment is the one that stood at it.
        let versions = try history().versions(of: Person.self)
        if let then = versions.first(where: { $0.amendedAt > moment }) {
            let basis = try then.decode(Person.self).basis
            return begun(basis) ? basis : .noneRecorded
        }
        return begun(person.basis) ? person.basis : .noneRecorded
    }

    private static func validated(_ exception: SharingException, person: Person, staff: String, now: Date, sharedAt: Date?) throws -> SharingException {
        let reason = try TextRules.reason(exception.reason, field: "reason", what: "The reason for the \(exception.kind.rawValue) exception")
        let decidedBy = try TextRules.cleanedLine(
            exception.decidedBy, field: "decided-by", what: "Who decided or authorised it", limit: TextRules.nameLimit) ?? (staff.isEmpty ? nil : staff)
        switch exception.kind {
        case .safeguarding:
            return SharingException(kind: .safeguarding, reason: reason, decidedBy: decidedBy)
        case .bestInterests:
            if person.basis.kind == .withdrawn {
                throw FieldError(
                    "exception",
                    "\(person.name) withdrew consent, and a person with capacity cannot be overridden in their best interests. "
                        + "Share only under safeguarding, to protect them or someone else from harm; or, if they have since "
                        + "lost capacity for this decision, change their sharing basis first, saying so")
            }
            if person.basis.kind == .representative {
                throw FieldError(
                    "exception",
                    "\(person.name) has an attorney or deputy (\(person.basis.by ?? "named on their record")), who decides for them: "
                        + "ask them rather than deciding in their best interests")
            }
            guard let capacity = exception.capacity else {
                throw FieldError(
                    "capacity-assessed-by",
                    "best interests applies only to a person assessed as lacking capacity for this decision: "
                        + "say who assessed it, when, for which decision and who was consulted")
            }
            let assessedBy = try TextRules.required(capacity.assessedBy, field: "capacity-assessed-by", what: "Who assessed capacity")
            guard capacity.assessedOn <= now else {
                throw FieldError("capacity-assessed-on", "the capacity assessment cannot be in the future")
            }
            // The assessment is a day; any time on the day of the share is before it.
            if let sharedAt, capacity.assessedOn > sharedAt {
                throw FieldError("capacity-assessed-on", "the capacity assessment is dated after the information was shared; "
                    + "best interests rests on an assessment made before sharing, so give the day it was made")
            }
            // Capacity is judged one decision at a time, so "sharing" alone does not say which.
            let decision = try TextRules.sayingEnough(
                capacity.decision, field: "capacity-decision", what: "The decision capacity was assessed for",
                needs: "naming in a few words, as capacity is judged one decision at a time, e.g. \"sharing his wound care with the GP\"")
            let consulted = try TextRules.required(capacity.consulted, field: "consulted", what: "Who was consulted")
            return SharingException(
                kind: .bestInterests, reason: reason, decidedBy: decidedBy,
                capacity: CapacityAssessment(assessedBy: assessedBy, assessedOn: capacity.assessedOn, decision: decision, consulted: consulted))
        }
    }
}
