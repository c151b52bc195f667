import Foundation
import DisplayWidth

extension HandoverReport {
    /// Plain text for a terminal or a printout: each section headed in capitals, each record a
    /// first line that says who and when, then indented detail, wrapped to `width` columns.
    public func text(width: Int = 80) -> String {
        let style = ReportStyle(self)
        var out = TextLines(width: width)
        out.line(title(style).uppercased())
        out.wrap("As at \(style.asAtText) (\(timeZone)), produced by \(one(producedBy)). " + reviewSentence(style))
        if !isPeriod { out.wrap(acknowledgementSentence(style)) }
        out.blank()

        let reviewedCount = contacts.filter(\.reviewed).count
        out.heading("CONTACTS (\(contacts.count), \(reviewedCount) reviewed\(narrowedTo))")
        if contacts.isEmpty { out.wrap("No contacts recorded \(periodPhrase(style)).", indent: 2) }
        for contact in contacts { contactBlock(contact, style, &out) }

        lateSection(style, &out)
        leavingSection(style, &out)
        closedSection(style, &out)
        resolvedSection(style, &out)
        dueSection(style, &out)
        taskSection(style, &out)
        basisSection(&out)
        escalationSection(style, &out)
        chaseSection(style, &out)
        correctionSection(style, &out)
        exceptionSection(style, &out)
        return out.text
    }

    /// ", formal only" after a count of contacts narrowed to a nature (R4); empty when not.
    var narrowedTo: String { natureFilter.isEmpty ? "" : ", \(natureFilter.joined(separator: " ")) only" }

    /// "Handover for Wednesday 25 November 2026", or the period's range.
    /// In a group of homes, the home follows: "Handover for … · Elm House".
    func title(_ style: ReportStyle) -> String {
        let place = home.map { " · \(one($0))" } ?? ""
        guard isPeriod, let lastDay else { return "Handover for \(style.longDay(day))\(place)" }
        return "Partnership record from \(style.longDay(day)) to \(style.longDay(lastDay))\(place)"
    }

    /// "on Wednesday 25 November 2026", or "from … to …".
    func periodPhrase(_ style: ReportStyle) -> String {
        guard isPeriod, let lastDay else { return "on \(style.longDay(day))" }
        return "from \(style.longDay(day)) to \(style.longDay(lastDay))"
    }

    /// Who, coming on shift, read this handover (R12).
    /// A contact entered after the last acknowledgement was not in the handover that was read:
    /// the sentence says so, so nobody takes it as read by the incoming shift.
    func acknowledgementSentence(_ style: ReportStyle) -> String {
        guard let last = acknowledgedBy.map(\.at).max() else { return "Not yet acknowledged by the incoming shift lead." }
        let since = (contacts + lateEntries).filter { $0.enteredAt > last }.count
        let after = since == 0 ? "" : since == 1 ? "; 1 contact entered since was not in it" : "; \(since) contacts entered since were not in it"
        return "Handover read and acknowledged by " + acknowledgedBy.map { "\(one($0.by)) at \(style.short($0.at))" }.joined(separator: "; ") + after + "."
    }

    /// How many of a long list's oldest rows the text shows; the rest are counted and said
    /// where to find, except those from the report's own contacts (`summaryRows`).
    static let summaryLength = 5

    /// The rows a long owed list shows, oldest first: the oldest few (the policy's order, the
    /// longest waiting first), then every row from a contact in this report, so the advice of
    /// the day being handed over, which the next shift must act on, is never the part cut; and
    /// how many were left out between them.
    func summaryRows<Entry>(_ list: [Entry], contact: (Entry) -> String) -> (oldest: ArraySlice<Entry>, left: Int, thisReport: [Entry]) {
        let oldest = list.prefix(Self.summaryLength)
        let ours = Set((contacts + lateEntries).map(\.id))
        let thisReport = list.dropFirst(Self.summaryLength).filter { ours.contains(contact($0)) }
        return (oldest, list.count - oldest.count - thisReport.count, thisReport)
    }

    /// Contacts entered in the day or period for an earlier day (R5): the handover of the day
    /// they happened has been read, so this one puts them in front of the next shift.
    private func lateSection(_ style: ReportStyle, _ out: inout TextLines) {
        out.heading("ENTERED FOR EARLIER DAYS (\(lateEntries.count), \(lateEntries.filter(\.reviewed).count) reviewed\(narrowedTo))")
        if lateEntries.isEmpty { out.wrap("Nothing was entered \(periodPhrase(style)) for an earlier day.", indent: 2) }
        for contact in lateEntries { contactBlock(contact, style, &out, forEarlierDay: true) }
    }

    /// Who left the service in the day or period (R1), and who came back to it having left
    /// before: a death, a move or a return is news for the next shift.
    private func leavingSection(_ style: ReportStyle, _ out: inout TextLines) {
        out.heading("LEFT THE SERVICE OR CAME BACK (\(whoLeft.count))")
        if whoLeft.isEmpty { out.wrap("No one left the service or came back to it \(periodPhrase(style)).", indent: 2) }
        for entry in whoLeft {
            let room = entry.roomBesideName.map { " (\(one($0)))" } ?? ""
            let back = entry.leftEarlier == true
            let lead = isPeriod ? style.shortDay(entry.when) : back ? "back" : "left"
            let how = back ? "had left (\(entry.kind.rawValue)) \(style.shortDay(entry.on))"
                : entry.recordedAt.map { "\(entry.kind.rawValue) \(style.shortDay(entry.on)), recorded \(style.short($0))" } ?? entry.kind.rawValue
            out.item(lead, facts: ["\(one(entry.person))\(room)", how]
                        + [entry.note, entry.cameBack.map { "came back \(style.short($0))" + (entry.cameBackReason.map { ": \($0)" } ?? "") }].compactMap { $0 })
        }
    }

    /// Tasks and promises closed in the day or period, with how each ended (R8).
    private func closedSection(_ style: ReportStyle, _ out: inout TextLines) {
        out.heading("TASKS CLOSED (\(tasksClosed.count))")
        if tasksClosed.isEmpty { out.wrap("No task or promise was closed \(periodPhrase(style)).", indent: 2) }
        for task in tasksClosed {
            let what = task.isPromise ? "Promise" : "Task"
            out.item(isPeriod ? style.short(task.closedAt) : style.time(task.closedAt), facts: ["\(what) done: \(one(task.title))", "by \(one(task.closedBy))"])
            if let outcome = task.outcome { out.detail("Outcome: \(outcome)") }
            let late = task.hoursLate.map { " (\(ReportStyle.age(hours: $0)) late)" } ?? ""
            out.facts([task.owner.map { "Owner: \(one($0))" }, task.person.map { "Person: \(one($0))" }, task.partner.map { "Partner: \(one($0))" },
                       "was due \(style.short(task.due))\(late)"].compactMap { $0 })
        }
    }

    /// Escalations resolved in the day or period, with the outcome and any view not accepted (R10).
    private func resolvedSection(_ style: ReportStyle, _ out: inout TextLines) {
        out.heading("ESCALATIONS RESOLVED (\(escalationsResolved.count))")
        if escalationsResolved.isEmpty { out.wrap("No escalation was resolved \(periodPhrase(style)).", indent: 2) }
        for escalation in escalationsResolved {
            out.item(isPeriod ? style.short(escalation.resolvedAt) : style.time(escalation.resolvedAt),
                     facts: ["Resolved: \(escalation.kind.title)", "by \(one(escalation.resolvedBy))"])
            out.detail(escalation.summary)
            if let outcome = escalation.outcome { out.detail("Outcome: \(outcome)") }
            if let reason = escalation.reasonNotAccepted { out.detail("\(escalation.kind.viewAtIssue) not accepted, because: \(reason)") }
            out.facts([escalation.manager.map { "Manager: \(one($0))" }, escalation.person.map { "Person: \(one($0))" },
                       escalation.partner.map { "Partner: \(one($0))" }, "raised \(style.short(escalation.raisedAt))",
                       escalation.notes.isEmpty ? nil : "\(escalation.notes.count) note\(escalation.notes.count == 1 ? "" : "s") on the way"].compactMap { $0 })
        }
    }

    /// Open tasks and promises due in the next 24 hours (R8).
    private func dueSection(_ style: ReportStyle, _ out: inout TextLines) {
        out.heading("DUE IN THE NEXT 24 HOURS (\(dueSoon.count))")
        if dueSoon.isEmpty { out.wrap("No task or promise falls due in the next 24 hours.", indent: 2) }
        for task in dueSoon {
            let what = task.isPromise ? "Promise" : "Task"
            out.item(style.time(task.due), facts: ["\(what): \(one(task.title))", "due \(style.short(task.due))"])
            let who = [task.owner.map { "Owner: \(one($0))" }, task.person.map { "Person: \(one($0))" }, task.partner.map { "Partner: \(one($0))" }]
                .compactMap { $0 }
            if !who.isEmpty { out.facts(who) }
            if let delay = task.delayWords(style) { out.detail(delay) }
        }
    }

    /// People whose information cannot be shared, or whose basis is due for review (R3).
    private func basisSection(_ out: inout TextLines) {
        out.heading("SHARING BASIS NEEDS ATTENTION (\(basisAttention.count))")
        if basisAttention.isEmpty { out.wrap("Every sharing basis is recorded and in date.", indent: 2) }
        for entry in basisAttention {
            out.item("", facts: [one(entry.person), entry.roomBesideName.map(one), entry.need].compactMap { $0 })
        }
    }

    /// What was corrected, by whom and what it said before (R11).
    private func correctionSection(_ style: ReportStyle, _ out: inout TextLines) {
        out.heading("CORRECTIONS (\(corrections.count))")
        if corrections.isEmpty { out.wrap("Nothing was corrected \(periodPhrase(style)).", indent: 2) }
        for entry in corrections {
            out.item(isPeriod ? style.short(entry.at) : style.time(entry.at), facts: ["Corrected \(one(entry.about))", "by \(one(entry.by))"])
            out.detail("Why: \(entry.reason)")
            for was in entry.was { out.detail("Before: \(was)") }
        }
    }

    /// Advice still waiting for its written confirmation (R6), oldest first.
    private func chaseSection(_ style: ReportStyle, _ out: inout TextLines) {
        out.heading("WRITTEN CONFIRMATION TO CHASE (\(chaseList.count), oldest first)")
        if chaseList.isEmpty { out.wrap("Nothing to chase.", indent: 2) }
        let rows = summaryRows(chaseList, contact: \.contactID)
        for (index, entry) in (rows.oldest + rows.thisReport).enumerated() {
            if index == rows.oldest.count { Self.restOf(rows.left, before: !rows.thisReport.isEmpty, &out) }
            let how = entry.method.map { " (\(one($0)))" } ?? ""
            let from = entry.requestedFrom.map { " from \(one($0))" } ?? ""
            out.item(ReportStyle.age(hours: entry.waitingHours),
                     facts: [one(entry.person), "\(one(entry.partner)), \(entry.role.title)", "asked \(style.short(entry.requestedAt))\(how)\(from)",
                             Self.chaseCount(entry.chases)])
            if let chase = entry.lastChase {
                out.detail("Last chased \(style.short(chase.at)) by \(one(chase.by)): \(chase.note)")
            }
            if let advice = entry.advice { out.detail("Advice: “\(advice)”") }
            out.facts(["Contact \(Self.shortID(entry.contactID))"])
        }
        if rows.thisReport.isEmpty { Self.restOf(rows.left, before: false, &out) }
        undecidedSection(style, &out)
    }

    /// Advice nobody has decided about yet: ask in writing, or say why not (R6).
    private func undecidedSection(_ style: ReportStyle, _ out: inout TextLines) {
        out.heading("DECIDE: ASK IN WRITING (\(undecided.count), oldest first)")
        if undecided.isEmpty { out.wrap("Every piece of advice has a decision about written confirmation.", indent: 2) }
        let rows = summaryRows(undecided, contact: \.contactID)
        for (index, entry) in (rows.oldest + rows.thisReport).enumerated() {
            if index == rows.oldest.count { Self.restOf(rows.left, before: !rows.thisReport.isEmpty, &out) }
            out.item(ReportStyle.age(hours: entry.waitingHours),
                     facts: [one(entry.person), "\(one(entry.partner)), \(entry.role.title)", "advice \(style.short(entry.happenedAt))",
                             "recorded by \(one(entry.recordedBy))"])
            if let advice = entry.advice { out.detail("Advice: “\(advice)”") }
            out.facts(["Contact \(Self.shortID(entry.contactID))"])
        }
        if rows.thisReport.isEmpty { Self.restOf(rows.left, before: false, &out) }
    }

    /// Where the rest of a long list is, so the handover stays short without hiding anything;
    /// `before` the rows from this report's own contacts, which follow it.
    private static func restOf(_ left: Int, before: Bool, _ out: inout TextLines) {
        guard left > 0 else { return }
        let then = before ? "; then those from this report's own contacts:" : "."
        out.wrap(
            "… and \(left) more, all listed oldest first under o on the dashboard, "
                + "and in full in `liaison report --format csv` or `--format json`\(then)", indent: 2)
    }

    /// "not chased yet", "chased once", "chased 3 times".
    static func chaseCount(_ count: Int) -> String {
        switch count {
        case 0: "not chased yet"
        case 1: "chased once"
        default: "chased \(count) times"
        }
    }

    /// The first block of an id: enough for `liaison confirm`, short enough to read out.
    static func shortID(_ id: String) -> String { String(id.prefix(8)) }

    /// Tasks and promises past their due time (R8).
    private func taskSection(_ style: ReportStyle, _ out: inout TextLines) {
        out.heading("OVERDUE TASKS (\(overdueTasks.count))")
        if overdueTasks.isEmpty { out.wrap("No task is overdue.", indent: 2) }
        for task in overdueTasks {
            let what = task.isPromise ? "Promise" : "Task"
            out.item(ReportStyle.age(hours: task.hoursOverdue), facts: ["\(what): \(one(task.title))", "due \(style.short(task.due))"])
            let who = [task.owner.map { "Owner: \(one($0))" }, task.person.map { "Person: \(one($0))" }, task.partner.map { "Partner: \(one($0))" }]
                .compactMap { $0 }
            if !who.isEmpty { out.facts(who) }
            if let delay = task.delayWords(style) { out.detail(delay) }
        }
    }

    /// Escalations not yet resolved (R10), by age, with what is due next.
    private func escalationSection(_ style: ReportStyle, _ out: inout TextLines) {
        out.heading("OPEN ESCALATIONS (\(openEscalations.count), most urgent first)")
        if openEscalations.isEmpty { out.wrap("No escalation is open.", indent: 2) }
        for escalation in openEscalations {
            let age = ReportStyle.age(hours: Self.hours(from: escalation.raisedAt, to: asAt))
            out.item(age, facts: [escalation.urgency == .urgent ? "URGENT" : nil, escalation.kind.title, "stage \(escalation.stage.rawValue)"].compactMap { $0 })
            if escalation.awaitsManager { out.detail("A manager must acknowledge this and speak with the partner.") }
            out.detail(escalation.summary)
            let due = escalation.nextDue.map {
                "\(escalation.stage == .raised ? "Acknowledge" : "Resolve") by \(style.short($0))" + (escalation.overdue ? " (OVERDUE)" : "")
            }
            out.facts(["Opened \(style.short(escalation.raisedAt))", due].compactMap { $0 })
            // A complaint to a partner's organisation: what finds it in their process.
            let complaint = [escalation.theirReference.map { "Their reference: \(one($0))" },
                             escalation.sentOn.map { "sent \(style.shortDay($0))" }].compactMap { $0 }
            if !complaint.isEmpty { out.facts(complaint) }
            out.facts([escalation.manager.map { "Manager: \(one($0))" } ?? "No manager named",
                       escalation.person.map { "Person: \(one($0))" }, escalation.partner.map { "Partner: \(one($0))" }].compactMap { $0 })
        }
    }

    /// The manager's register of shares under an exception (R3), with each acknowledgement.
    private func exceptionSection(_ style: ReportStyle, _ out: inout TextLines) {
        let acknowledged = sharingExceptions.filter { $0.acknowledged != nil }.count
        out.heading("SHARING EXCEPTIONS REGISTER (\(sharingExceptions.count), \(acknowledged) acknowledged)")
        if sharingExceptions.isEmpty { out.wrap("No information was shared under an exception \(periodPhrase(style)).", indent: 2) }
        for entry in sharingExceptions {
            out.item(isPeriod ? style.short(entry.happenedAt) : style.time(entry.happenedAt, onDay: day),
                     facts: [one(entry.person), "\(one(entry.partner)), \(entry.role.title)"])
            out.detail("Shared under the \(entry.exception.kind.rawValue) exception; basis on record: \(entry.basis.rawValue)")
            out.detail("Why: \(entry.exception.reason)")
            if let by = entry.exception.decidedBy.map(one) {
                out.detail("\(entry.exception.kind == .safeguarding ? "Authorised" : "Decided") by \(by)")
            }
            if let capacity = entry.exception.capacity {
                out.detail("Lacks capacity to decide on \(capacity.decision): assessed by \(capacity.assessedBy) on \(style.day(capacity.assessedOn))")
                out.detail("Consulted: \(capacity.consulted)")
            }
            out.facts(["Contact: \(entry.summary)", "Recorded by \(one(entry.recordedBy))"])
            out.facts([entry.acknowledged.map { "Acknowledged by \(one($0.by)) at \(style.short($0.at))" } ?? "NOT YET ACKNOWLEDGED by a manager"])
        }
    }

    func reviewSentence(_ style: ReportStyle) -> String {
        if isPeriod { return "" }
        guard let review else { return "The day has not been reviewed." }
        // A contact entered or corrected after the review was not in front of the reviewer as
        // it reads now: the review does not cover it, and the sentence must not read as if it did.
        let waiting = contacts.filter { !$0.reviewed }
        let entered = waiting.filter { $0.enteredAt > review.at }.count
        let corrected = waiting.filter { $0.enteredAt <= review.at && $0.correctedAfterReview != nil }.count
        let how = corrected == 0 ? "entered" : entered == 0 ? "corrected" : "entered or corrected"
        let since = entered + corrected
        let after = since == 0 ? "" : since == 1 ? "; 1 contact \(how) since is not reviewed" : "; \(since) contacts \(how) since are not reviewed"
        return "Day reviewed by \(one(review.by)) at \(style.short(review.at))\(after)."
    }

    /// One contact: when, who with, what was said and decided, and who recorded and reviewed it.
    /// One entered for an earlier day (`forEarlierDay`) gives its day and always says when it was
    /// entered, however soon after: 23:50's call typed at 00:10 is still another day's.
    private func contactBlock(_ contact: ContactEntry, _ style: ReportStyle, _ out: inout TextLines, forEarlierDay: Bool = false) {
        let organisation = contact.organisation.map { " (\(one($0)))" } ?? ""
        out.item(isPeriod || forEarlierDay ? style.short(contact.happenedAt) : style.time(contact.happenedAt), facts: [
            one(contact.person), "\(one(contact.partner)), \(contact.role.title)\(organisation)",
            "\(contact.channel.rawValue), \(contact.direction.rawValue)",
        ])
        out.detail(contact.summary)
        if let advice = contact.advice { out.detail("Advice: “\(advice)”") }
        if let confirmation = contact.confirmation {
            out.detail("Confirmation: " + Self.describe(confirmation, style))
        } else if contact.advice != nil {
            out.detail("Confirmation: decide: ask in writing (no decision recorded)")
        }
        if let amendment = contact.carePlanAmendment {
            out.detail("Care plan changed: \(amendment.change). Why: \(amendment.reason)")
        }
        if let exception = contact.sharingException {
            out.detail("Shared under the \(exception.kind.rawValue) exception: \(exception.reason)")
        } else if contact.sharedByUs {
            out.detail("We shared information, on the person's recorded basis.")
        }
        if let nature = contact.nature { out.detail("Partnership: \(nature.summary)") }
        // A corrected record says so, with what it said before (R11), not only the new words.
        for correction in corrections where correction.recordID == contact.id {
            out.detail("Corrected \(style.short(correction.at)) by \(one(correction.by)): " + (correction.was.isEmpty ? correction.reason : correction.was.joined(separator: "; ")))
        }
        let late = Self.lateEntry(contact, style, always: forEarlierDay)
        out.facts(["Recorded by \(one(contact.recordedBy))", late, reviewedFact(contact, forEarlierDay: forEarlierDay)].compactMap { $0 })
    }

    /// "reviewed", when the day's review at the top covers it; "reviewed by Mona Manager" when
    /// someone else reviewed it on its own (entered after the day's review, or in a period or
    /// another day's list, where no review is at the top): the day's reviewer did not see it.
    func reviewedFact(_ contact: ContactEntry, forEarlierDay: Bool) -> String {
        guard contact.reviewed else { return contact.correctedAfterReview == nil ? "not reviewed" : "not reviewed since corrected" }
        return reviewerToName(contact, forEarlierDay: forEarlierDay).map { "reviewed by \(one($0))" } ?? "reviewed"
    }

    /// Who reviewed a reviewed contact, when the review at the top does not already say it.
    func reviewerToName(_ contact: ContactEntry, forEarlierDay: Bool) -> String? {
        guard let by = contact.reviewedBy, isPeriod || forEarlierDay || by != review?.by else { return nil }
        return by
    }

    /// "entered 20 h later, 26 Nov 11:00" for a contact entered well after it happened (R5),
    /// shared by the text and Markdown formats; nil for one recorded at the time, unless
    /// `always`, when it is "entered 26 Nov 00:10".
    static func lateEntry(_ contact: ContactEntry, _ style: ReportStyle, always: Bool = false) -> String? {
        contact.hoursEnteredLate.map { "entered \(ReportStyle.age(hours: $0)) later, \(style.short(contact.enteredAt))" }
            ?? (always ? "entered \(style.short(contact.enteredAt))" : nil)
    }

    /// The confirmation's state in a few words (R6), shared by the text and Markdown formats.
    static func describe(_ confirmation: Confirmation, _ style: ReportStyle) -> String {
        switch confirmation.state {
        case .requested:
            let when = confirmation.requestedAt.map { " \(style.short($0))" } ?? ""
            return "requested\(when)\(confirmation.method.map { " (\(one($0)))" } ?? ""), not yet received, " + chaseCount(confirmation.chases.count)
        case .received:
            let when = confirmation.receivedAt.map { " \(style.short($0))" } ?? ""
            let medium = confirmation.receivedAs.map { " by \($0.rawValue)" } ?? ""
            return "received\(when)\(medium)\(confirmation.reference.map { ", reference \(one($0))" } ?? "")"
        case .notNeeded:
            return "not needed" + (confirmation.reason.map { ": \($0)" } ?? "")
        case .notPossible:
            return "not possible" + (confirmation.reason.map { ": \($0)" } ?? "")
        }
    }
}

/// A one-line field as the human-readable formats write it: a line break or control in it is
/// shown, never obeyed, so no stored name can start a line of its own in a report.
func one(_ text: String) -> String { InertText.visible(text) }

/// The text format's lines: headings, items with a fixed-width lead, and indented detail.
struct TextLines {
    let width: Int
    private(set) var lines: [String] = []
    /// Where an item's text starts, so its detail lines up beneath it.
    private let detailIndent = 9

    init(width: Int) { self.width = max(width, 40) }

    var text: String { lines.joined(separator: "\n") + "\n" }

    mutating func line(_ text: String) { lines.append(text) }
    mutating func blank() { lines.append("") }

    mutating func heading(_ title: String) {
        if lines.last != "" { blank() }
        lines.append(title)
        lines.append(String(repeating: "-", count: min(title.displayWidth, width)))
    }

    mutating func wrap(_ text: String, indent: Int = 0) {
        lines += TextWrap.wrap(text, width: width, lead: String(repeating: " ", count: indent), indent: indent)
    }

    /// "  09:05  Edith Brown · …": the lead in its own column, the rest wrapped beside it.
    mutating func item(_ lead: String, facts: [String]) {
        let first = "  " + lead.padding(toLength: max(lead.count, detailIndent - 4), withPad: " ", startingAt: 0) + "  "
        lines += TextWrap.wrapFacts(facts, width: width, lead: first, indent: max(detailIndent, first.displayWidth))
    }

    mutating func detail(_ text: String) {
        lines += TextWrap.wrap(text, width: width, lead: String(repeating: " ", count: detailIndent), indent: detailIndent)
    }

    /// Short facts on one line joined by " · ", broken between facts when they do not fit.
    mutating func facts(_ facts: [String]) {
        lines += TextWrap.wrapFacts(facts, width: width, lead: String(repeating: " ", count: detailIndent), indent: detailIndent)
    }
}
