import Foundation

/// R6: the policy asks staff to get a partner's advice confirmed in writing "if possible".
/// So every piece of advice gets a decision — asked for, not needed, or not possible, each
/// with its why — and a request stays on the chase list, chase after chase, until the letter
/// or email arrives. These rules say which step may follow which, and what each must carry.
public enum ConfirmationRules {
    /// The contact after `step`, and the reason its history gives for the change.
    ///
    /// `earlier` is the contact's written confirmation as each of its earlier versions held it,
    /// oldest first, each beside whether the change that replaced it was a correction: from
    /// them, a step taken back returns to what stood before it (`before(_:current:)`).
    public static func apply(
        _ step: ConfirmationStep, to contact: Contact, by staff: String, at now: Date,
        earlier: [(confirmation: Confirmation?, correctedAway: Bool)] = []
    ) throws -> (contact: Contact, reason: String) {
        guard contact.advice != nil else {
            throw FieldError("advice", "this contact has no advice to confirm in writing")
        }
        let current = contact.confirmation
        var next: Confirmation
        let reason: String
        switch step {
        case .takenBack(let why): return try takeBack(contact, why: why, earlier: earlier)
        case .requested(let how, let from, let at):
            if let current, current.state == .requested {
                throw FieldError("requested", "written confirmation was already asked for; record a chase instead")
            }
            try refuseIfReceived(current)
            let how = try TextRules.required(how, field: "note", what: "How it was asked for (e.g. email to the surgery)")
            // Entered late, a request keeps the time it was made: the chase list is oldest first.
            let when = try moment(at, now: now, field: "when", notBefore: contact.happenedAt, what: "the advice was given")
            next = current ?? Confirmation(state: .requested)
            next.state = .requested
            next.requestedAt = when
            next.method = how
            next.requestedFrom = try TextRules.cleanedLine(from, field: "from", what: "Who was asked", limit: TextRules.nameLimit)
            next.reason = nil
            reason = "written confirmation asked for (\(how)\(next.requestedFrom.map { ", from \($0)" } ?? ""))"
        case .chased(let note, let at):
            guard let current, current.state == .requested else {
                // Each state says why there is nothing to chase, and how to chase after all.
                let why: String
                switch current?.state {
                case .received: why = "the written confirmation has already come; there is nothing to chase"
                case .notNeeded: why = "it was decided written confirmation is not needed, so nothing was asked for; to chase, record asking for it first"
                case .notPossible: why = "it was recorded that the partner cannot put it in writing, so nothing was asked for; to chase, record asking for it first"
                case .requested, nil: why = "written confirmation has not been asked for yet; record asking for it first"
                }
                throw FieldError("chased", why)
            }
            let note = try TextRules.required(note, field: "note", what: "What was said when you chased")
            let when = try moment(at, now: now, field: "when", notBefore: current.lastAsked, what: "the last time it was asked for")
            next = current
            next.chases.append(Confirmation.Chase(at: when, by: staff, note: note))
            reason = "chased for written confirmation (chase \(next.chases.count)): \(note)"
        case .received(let at, let medium, let reference):
            try refuseIfReceived(current)
            // A letter cannot answer a request not yet made: the earliest it can have come is the
            // request, when one stands, else the advice itself.
            let asked = current?.state == .requested ? current?.requestedAt : nil
            let when = try moment(at, now: now, field: "when", notBefore: max(asked ?? contact.happenedAt, contact.happenedAt),
                                  what: asked == nil ? "the advice was given" : "it was asked for")
            next = current ?? Confirmation(state: .received)
            next.state = .received
            next.receivedAt = when
            next.receivedAs = medium
            next.reference = try TextRules.cleanedLine(reference, field: "reference", what: "Their reference")
            let what = [medium?.rawValue, next.reference.map { "reference \($0)" }].compactMap { $0 }.joined(separator: ", ")
            reason = "written confirmation received" + (what.isEmpty ? "" : " (\(what))")
        case .notNeeded(let why), .notPossible(let why):
            try refuseIfReceived(current)
            let notNeeded = if case .notNeeded = step { true } else { false }
            let why = try TextRules.reason(
                why, field: "note", what: notNeeded ? "Why no written confirmation is needed" : "Why written confirmation is not possible")
            next = current ?? Confirmation(state: .notNeeded)
            next.state = notNeeded ? .notNeeded : .notPossible
            next.reason = why
            reason = "written confirmation \(notNeeded ? "not needed" : "not possible"): \(why)"
        }
        var amended = contact
        amended.confirmation = next
        return (amended, reason)
    }

    /// The written confirmation that stood before the last step on it, from the contact's
    /// earlier versions: `.some(nil)` when that was no decision at all, nil when the versions
    /// do not say (the step was the contact's first, or its history is not at hand).
    ///
    /// Each change to the confirmation is a step, stacked on the one before, except a step
    /// taken back, which is a correction returning to the one under it: so "not needed", then
    /// "asked for" by mistake, taken back, is "not needed" again with its reason, and a second
    /// take-back goes on down rather than redoing the first.
    static func before(_ earlier: [(confirmation: Confirmation?, correctedAway: Bool)], current: Confirmation?) -> Confirmation?? {
        guard let first = earlier.first else { return nil }
        var steps: [Confirmation?] = [first.confirmation]
        let states = earlier.map(\.confirmation) + [current]
        for (index, change) in earlier.enumerated() {
            let next = states[index + 1]
            guard next != steps[steps.count - 1] else { continue }
            if change.correctedAway, steps.count >= 2, steps[steps.count - 2] == next {
                steps.removeLast()
            } else {
                steps.append(next)
            }
        }
        return steps.count >= 2 ? .some(steps[steps.count - 2]) : nil
    }

    /// Takes back the last step recorded on `contact`'s written confirmation (`ConfirmationStep.takenBack`).
    private static func takeBack(
        _ contact: Contact, why: String, earlier: [(confirmation: Confirmation?, correctedAway: Bool)]
    ) throws -> (contact: Contact, reason: String) {
        guard let current = contact.confirmation else {
            throw FieldError("taken-back", "nothing has been recorded on this advice's written confirmation yet, so there is nothing to take back")
        }
        let why = try TextRules.reason(why, field: "note", what: "Why the last step was recorded wrongly")
        var next: Confirmation? = current
        let undone: String
        switch current.state {
        case .requested where !current.chases.isEmpty: undone = "chase \(current.chases.count)"
        case .requested: undone = "the request"
        case .received: undone = "received"
        case .notNeeded: undone = "not needed"
        case .notPossible: undone = "not possible"
        }
        if case .some(let previous) = before(earlier, current: current) {
            next = previous
        } else {
            // The first step the contact was saved with, or no history to read: worked out from
            // what the step left behind.
            switch current.state {
            case .requested where !current.chases.isEmpty: next?.chases.removeLast()
            case .requested: next = nil
            case .received, .notNeeded, .notPossible:
                next = current.requestedAt == nil ? nil : unanswered(current)
            }
        }
        var amended = contact
        amended.confirmation = next
        let now = switch next?.state {
        case nil: "no decision yet"
        case .requested: "asked for"
        case .received: "received"
        case .notNeeded: "not needed"
        case .notPossible: "not possible"
        }
        return (amended, "written confirmation: \(undone) taken back, now \(now); recorded wrongly: \(why)")
    }

    /// R6 when a correction changes the advice itself. A request, or a decision that none is
    /// needed or possible, was about what the partner said, and stays with the corrected words;
    /// with the advice taken off altogether it goes too (the history keeps both), since a
    /// request for no advice would be chased for nothing. A letter or email that has come
    /// confirmed the words as they stood: a change to them says whether it confirms the new
    /// words (`letterConfirmsIt`), else it goes back to the request it answered, or to no
    /// decision when none was made, so the new words are chased or decided on again. Advice
    /// confirmed in writing is not taken off: the receipt is taken back first (`takenBack`).
    ///
    /// Returns the contact to save and, when its confirmation changed or was vouched for, what
    /// the correction's history adds to its reason: who said the letter confirms the new words.
    public static func afterAdviceCorrected(
        _ corrected: Contact, was stored: Contact, letterConfirmsIt: Bool?
    ) throws -> (contact: Contact, note: String?) {
        guard isChangeOfWords(from: stored.advice, to: corrected.advice), let confirmation = corrected.confirmation,
              confirmation == stored.confirmation else { return (corrected, nil) }
        var next = corrected
        guard confirmation.state == .received else {
            guard words(corrected.advice) == nil else { return (corrected, nil) }
            next.confirmation = nil
            return (next, confirmation.state == .requested
                ? "the request for written confirmation went with the advice"
                : "the decision on written confirmation went with the advice")
        }
        guard words(corrected.advice) != nil else {
            throw FieldError(
                "advice", "this advice was confirmed in writing (\(letter(confirmation))), so it is not taken off; "
                    + "if that confirmation was for another contact, take it back first (w)")
        }
        switch letterConfirmsIt {
        case nil:
            throw FieldError(
                "letter-confirms", "their \(letter(confirmation)) confirmed the advice as it was; say whether it confirms the corrected words")
        case true?:
            return (next, "their \(letter(confirmation)) confirms the corrected advice")
        case false?:
            next.confirmation = confirmation.requestedAt == nil ? nil : unanswered(confirmation)
            return (next, "their \(letter(confirmation)) confirmed the advice as it was, so "
                + (confirmation.requestedAt == nil ? "the corrected advice needs a decision on written confirmation"
                                                   : "written confirmation is asked for again"))
        }
    }

    /// Whether advice written `old` and now `new` says other words: spaces at either end are
    /// not a change, and blank is no advice. What a correction form asks about, and what the
    /// store judges, by the one rule.
    public static func isChangeOfWords(from old: String?, to new: String?) -> Bool {
        words(old) != words(new)
    }

    /// `advice` trimmed, nil when blank.
    private static func words(_ advice: String?) -> String? {
        advice.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// What finds the letter, as the record says it: "letter (reference GP/1142)", "email",
    /// "letter or email" when neither is recorded.
    private static func letter(_ confirmation: Confirmation) -> String {
        (confirmation.receivedAs?.rawValue ?? "letter or email") + (confirmation.reference.map { " (reference \($0))" } ?? "")
    }

    /// A request as it stood before its answer: on the chase list again, its chases kept.
    private static func unanswered(_ confirmation: Confirmation) -> Confirmation {
        var next = confirmation
        next.state = .requested
        next.receivedAt = nil
        next.receivedAs = nil
        next.reference = nil
        next.reason = nil
        return next
    }

    /// A confirmation that has come is the end of the loop; a mistake in it is a correction.
    private static func refuseIfReceived(_ current: Confirmation?) throws {
        guard let current, current.state == .received else { return }
        throw FieldError("received", "the written confirmation has already been received; if that was recorded wrongly, take it back first")
    }

    /// A step's time: now when not given, never in the future, never before what it follows.
    private static func moment(_ given: Date?, now: Date, field: String, notBefore earliest: Date?, what: String) throws -> Date {
        let when = (given ?? now).wholeSeconds
        guard when <= now + ContactDraft.futureGrace else {
            throw FieldError(field, "that time has not come yet; give the time it happened")
        }
        if let earliest, when < earliest {
            throw FieldError(field, "that is before \(what); check the date")
        }
        return when
    }
}
