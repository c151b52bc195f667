import Foundation

/// What `check` says of a record that is whole but whose facts cannot all be right: a year no
/// record can have (typed before the forms refused it, or imported), or steps in an order that
/// cannot have happened (a letter received before it was asked for). Warnings, not damage:
/// the record reads, and a correction puts it right.
protocol RecordFacts {
    /// The dates someone typed or chose, each with the words that name it.
    var typedDates: [(what: String, date: Date)] { get }
    /// Facts of the record that contradict each other, in words.
    var contradictions: [String] { get }
}

extension RecordFacts {
    var contradictions: [String] { [] }

    /// Each date outside the years a record can have (`StaffDate.plausible`), then each
    /// contradiction.
    func warnings(within plausible: ClosedRange<Date>) -> [String] {
        typedDates.filter { !plausible.contains($0.date) }.map { "\($0.what) is dated \(RecordFactsWords.day($0.date)), "
            + ($0.date < plausible.lowerBound ? "before any record here can be" : "more than \(StaffDate.latestYearsAhead) years ahead")
            + "; the year was most likely typed wrong, so correct it" }
            + contradictions
    }
}

enum RecordFactsWords {
    /// A day as `check` writes it, the same wherever it runs: "0026-01-01".
    static func day(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.era, .year, .month, .day], from: date)
        let year = String(format: "%04d", parts.year ?? 0) + (parts.era == 0 ? " BC" : "")
        return String(format: "%@-%02d-%02d", year, parts.month ?? 0, parts.day ?? 0)
    }
}

extension Contact: RecordFacts {
    var typedDates: [(what: String, date: Date)] {
        var dates: [(String, Date)] = [("when it happened", happenedAt)]
        if let confirmation {
            if let at = confirmation.requestedAt { dates.append(("its written confirmation's request", at)) }
            if let at = confirmation.receivedAt { dates.append(("its written confirmation's receipt", at)) }
            dates += confirmation.chases.map { ("a chase for its written confirmation", $0.at) }
        }
        if let assessed = sharingException?.capacity?.assessedOn { dates.append(("its capacity assessment", assessed)) }
        return dates
    }

    var contradictions: [String] {
        var found: [String] = []
        // A contact entered before it happened is import's refusal, so `check`'s problem
        // (`EntryTimeRule`), not a warning here.
        if let confirmation, let requested = confirmation.requestedAt {
            if let received = confirmation.receivedAt, received < requested {
                found.append("its written confirmation was received (\(RecordFactsWords.day(received))) before it was asked for (\(RecordFactsWords.day(requested)))")
            }
            if confirmation.chases.contains(where: { $0.at < requested }) {
                found.append("its written confirmation was chased before it was asked for (\(RecordFactsWords.day(requested)))")
            }
        }
        if let confirmation, confirmation.state == .requested, confirmation.receivedAt != nil {
            found.append("its written confirmation is still asked for, yet has a time it was received")
        }
        // R6: only advice is confirmed in writing; a decision on none keeps a blank line on the chase list.
        if let confirmation, advice?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ?? true {
            found.append("it has a written confirmation decision (\(confirmation.state.rawValue)) but no advice to confirm")
        }
        if let confirmation, confirmation.state == .received, confirmation.receivedAt == nil {
            found.append("its written confirmation is received, with no time it was received")
        }
        return found
    }
}

extension Person: RecordFacts {
    var typedDates: [(what: String, date: Date)] {
        [discharged.map { ("the day they left", $0) }, basis.recorded.map { ("their sharing basis", $0) },
         basis.reviewDue.map { ("their sharing basis's review", $0) }].compactMap { $0 }
    }
}

extension Person {
    var contradictions: [String] {
        // A leaving with no day is in no day's handover, and reads as someone still here.
        guard let leaving, discharged == nil else { return [] }
        return ["they left (\(leaving.kind.rawValue)) on no day, so every list shows them as still here; correct the day they left"]
    }
}

extension CareTask: RecordFacts {
    var typedDates: [(what: String, date: Date)] {
        [("when it is due", due)] + [closedAt.map { ("when it was closed", $0) }].compactMap { $0 }
    }

    /// A closing is found by its day and read by its outcome (R8): without them a task done is
    /// in no handover's closed work.
    var contradictions: [String] {
        var found: [String] = []
        if status == .done {
            if closedAt == nil { found.append("it is done, with no time it was closed, so no handover lists it as closed") }
            if InertText.isBlank(outcome ?? "") { found.append("it is done, with no outcome") }
        } else if closedAt != nil {
            found.append("it is still open, yet has a time it was closed")
        }
        if let closedAt, closedAt < audit.createdAt {
            found.append("it was closed (\(RecordFactsWords.day(closedAt))) before it was entered (\(RecordFactsWords.day(audit.createdAt)))")
        }
        return found
    }
}

extension Escalation: RecordFacts {
    var typedDates: [(what: String, date: Date)] {
        [("when it was raised", raisedAt)] + [sentOn.map { ("when it was sent", $0) }].compactMap { $0 }
    }

    /// Each stage is reached at a time after the one before (R10); a resolved escalation
    /// without its day and outcome is in no handover's resolved work.
    var contradictions: [String] {
        var found: [String] = []
        if stage >= .acknowledged, acknowledgedAt == nil, stage != .resolved {
            found.append("it is acknowledged, with no time it was acknowledged")
        }
        if stage == .resolved {
            if resolvedAt == nil { found.append("it is resolved, with no time it was resolved, so no handover lists it as resolved") }
            if InertText.isBlank(outcome ?? "") { found.append("it is resolved, with no outcome") }
        } else if resolvedAt != nil {
            found.append("it is not resolved, yet has a time it was resolved")
        }
        for (what, at) in [("acknowledged", acknowledgedAt), ("resolved", resolvedAt)] {
            if let at, at < raisedAt {
                found.append("it was \(what) (\(RecordFactsWords.day(at))) before it was raised (\(RecordFactsWords.day(raisedAt)))")
            }
        }
        return found
    }
}

/// A phone or email no one can use, kept from before the rules or brought by an import (which
/// takes it, so an old store's export is restored whole): warned of, to be corrected before
/// someone dials it mid-call.
extension Partner: RecordFacts {
    var typedDates: [(what: String, date: Date)] { [] }

    var contradictions: [String] {
        [phone.flatMap(PartnerDetailRules.phoneProblem).map { "phone: \($0)" },
         email.flatMap(PartnerDetailRules.emailProblem).map { "email: \($0)" }].compactMap { $0 }
    }
}

extension PartnershipAgreement: RecordFacts {
    var typedDates: [(what: String, date: Date)] {
        [starts.map { ("when it starts", $0) }, ends.map { ("when it ends", $0) }].compactMap { $0 }
    }

    var contradictions: [String] {
        guard let starts, let ends, ends < starts else { return [] }
        return ["it ends (\(RecordFactsWords.day(ends))) before it starts (\(RecordFactsWords.day(starts)))"]
    }
}
