import Foundation
import DisplayWidth

/// How the human-readable formats write dates, ages and wrapped text. Fixed locale and the
/// report's own time zone, so the same report reads the same on every machine.
struct ReportStyle {
    let timeZone: TimeZone
    /// Gregorian in the report's zone, for which year a moment falls in.
    private let calendar: Calendar
    /// The moment the report is as at, which says whether a date needs its year.
    let asAt: Date
    /// The year of the (first) day the report is for.
    private let reportYear: Int?

    init(_ report: HandoverReport) {
        timeZone = TimeZone(identifier: report.timeZone) ?? TimeZone(identifier: "UTC")!
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.calendar = calendar
        asAt = report.asAt
        reportYear = Int(report.day.prefix(4))
    }

    /// "As at 25 Nov 10:00", or with its year when the report is for a day of another year
    /// ("HANDOVER FOR TUESDAY 24 NOVEMBER 2026", as at 24 Nov 2027): the moment would otherwise
    /// read as that day's.
    var asAtText: String {
        calendar.component(.year, from: asAt) == reportYear ? short(asAt) : format(asAt, "d MMM yyyy HH:mm")
    }

    private func format(_ date: Date, _ pattern: String) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = pattern
        return formatter.string(from: date)
    }

    /// "09:05"
    func time(_ date: Date) -> String { format(date, "HH:mm") }
    /// `time` for a moment on the report's `day` ("2026-11-25"), else `short`: what a one-day
    /// report lists from an earlier day (a share entered late) says which day.
    func time(_ date: Date, onDay day: String) -> String { format(date, "yyyy-MM-dd") == day ? time(date) : short(date) }
    /// "25 Nov 2026"
    func day(_ date: Date) -> String { format(date, "d MMM yyyy") }
    /// "25 Nov 09:05", or "25 Nov 2025 09:05" more than half a year from the report's moment
    /// (`NearDate`): a task overdue for a year must not read as due this week.
    func short(_ date: Date) -> String {
        format(date, NearDate.isNear(date, asAt, calendar: calendar) ? "d MMM HH:mm" : "d MMM yyyy HH:mm")
    }
    /// "25 Nov", or "25 Nov 2025" more than half a year from the report's moment, as `short`
    /// writes it without the time: for what is recorded by its day.
    func shortDay(_ date: Date) -> String {
        format(date, NearDate.isNear(date, asAt, calendar: calendar) ? "d MMM" : "d MMM yyyy")
    }
    /// "2026-11-25 09:05", which spreadsheets read as a date and time.
    func sortable(_ date: Date) -> String { format(date, "yyyy-MM-dd HH:mm") }
    /// "2026-11-25": `sortable` for what is recorded by its day.
    func sortableDay(_ date: Date) -> String { format(date, "yyyy-MM-dd") }

    /// "Wednesday 25 November 2026" for a `yyyy-MM-dd` day key.
    func longDay(_ key: String) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = key.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, let date = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2], hour: 12))
        else { return key }
        return format(date, "EEEE d MMMM yyyy")
    }

    /// "5 h" under a day, else "3 d": the chase list and overdue marks need no finer grain.
    static func age(hours: Int) -> String { hours < 24 ? "\(hours) h" : "\(hours / 24) d" }
}

/// Word wrapping by display width, so a report fits an 80-column terminal even with names
/// in scripts whose characters take two columns.
enum TextWrap {
    /// Wraps `text` to `width` columns: the first line starts with `lead`, later ones with
    /// `indent` spaces. A word longer than a line is split.
    ///
    /// Line breaks in the text are kept, and each line after one starts with `¦` two columns
    /// further in, as do the lines it wraps to: stored text (advice, a summary) can hold line
    /// breaks, and without the mark a line of it could read as a line of the report itself
    /// ("Recorded by … · reviewed", a section's heading) at exactly the report's own indent.
    static func wrap(_ text: String, width: Int, lead: String, indent: Int) -> [String] {
        var pad = String(repeating: " ", count: indent)
        var indent = indent
        var lines: [String] = []
        var line = lead
        var lineWidth = lead.displayWidth
        var lineHasWord = false
        for (n, paragraph) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if n == 1 {
                pad += "  "
                indent += 2
            }
            if n > 0 {
                lines.append(line)
                (line, lineWidth, lineHasWord) = (String(pad.dropLast(2)) + Self.storedBreak, indent, false)
            }
            for word in paragraph.split(separator: " ") {
                var word = String(word)
                let gap = lineHasWord ? 1 : 0
                if lineHasWord && lineWidth + gap + word.displayWidth > width {
                    lines.append(line)
                    (line, lineWidth, lineHasWord) = (pad, indent, false)
                }
                // A word wider than a whole line is cut where the line ends.
                while lineWidth + word.displayWidth > width, let cut = prefix(of: word, fitting: width - lineWidth), !cut.isEmpty {
                    lines.append(line + cut)
                    word.removeFirst(cut.count)
                    (line, lineWidth) = (pad, indent)
                }
                line += (lineHasWord ? " " : "") + word
                lineWidth += (lineHasWord ? 1 : 0) + word.displayWidth
                lineHasWord = true
            }
        }
        lines.append(line)
        return lines.map { $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
    }

    /// What starts a line that follows a line break in stored text.
    static let storedBreak = "¦ "

    /// Joins short facts with " · ", breaking lines only between facts so none is split over two
    /// lines; a fact too long for a line of its own is word-wrapped.
    /// A fact is one line: a line break stored in one (a leaving's note) is shown as ␤, never
    /// obeyed, so no stored text starts a line of the report's own.
    static func wrapFacts(_ facts: [String], width: Int, lead: String, indent: Int) -> [String] {
        let pad = String(repeating: " ", count: indent)
        var lines: [String] = []
        var line = lead, lineWidth = lead.displayWidth, empty = true
        for fact in facts.map(one) {
            let piece = (empty ? "" : " · ") + fact
            if lineWidth + piece.displayWidth <= width {
                line += piece
                lineWidth += piece.displayWidth
                empty = false
                continue
            }
            if !empty {
                lines.append(line)
                (line, lineWidth) = (pad, indent)
            }
            var wrapped = wrap(fact, width: width, lead: line, indent: indent)
            let last = wrapped.removeLast()
            lines += wrapped
            (line, lineWidth, empty) = (last, last.displayWidth, false)
        }
        lines.append(line)
        return lines
    }

    private static func prefix(of word: String, fitting width: Int) -> String? {
        var result = "", used = 0
        for character in word {
            let w = character.displayWidth
            if used + w > width { break }
            result.append(character)
            used += w
        }
        return result.isEmpty ? nil : result
    }
}
