import Foundation

extension HandoverReport {
    /// Markdown for a wiki or an email: a heading per section and a table per list. A line
    /// break in a one-line field (a name, a title) shows as `␤`, as in the text format; one in
    /// a multi-line field becomes `<br>` inside its cell.
    public func markdown() -> String {
        let style = ReportStyle(self)
        var out = ["# \(title(style))", "", MarkdownTable.escape("As at \(style.asAtText) (\(timeZone)), produced by \(one(producedBy)). " + reviewSentence(style))]
        if !isPeriod { out += ["", MarkdownTable.escape(acknowledgementSentence(style))] }
        let when: (Date) -> String = { isPeriod ? style.short($0) : style.time($0) }

        let contactColumns = ["Time", "Person", "Partner", "Channel", "Summary", "Advice", "Confirmation", "Care plan change", "Shared", "Nature", "Recorded by", "Reviewed"]
        // A contact's row; one entered for an earlier day gives its day, and always when it was entered.
        let contactRow = { (c: ContactEntry, forEarlierDay: Bool) -> [String] in [
            forEarlierDay ? style.short(c.happenedAt) : when(c.happenedAt), one(c.person), "\(one(c.partner)) (\(c.role.title))",
            "\(c.channel.rawValue), \(c.direction.rawValue)",
            c.summary, c.advice ?? "", c.confirmation.map { Self.describe($0, style) } ?? (c.advice == nil ? "" : "decide: ask in writing"),
            c.carePlanAmendment.map { "\($0.change). Why: \($0.reason)" } ?? "",
            c.sharingException.map { "yes, \($0.kind.rawValue) exception" } ?? (c.sharedByUs ? "yes" : "no"),
            c.nature?.summary ?? "", one(c.recordedBy) + (Self.lateEntry(c, style, always: forEarlierDay).map { " (\($0))" } ?? ""),
            c.reviewed ? reviewerToName(c, forEarlierDay: forEarlierDay).map { "yes, by \(one($0))" } ?? "yes"
                : c.correctedAfterReview == nil ? "no" : "no, corrected since",
        ] }
        out += MarkdownTable(
            title: "Contacts (\(contacts.count), \(contacts.filter(\.reviewed).count) reviewed\(narrowedTo))",
            empty: "No contacts recorded \(periodPhrase(style)).",
            columns: contactColumns, rows: contacts.map { contactRow($0, false) }).lines

        out += MarkdownTable(
            title: "Entered for earlier days (\(lateEntries.count), \(lateEntries.filter(\.reviewed).count) reviewed\(narrowedTo))",
            empty: "Nothing was entered \(periodPhrase(style)) for an earlier day.",
            columns: ["Happened"] + contactColumns.dropFirst(), rows: lateEntries.map { contactRow($0, true) }).lines

        out += MarkdownTable(
            title: "Left the service or came back (\(whoLeft.count))",
            empty: "No one left the service or came back to it \(periodPhrase(style)).",
            columns: ["Left", "Person", "Room", "How", "Note", "Came back"],
            rows: whoLeft.map { l in [
                style.shortDay(l.on) + (l.recordedAt.map { " (recorded \(style.short($0)))" } ?? ""), one(l.person), one(l.roomBesideName ?? ""), l.kind.rawValue, l.note ?? "", l.cameBack.map { style.short($0) + (l.cameBackReason.map { ": \(one($0))" } ?? "") } ?? "",
            ] }).lines

        out += MarkdownTable(
            title: "Tasks closed (\(tasksClosed.count))", empty: "No task or promise was closed \(periodPhrase(style)).",
            columns: ["Closed", "Task", "By", "Outcome", "Owner", "Person", "Partner", "Was due"],
            rows: tasksClosed.map { t in [
                when(t.closedAt), (t.isPromise ? "Promise: " : "") + one(t.title), one(t.closedBy), t.outcome ?? "", one(t.owner ?? ""),
                one(t.person ?? ""), one(t.partner ?? ""), style.short(t.due) + (t.hoursLate.map { " (\(ReportStyle.age(hours: $0)) late)" } ?? ""),
            ] }).lines

        out += MarkdownTable(
            title: "Escalations resolved (\(escalationsResolved.count))", empty: "No escalation was resolved \(periodPhrase(style)).",
            columns: ["Resolved", "Kind", "Summary", "By", "Outcome", "View not accepted, because", "Manager", "Person", "Partner", "Raised"],
            rows: escalationsResolved.map { e in [
                when(e.resolvedAt), e.kind.title, e.summary, one(e.resolvedBy), e.outcome ?? "",
                e.reasonNotAccepted.map { "\(e.kind.viewAtIssue): \($0)" } ?? "", one(e.manager ?? ""),
                one(e.person ?? ""), one(e.partner ?? ""), style.short(e.raisedAt),
            ] }).lines

        out += MarkdownTable(
            title: "Due in the next 24 hours (\(dueSoon.count))", empty: "No task or promise falls due in the next 24 hours.",
            columns: ["Due", "Task", "Owner", "Person", "Partner", "Put back"],
            rows: dueSoon.map { t in [
                style.short(t.due), (t.isPromise ? "Promise: " : "") + one(t.title), one(t.owner ?? ""), one(t.person ?? ""), one(t.partner ?? ""),
                t.delayWords(style) ?? "",
            ] }).lines

        out += MarkdownTable(
            title: "Sharing basis needs attention (\(basisAttention.count))", empty: "Every sharing basis is recorded and in date.",
            columns: ["Person", "Where", "Basis", "Needs"],
            rows: basisAttention.map { [one($0.person), one($0.roomBesideName ?? ""), $0.basis.rawValue, $0.need] }).lines

        out += MarkdownTable(
            title: "Written confirmation to chase (\(chaseList.count), oldest first)", empty: "Nothing to chase.",
            columns: ["Waiting", "Person", "Partner", "Asked", "How", "Chased", "Last chase", "Advice", "Contact"],
            rows: chaseList.map { e in [
                ReportStyle.age(hours: e.waitingHours), one(e.person), "\(one(e.partner)) (\(e.role.title))",
                style.short(e.requestedAt), one(e.method ?? ""), String(e.chases),
                e.lastChase.map { "\(style.short($0.at)) \(one($0.by)): \($0.note)" } ?? "", e.advice ?? "", Self.shortID(e.contactID),
            ] }).lines

        out += MarkdownTable(
            title: "Decide: ask in writing (\(undecided.count), oldest first)",
            empty: "Every piece of advice has a decision about written confirmation.",
            columns: ["Waiting", "Person", "Partner", "Advice given", "Recorded by", "Advice", "Contact"],
            rows: undecided.map { e in [
                ReportStyle.age(hours: e.waitingHours), one(e.person), "\(one(e.partner)) (\(e.role.title))",
                style.short(e.happenedAt), one(e.recordedBy), e.advice ?? "", Self.shortID(e.contactID),
            ] }).lines

        out += MarkdownTable(
            title: "Overdue tasks (\(overdueTasks.count))", empty: "No task is overdue.",
            columns: ["Overdue by", "Task", "Due", "Owner", "Person", "Partner", "Put back"],
            rows: overdueTasks.map { t in [
                ReportStyle.age(hours: t.hoursOverdue), (t.isPromise ? "Promise: " : "") + one(t.title), style.short(t.due),
                one(t.owner ?? ""), one(t.person ?? ""), one(t.partner ?? ""), t.delayWords(style) ?? "",
            ] }).lines

        out += MarkdownTable(
            title: "Open escalations (\(openEscalations.count), most urgent first)", empty: "No escalation is open.",
            columns: ["Age", "Kind", "Stage", "Manager", "Next due", "Summary", "Person", "Partner"],
            rows: openEscalations.map { e in [
                ReportStyle.age(hours: Self.hours(from: e.raisedAt, to: asAt)), (e.urgency == .urgent ? "URGENT: " : "") + e.kind.title, e.stage.rawValue, one(e.manager ?? ""),
                e.nextDue.map { style.short($0) + (e.overdue ? " (overdue)" : "") } ?? "",
                e.summary + [e.theirReference.map { "their reference \(one($0))" }, e.sentOn.map { "sent \(style.shortDay($0))" }]
                    .compactMap { $0 }.map { " · " + $0 }.joined(),
                one(e.person ?? ""), one(e.partner ?? ""),
            ] }).lines

        out += MarkdownTable(
            title: "Corrections (\(corrections.count))", empty: "Nothing was corrected \(periodPhrase(style)).",
            columns: ["When", "Corrected", "By", "Why", "Before"],
            rows: corrections.map { c in [when(c.at), one(c.about), one(c.by), c.reason, c.was.joined(separator: "; ")] }).lines

        let acknowledged = sharingExceptions.filter { $0.acknowledged != nil }.count
        out += MarkdownTable(
            title: "Sharing exceptions for the manager (\(sharingExceptions.count), \(acknowledged) acknowledged)",
            empty: "No information was shared under an exception \(periodPhrase(style)).",
            columns: ["Time", "Person", "Basis on record", "Partner", "Exception", "Why", "Decided by", "Capacity", "Contact", "Recorded by", "Acknowledged"],
            rows: sharingExceptions.map { e in [
                isPeriod ? style.short(e.happenedAt) : style.time(e.happenedAt, onDay: day), one(e.person), e.basis.rawValue, "\(one(e.partner)) (\(e.role.title))",
                e.exception.kind.rawValue, e.exception.reason, one(e.exception.decidedBy ?? ""),
                e.exception.capacity.map { "lacks capacity to decide on \($0.decision); assessed by \($0.assessedBy) on \(style.day($0.assessedOn)); consulted \($0.consulted)" } ?? "",
                e.summary, one(e.recordedBy), e.acknowledged.map { "\(one($0.by)), \(style.short($0.at))" } ?? "not yet",
            ] }).lines
        return out.joined(separator: "\n") + "\n"
    }
}

/// One section of the Markdown format: a level-two heading and a table, or a sentence when empty.
struct MarkdownTable {
    let title: String
    let empty: String
    let columns: [String]
    let rows: [[String]]

    var lines: [String] {
        var lines = ["", "## \(Self.escape(title))", ""]
        guard !rows.isEmpty else { return lines + [Self.escape(empty)] }
        lines.append(Self.row(columns))
        lines.append(Self.row(columns.map { _ in "---" }))
        lines += rows.map(Self.row)
        return lines
    }

    private static func row(_ cells: [String]) -> String {
        "| " + cells.map(escape).joined(separator: " | ") + " |"
    }

    /// Text made safe inside a table cell: a `|` would end the cell and a line break the row, a
    /// stray `<` could be read as HTML, and `[`, `]` or a backtick could make a stored name into a
    /// link, an image fetched from someone's server, or code; `*`, `_` and `~` would turn words
    /// bold, italic or struck out. Backslashes are doubled first so none escapes the next;
    /// controls and invisible formatting are shown visibly.
    static func escape(_ text: String) -> String {
        // Scalar by scalar: a `|` followed by a combining mark is one Character that is not `|`.
        let escaped = text.replacingOccurrences(of: "\r\n", with: "\n").replacingScalars { scalar in
            switch scalar {
            case "\\": "\\\\"
            case "|": "\\|"
            case "<": "&lt;"
            case "[": "\\["
            case "]": "\\]"
            case "`": "\\`"
            // Emphasis and strikethrough: "~~5 mg~~" in advice must not show the dose struck out.
            case "*": "\\*"
            case "_": "\\_"
            case "~": "\\~"
            // "&lt;" typed in a note stays those four characters, not a "<".
            case "&": "&amp;"
            case "\n", "\r": "<br>"
            default: nil
            }
        }
        return InertText.visible(escaped)
    }
}
