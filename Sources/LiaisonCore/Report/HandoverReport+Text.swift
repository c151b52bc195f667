import Foundation

extension HandoverReport {
    /// Plain text for a terminal or a printout: each section headed in capitals, each record a
    /// first line that says who and when, then indented detail, wrapped to `width` columns.
    public func text(width: Int = 80) -> String {
        let style = ReportStyle(self)
        var out = TextLines(width: width)
        out.line("HANDOVER FOR \(style.longDay(day).uppercased())")
        out.wrap("As at \(style.short(asAt)) (\(timeZone)). " + reviewSentence(style))
        out.blank()

        let reviewedCount = contacts.filter(\.reviewed).count
        out.heading("CONTACTS (\(contacts.count), \(reviewedCount) reviewed)")
        if contacts.isEmpty { out.wrap("No contacts recorded on \(style.longDay(day)).", indent: 2) }
        for contact in contacts { contactBlock(contact, style, &out) }

        chaseSection(style, &out)
        taskSection(style, &out)
        escalationSection(style, &out)
        exceptionSection(style, &out)
        return out.text
    }

    /// Advice still waiting for its written confirmation (R6), oldest first.
    private func chaseSection(_ style: ReportStyle, _ out: inout TextLines) {
        out.heading("WRITTEN CONFIRMATION TO CHASE (\(chaseList.count), oldest first)")
        if chaseList.isEmpty { out.wrap("Nothing to chase.", indent: 2) }
        for entry in chaseList {
            let how = entry.method.map { " (\($0))" } ?? ""
            let from = entry.requestedFrom.map { " from \($0)" } ?? ""
            out.item(ReportStyle.age(hours: entry.waitingHours),
                     facts: [entry.person, "\(entry.partner), \(entry.role.title)", "asked \(style.short(entry.requestedAt))\(how)\(from)",
                             Self.chaseCount(entry.chases)])
            if let chase = entry.lastChase {
                out.detail("Last chased \(style.short(chase.at)) by \(chase.by): \(chase.note)")
            }
            if let advice = entry.advice { out.detail("Advice: “\(advice)”") }
            out.facts(["Contact \(Self.shortID(entry.contactID))"])
        }
        undecidedSection(style, &out)
    }

    /// Advice nobody has decided about yet: ask in writing, or say why not (R6).
    private func undecidedSection(_ style: ReportStyle, _ out: inout TextLines) {
        out.heading("DECIDE: ASK IN WRITING (\(undecided.count), oldest first)")
        if undecided.isEmpty { out.wrap("Every piece of advice has a decision about written confirmation.", indent: 2) }
        for entry in undecided {
            out.item(ReportStyle.age(hours: entry.waitingHours),
                     facts: [entry.person, "\(entry.partner), \(entry.role.title)", "advice \(style.short(entry.happenedAt))",
                             "recorded by \(entry.recordedBy)"])
            if let advice = entry.advice { out.detail("Advice: “\(advice)”") }
            out.facts(["Contact \(Self.shortID(entry.contactID))"])
        }
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
            out.item(ReportStyle.age(hours: task.hoursOverdue), facts: ["\(what): \(task.title)", "due \(style.short(task.due))"])
            let who = [task.owner.map { "Owner: \($0)" }, task.person.map { "Person: \($0)" }, task.partner.map { "Partner: \($0)" }]
                .compactMap { $0 }
            if !who.isEmpty { out.facts(who) }
            if task.partnerInformed { out.detail("Partner told of the delay.") }
        }
    }

    /// Escalations not yet resolved (R10), by age, with what is due next.
    private func escalationSection(_ style: ReportStyle, _ out: inout TextLines) {
        out.heading("OPEN ESCALATIONS (\(openEscalations.count), oldest first)")
        if openEscalations.isEmpty { out.wrap("No escalation is open.", indent: 2) }
        for escalation in openEscalations {
            let age = ReportStyle.age(hours: Self.hours(from: escalation.raisedAt, to: asAt))
            out.item(age, facts: [escalation.kind.title, "stage \(escalation.stage.rawValue)"])
            out.detail(escalation.summary)
            let due = escalation.nextDue.map {
                "\(escalation.stage == .raised ? "Acknowledge" : "Resolve") by \(style.short($0))" + (escalation.overdue ? " (OVERDUE)" : "")
            }
            out.facts(["Opened \(style.short(escalation.raisedAt))", due].compactMap { $0 })
            out.facts([escalation.manager.map { "Manager: \($0)" } ?? "No manager named",
                       escalation.person.map { "Person: \($0)" }, escalation.partner.map { "Partner: \($0)" }].compactMap { $0 })
        }
    }

    /// The day's shares without a valid basis (R3), for the manager.
    private func exceptionSection(_ style: ReportStyle, _ out: inout TextLines) {
        out.heading("SHARING EXCEPTIONS FOR THE MANAGER (\(sharingExceptions.count))")
        if sharingExceptions.isEmpty { out.wrap("No information was shared under an exception on this day.", indent: 2) }
        for entry in sharingExceptions {
            out.item(style.time(entry.happenedAt), facts: [entry.person, "\(entry.partner), \(entry.role.title)"])
            out.detail("Shared under the \(entry.exception.kind.rawValue) exception; basis on record: \(entry.basis.rawValue)")
            out.detail("Why: \(entry.exception.reason)")
            out.facts(["Contact: \(entry.summary)", "Recorded by \(entry.recordedBy)"])
        }
    }

    func reviewSentence(_ style: ReportStyle) -> String {
        guard let review else { return "The day has not been reviewed." }
        return "Day reviewed by \(review.by) at \(style.short(review.at))."
    }

    private func contactBlock(_ contact: ContactEntry, _ style: ReportStyle, _ out: inout TextLines) {
        let organisation = contact.organisation.map { " (\($0))" } ?? ""
        out.item(style.time(contact.happenedAt), facts: [
            contact.person, "\(contact.partner), \(contact.role.title)\(organisation)",
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
        out.facts(["Recorded by \(contact.recordedBy)", contact.reviewed ? "reviewed" : "not reviewed"])
    }

    /// The confirmation's state in a few words (R6), shared by the text and Markdown formats.
    static func describe(_ confirmation: Confirmation, _ style: ReportStyle) -> String {
        switch confirmation.state {
        case .requested:
            let when = confirmation.requestedAt.map { " \(style.short($0))" } ?? ""
            return "requested\(when)\(confirmation.method.map { " (\($0))" } ?? ""), not yet received, " + chaseCount(confirmation.chases.count)
        case .received:
            let when = confirmation.receivedAt.map { " \(style.short($0))" } ?? ""
            let medium = confirmation.receivedAs.map { " by \($0.rawValue)" } ?? ""
            return "received\(when)\(medium)\(confirmation.reference.map { ", reference \($0)" } ?? "")"
        case .notNeeded:
            return "not needed" + (confirmation.reason.map { ": \($0)" } ?? "")
        case .notPossible:
            return "not possible" + (confirmation.reason.map { ": \($0)" } ?? "")
        }
    }
}

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
        lines.append(String(repeating: "-", count: min(TextWrap.columns(title), width)))
    }

    mutating func wrap(_ text: String, indent: Int = 0) {
        lines += TextWrap.wrap(text, width: width, lead: String(repeating: " ", count: indent), indent: indent)
    }

    /// "  09:05  Edith Brown · …": the lead in its own column, the rest wrapped beside it.
    mutating func item(_ lead: String, facts: [String]) {
        let first = "  " + lead.padding(toLength: max(lead.count, detailIndent - 4), withPad: " ", startingAt: 0) + "  "
        lines += TextWrap.wrapFacts(facts, width: width, lead: first, indent: max(detailIndent, TextWrap.columns(first)))
    }

    mutating func detail(_ text: String) {
        lines += TextWrap.wrap(text, width: width, lead: String(repeating: " ", count: detailIndent), indent: detailIndent)
    }

    /// Short facts on one line joined by " · ", broken between facts when they do not fit.
    mutating func facts(_ facts: [String]) {
        lines += TextWrap.wrapFacts(facts, width: width, lead: String(repeating: " ", count: detailIndent), indent: detailIndent)
    }
}
