import Foundation

extension ContactDraft {
    /// Contacts may be entered late, but not for a time that has not come yet; a few minutes
    /// of grace allow for clocks that disagree.
    static let futureGrace: TimeInterval = 5 * 60

    /// `basisThen` is the person's basis when the contact happened, when it differs from now (R3).
    func validated(person: Person, basisThen: SharingBasis? = nil, by staff: String, at now: Date) throws -> Contact {
        let summary = try TextRules.required(summary, field: "summary", what: "The summary")
        let advice = try TextRules.optional(advice, field: "advice", what: "The advice")
        let when = try checkedWhen(at: now)
        let confirmation = try confirmationRecord(advice: advice, happenedAt: when, at: now)
        let amendment = try CarePlanAmendment.read(change: carePlanChange, reason: carePlanReason)
        let exception = try checkedException(person: person, basisThen: basisThen, by: staff, at: now)
        return Contact(
            personID: person.id, partnerID: partnerID, channel: channel, direction: direction, happenedAt: when,
            summary: summary, advice: advice, confirmation: confirmation, carePlanAmendment: amendment,
            sharedByUs: sharedByUs, sharingException: exception, nature: nature, audit: Audit(by: staff, at: now))
    }

    /// Every refusal `validated` would give, not only the first: each part of a contact is
    /// checked on its own, so a form marks every field that is wrong at one save.
    public func problems(person: Person, basisThen: SharingBasis? = nil, by staff: String, at now: Date) -> [FieldError] {
        var found: [FieldError] = []
        func check<T>(_ step: () throws -> T) -> T? {
            do { return try step() } catch let error as FieldError { found.append(error) } catch {}
            return nil
        }
        _ = check { try TextRules.required(summary, field: "summary", what: "The summary") }
        let when = check { try checkedWhen(at: now) }
        // The confirmation is checked against the advice, so only once the advice reads.
        if let advice = check({ try TextRules.optional(advice, field: "advice", what: "The advice") }) {
            _ = check { try confirmationRecord(advice: advice, happenedAt: when ?? now, at: now) }
        }
        _ = check { try CarePlanAmendment.read(change: carePlanChange, reason: carePlanReason) }
        _ = check { try checkedException(person: person, basisThen: basisThen, by: staff, at: now) }
        return found
    }

    private func checkedWhen(at now: Date) throws -> Date {
        let when = (happenedAt ?? now).wholeSeconds
        guard when <= now + Self.futureGrace else {
            throw FieldError("when", "the contact cannot have happened in the future")
        }
        return when
    }

    private func checkedException(person: Person, basisThen: SharingBasis?, by staff: String, at now: Date) throws -> SharingException? {
        try SharingRule.check(person: person, sharedByUs: sharedByUs, exception: exception, staff: staff, now: now + Self.futureGrace,
                              sharedAt: (happenedAt ?? now).wholeSeconds, basisThen: basisThen)
    }

    /// How a confirmation asked for during the contact was asked for.
    static func askedDuring(_ channel: Contact.Channel) -> String {
        switch channel {
        case .phone: "asked on the call"
        case .email: "asked in the email"
        case .visit: "asked at the visit"
        case .meeting: "asked at the meeting"
        case .video: "asked on the video call"
        case .letter: "asked in our letter"
        }
    }

    /// R6: only advice is confirmed in writing, so a confirmation state needs advice to confirm.
    private func confirmationRecord(advice: String?, happenedAt: Date, at now: Date) throws -> Confirmation? {
        guard let confirmation else {
            // A note with no state (a reference, a reason) would be dropped without a word.
            if try TextRules.cleaned(confirmationNote, field: "confirmation-note", what: "The confirmation note") != nil {
                throw FieldError("confirmation-note", "say what the note is about: written confirmation requested, received, not needed or not possible")
            }
            return nil
        }
        guard advice != nil else {
            throw FieldError("advice", "a written confirmation is for advice, and no advice was written; add the advice the partner gave")
        }
        let note = try TextRules.cleanedLine(confirmationNote, field: "confirmation-note", what: "The confirmation note")
        switch confirmation {
        case .requested:
            // Asked for as part of the contact, so at its time: a call entered hours later still
            // ages on the chase list from the call, and a chase at any time after it is allowed.
            return Confirmation(state: .requested, requestedAt: happenedAt, method: note ?? Self.askedDuring(channel))
        case .received: return Confirmation(state: .received, receivedAt: now, reference: note)
        case .notNeeded, .notPossible:
            let what = confirmation == .notNeeded ? "Why no written confirmation is needed" : "Why written confirmation is not possible"
            return Confirmation(state: confirmation, reason: try TextRules.reason(note, field: "confirmation-note", what: what))
        }
    }
}
