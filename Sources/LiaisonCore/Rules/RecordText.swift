/// The text rules applied to a whole record, field by field: what an import checks before
/// writing anything, and what an amendment checks before saving a corrected version.
///
/// Forms and commands check their input through the drafts; a record that arrives complete (from
/// a file, or edited in place) is checked here, so no path into the store skips the rules.
protocol RecordText {
    /// Every text problem, as (field, message); empty when the record is fine.
    var textProblems: [(field: String, message: String)] { get }
}

/// Collects problems for one record, naming each field as the export names it.
struct TextProblems {
    private(set) var list: [(field: String, message: String)] = []

    mutating func line(_ field: String, _ text: String?, _ what: String, required: Bool = false, limit: Int = TextRules.lineLimit) {
        guard let text else {
            if required { list.append((field, "\(what) is missing")) }
            return
        }
        if let problem = TextRules.lineProblem(text, what: what, limit: limit) { list.append((field, problem)) }
    }

    mutating func name(_ field: String, _ text: String?, _ what: String, required: Bool = false) {
        line(field, text, what, required: required, limit: TextRules.nameLimit)
    }

    mutating func text(_ field: String, _ text: String?, _ what: String, required: Bool = false) {
        guard let text else {
            if required { list.append((field, "\(what) is missing")) }
            return
        }
        if let problem = TextRules.textProblem(text, what: what) { list.append((field, problem)) }
    }

    mutating func audit(_ audit: Audit) {
        name("audit.createdBy", audit.createdBy, "Who created it", required: true)
        name("audit.changedBy", audit.changedBy, "Who last changed it", required: true)
        if audit.version < 1 { list.append(("audit.version", "the version must be 1 or more, not \(audit.version)")) }
    }
}

extension Person: RecordText {
    var textProblems: [(field: String, message: String)] {
        var p = TextProblems()
        p.name("name", name, "The person's name", required: true)
        p.name("preferredName", preferredName, "The preferred name")
        p.line("location", location, "The location")
        p.name("keyWorker", keyWorker, "The key worker's name")
        p.name("basis.by", basis.by, "Who the basis names")
        p.text("basis.reason", basis.reason, "The reason for the basis")
        p.audit(audit)
        return p.list
    }
}

extension Partner: RecordText {
    var textProblems: [(field: String, message: String)] {
        var p = TextProblems()
        p.name("name", name, "The partner's name", required: true)
        p.line("organisation", organisation, "The organisation")
        p.line("phone", phone, "The phone number")
        p.line("email", email, "The email address")
        p.audit(audit)
        return p.list
    }
}

extension Contact: RecordText {
    var textProblems: [(field: String, message: String)] {
        var p = TextProblems()
        // Set by a correction, so by a version after the first and no later than the last: any
        // other time would leave it unreviewable (a time to come) or hide a correction.
        if let correctedAt, audit.version < 2 || correctedAt < audit.createdAt || correctedAt > audit.changedAt {
            p.append("correctedAt", "a contact is corrected after it was entered and by the time it was last changed; this one's time of correction is not")
        }
        p.text("summary", summary, "The summary", required: true)
        p.text("advice", advice, "The advice")
        p.line("confirmation.method", confirmation?.method, "How confirmation was asked for")
        p.line("confirmation.reference", confirmation?.reference, "The confirmation's reference")
        p.text("confirmation.reason", confirmation?.reason, "Why no confirmation is needed")
        p.text("carePlanAmendment.change", carePlanAmendment?.change, "The care plan change")
        p.text("carePlanAmendment.reason", carePlanAmendment?.reason, "Why the care plan changed")
        p.text("sharingException.reason", sharingException?.reason, "The reason for the exception")
        p.name("reviewed.by", reviewed?.by, "Who reviewed it")
        p.audit(audit)
        return p.list
    }
}

extension CareTask: RecordText {
    var textProblems: [(field: String, message: String)] {
        var p = TextProblems()
        p.line("title", title, "What is to be done", required: true)
        p.name("owner", owner, "The owner's name")
        p.text("outcome", outcome, "The outcome")
        for (n, delay) in delays.enumerated() {
            p.name("delays[\(n)].by", delay.by, "Who logged the delay", required: true)
            p.text("delays[\(n)].note", delay.note, "The note about the delay", required: true)
        }
        p.audit(audit)
        return p.list
    }
}

extension Escalation: RecordText {
    var textProblems: [(field: String, message: String)] {
        var p = TextProblems()
        p.text("summary", summary, "The summary", required: true)
        p.name("manager", manager, "The manager's name")
        p.text("outcome", outcome, "The outcome")
        p.text("reasonNotAccepted", reasonNotAccepted, "Why the view was not accepted")
        p.line("theirReference", theirReference, "Their reference")
        for (n, note) in notes.enumerated() {
            p.name("notes[\(n)].by", note.by, "Who wrote the note", required: true)
            p.text("notes[\(n)].text", note.text, "The note", required: true)
        }
        p.audit(audit)
        return p.list
    }
}

extension PartnershipAgreement: RecordText {
    var textProblems: [(field: String, message: String)] {
        var p = TextProblems()
        p.name("primaryContact", primaryContact, "The primary contact")
        p.name("chair", chair, "Who chairs meetings")
        p.name("minutes", minutes, "Who minutes meetings")
        p.name("formalReports", formalReports, "Who writes formal reports")
        p.text("routineRecords", routineRecords, "How routine records are made")
        p.text("informationSharing", informationSharing, "How information is shared")
        p.text("proposedOutcomes", proposedOutcomes, "The proposed outcomes")
        p.text("ourRole", ourRole, "Our role")
        p.text("theirRole", theirRole, "Their role")
        p.audit(audit)
        return p.list
    }
}

extension DayReview: RecordText {
    var textProblems: [(field: String, message: String)] {
        var p = TextProblems()
        if !DateInput.isDayKey(day) {
            p.append("day", "“\(InertText.visible(day))” is not a day written like 2026-11-20")
        }
        // A home's id as the settings give one: anything else could never be a listed home's.
        if let home, let problem = Home.idProblem(home) { p.append("home", InertText.visible(problem)) }
        p.audit(audit)
        return p.list
    }
}

extension TextProblems {
    fileprivate mutating func append(_ field: String, _ message: String) { list.append((field, message)) }
}
