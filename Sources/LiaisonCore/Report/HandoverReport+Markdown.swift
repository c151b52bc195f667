import Foundation

extension HandoverReport {
    /// Markdown for a wiki or an email: a heading per section and a table per list. A line
    /// break in a one-line field (a name, a title) shows as `␤`, as in the text format; one in
    /// a multi-line field becomes `<br>` inside its cell.
    public func markdown() -> String {
        let style = ReportStyle(self)
        var out = ["# Handover for \(style.longDay(day))", "", MarkdownTable.escape("As at \(style.short(asAt)) (\(timeZone)). " + reviewSentence(style))]

        let reviewedCount = contacts.filter(\.reviewed).count
        out += MarkdownTable(
            title: "Contacts (\(contacts.count), \(reviewedCount) reviewed)",
            empty: "No contacts recorded on \(style.longDay(day)).",
            columns: ["Time", "Person", "Partner", "Channel", "Summary", "Advice", "Confirmation", "Care plan change", "Shared", "Recorded by", "Reviewed"],
            rows: contacts.map { c in [
                style.time(c.happenedAt), one(c.person), "\(one(c.partner)) (\(c.role.title))", "\(c.channel.rawValue), \(c.direction.rawValue)",
                c.summary, c.advice ?? "", c.confirmation.map { Self.describe($0, style) } ?? "",
                c.carePlanAmendment.map { "\($0.change). Why: \($0.reason)" } ?? "",
                c.sharingException.map { "yes, \($0.kind.rawValue) exception" } ?? (c.sharedByUs ? "yes" : "no"),
                one(c.recordedBy), c.reviewed ? "yes" : "no",
            ] }).lines

        out += MarkdownTable(
            title: "Written confirmation to chase (\(chaseList.count), oldest first)", empty: "Nothing to chase.",
            columns: ["Waiting", "Person", "Partner", "Asked", "How", "Advice"],
            rows: chaseList.map { e in [
                ReportStyle.age(hours: e.waitingHours), one(e.person), "\(one(e.partner)) (\(e.role.title))",
                style.short(e.requestedAt), one(e.method ?? ""), e.advice ?? "",
            ] }).lines

        out += MarkdownTable(
            title: "Overdue tasks (\(overdueTasks.count))", empty: "No task is overdue.",
            columns: ["Overdue by", "Task", "Due", "Owner", "Person", "Partner", "Partner told of delay"],
            rows: overdueTasks.map { t in [
                ReportStyle.age(hours: t.hoursOverdue), (t.isPromise ? "Promise: " : "") + one(t.title), style.short(t.due),
                one(t.owner ?? ""), one(t.person ?? ""), one(t.partner ?? ""), t.partnerInformed ? "yes" : "no",
            ] }).lines

        out += MarkdownTable(
            title: "Open escalations (\(openEscalations.count), oldest first)", empty: "No escalation is open.",
            columns: ["Age", "Kind", "Stage", "Manager", "Next due", "Summary", "Person", "Partner"],
            rows: openEscalations.map { e in [
                ReportStyle.age(hours: Self.hours(from: e.raisedAt, to: asAt)), e.kind.title, e.stage.rawValue, one(e.manager ?? ""),
                e.nextDue.map { style.short($0) + (e.overdue ? " (overdue)" : "") } ?? "", e.summary, one(e.person ?? ""), one(e.partner ?? ""),
            ] }).lines

        out += MarkdownTable(
            title: "Sharing exceptions for the manager (\(sharingExceptions.count))",
            empty: "No information was shared under an exception on this day.",
            columns: ["Time", "Person", "Basis on record", "Partner", "Exception", "Why", "Contact", "Recorded by"],
            rows: sharingExceptions.map { e in [
                style.time(e.happenedAt), one(e.person), e.basis.rawValue, "\(one(e.partner)) (\(e.role.title))",
                e.exception.kind.rawValue, e.exception.reason, e.summary, one(e.recordedBy),
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
    /// link, an image fetched from someone's server, or code. Backslashes are doubled first so
    /// none escapes the next; controls and invisible formatting are shown visibly.
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
            case "\n", "\r": "<br>"
            default: nil
            }
        }
        return InertText.visible(escaped)
    }
}
