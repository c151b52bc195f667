import Foundation

extension ContactDraft {
    /// Contacts may be entered late, but not for a time that has not come yet; a few minutes
    /// of grace allow for clocks that disagree.
    static let futureGrace: TimeInterval = 5 * 60

    /// `basisThen` is the person's basis when the contact happened, when it differs from now (R3).
    func validated(person: Person, basisThen: SharingBasis? = nil, by staff: String, at now: Date, calendar: Calendar? = nil) throws -> Contact {
        var found: [any Error] = []
        let contact = checked(person: person, basisThen: basisThen, by: staff, at: now, calendar: calendar, found: &found)
        if let first = found.first { throw first }
        guard let contact else { throw FieldError("contact", "the contact could not be checked") }
        return contact
    }

    /// Every refusal `validated` would give, not only the first: each part of a contact is
    /// checked on its own, so a form marks every field that is wrong at one save.
    public func problems(person: Person, basisThen: SharingBasis? = nil, by staff: String, at now: Date, calendar: Calendar? = nil) -> [FieldError] {
        var found: [any Error] = []
        _ = checked(person: person, basisThen: basisThen, by: staff, at: now, calendar: calendar, found: &found)
        return found.compactMap { $0 as? FieldError }
    }

    /// The one list of checks behind `validated` and `problems`, in the order `validated`
    /// refuses: each part checked on its own, every refusal added to `found`; the contact when
    /// none was refused.
    /// `calendar`, when given, lets a refusal say how to write a time of last night.
    private func checked(person: Person, basisThen: SharingBasis?, by staff: String, at now: Date, calendar: Calendar?, found: inout [any Error]) -> Contact? {
        func attempt<T>(_ step: () throws -> T) -> T? {
            do { return try step() } catch { found.append(error); return nil }
        }
        let summary = attempt { try TextRules.required(self.summary, field: "summary", what: "The summary") }
        let advice = attempt { try TextRules.optional(self.advice, field: "advice", what: "The advice") }
        let when = attempt { try checkedWhen(at: now, calendar: calendar) }
        // The confirmation is checked against the advice, so only once the advice reads.
        let confirmation = advice.flatMap { advice in attempt { try confirmationRecord(advice: advice, happenedAt: when ?? now, at: now) } }
        let amendment = attempt { try CarePlanAmendment.read(change: carePlanChange, reason: carePlanReason) }
        let exception = attempt { try checkedException(person: person, basisThen: basisThen, by: staff, at: now) }
        guard found.isEmpty, let summary, let advice, let when, let confirmation, let amendment, let exception else { return nil }
        return Contact(
            personID: person.id, partnerID: partnerID, channel: channel, direction: direction, happenedAt: when,
            summary: summary, advice: advice, confirmation: confirmation, carePlanAmendment: amendment,
            sharedByUs: sharedByUs, sharingException: exception, nature: nature, audit: Audit(by: staff, at: now))
    }

    private func checkedWhen(at now: Date, calendar: Calendar?) throws -> Date {
        let when = (happenedAt ?? now).wholeSeconds
        guard when <= now + Self.futureGrace else {
            throw FieldError("when", "the contact cannot have happened in the future" + EntryTimeRule.lastNight(when, now: now, calendar: calendar))
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
