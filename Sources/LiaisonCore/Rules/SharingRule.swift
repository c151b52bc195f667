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
    public static func check(
        person: Person, sharedByUs: Bool, exception: SharingException?, staff: String = "", now: Date = .distantFuture,
        sharedAt: Date? = nil
    ) throws -> SharingException? {
        guard sharedByUs else {
            if exception != nil {
                throw FieldError("exception", "an exception is only recorded when we shared information; add --shared or leave it out")
            }
            return nil
        }
        if let exception {
            let checked = try validated(exception, person: person, staff: staff, now: now, sharedAt: sharedAt)
            // An exception is for a share without a valid basis, and the manager's register
            // lists it as one. A basis already in place when we shared needs none: a contact
            // corrected onto someone who consents must not carry another person's exception.
            // A basis recorded after the share (or at no known time) leaves the exception
            // standing, as the share was made without it.
            if person.basis.allowsSharing, let recorded = person.basis.recorded, recorded <= (sharedAt ?? now) {
                throw FieldError(
                    "exception",
                    "\(person.name)'s sharing basis (\(person.basis.kind.rawValue)) was in place when this was shared, so it needs no "
                        + "exception: leave the exception out, or if that basis is wrong, change it on their record first")
            }
            return checked
        }
        guard person.basis.allowsSharing else {
            let state = person.basis.kind == .withdrawn ? "has withdrawn consent" : "has no sharing basis recorded"
            throw FieldError(
                "shared",
                "\(person.name) \(state), so information about them cannot be shared. "
                    + "If it was in their best interests or for safeguarding, record that exception and why"
            )
        }
        return nil
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
            let decision = try TextRules.required(capacity.decision, field: "capacity-decision", what: "The decision capacity was assessed for")
            let consulted = try TextRules.required(capacity.consulted, field: "consulted", what: "Who was consulted")
            return SharingException(
                kind: .bestInterests, reason: reason, decidedBy: decidedBy,
                capacity: CapacityAssessment(assessedBy: assessedBy, assessedOn: capacity.assessedOn, decision: decision, consulted: consulted))
        }
    }
}
