import Foundation
import LiaisonCore

/// How dates, times and care states read on the dashboard: short, British, and in the store's
/// calendar, so a test with a fixed calendar sees the same text on every machine.
final class CareFormat {
    let calendar: Calendar
    /// For a calendar other than the Gregorian, whose months are its own; made when first asked.
    private lazy var dayFormatter = Self.formatter(Self.dayPattern, calendar)
    private lazy var yearFormatter = Self.formatter("d MMM y", calendar)
    /// Each day's name as worked out, by local day number: a pane names the same few days again
    /// and again (two hundred tasks due on a dozen days).
    private var dayNames: [Int: String] = [:]

    static let dayPattern = "EEE d MMM"
    /// British English's short names, as `dayPattern` writes them in `en_GB` (`CareFormatTests`
    /// compares the two over every day of two years): opening the dashboard then makes no
    /// formatter, whose first use was a tenth of the first frame.
    static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    init(calendar: Calendar) {
        self.calendar = calendar
    }

    /// A British formatter in `calendar` and its zone; the wall writes its dates with these too.
    static func formatter(_ pattern: String, _ calendar: Calendar) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_GB")
        formatter.calendar = calendar
        formatter.timeZone = calendar.timeZone
        formatter.dateFormat = pattern
        return formatter
    }

    /// "Tue 24 Nov" when `date` is near `now` (see `isNear`), else "24 Nov 2027": a pane's
    /// column has room for one or the other, and far from today the year says more than the
    /// weekday. Without the year, a task due a year from today read as due today's weekday.
    func day(_ date: Date, now: Date) -> String {
        isNear(date, now) ? weekdayDay(date) : dayMonthYear(date)
    }

    /// "Tue 24 Nov", or "Wed 24 Nov 2027" far from `now` or in another year, for the places
    /// with room for both: the day's heading, a record's detail.
    func fullDay(_ date: Date, now: Date) -> String {
        guard NearDate.takesYearInFull(date, now, calendar: calendar) else { return weekdayDay(date) }
        return weekdayDay(date) + " " + String(calendar.component(.year, from: date))
    }

    /// Whether the day and month alone say which date this is (`NearDate`); by local day
    /// numbers in the Gregorian calendar, without calendar arithmetic, for a pane of due dates.
    func isNear(_ date: Date, _ now: Date) -> Bool {
        guard calendar.identifier == .gregorian else { return NearDate.isNear(date, now, calendar: calendar) }
        return abs(localDay(date) - localDay(now)) <= NearDate.days
    }

    /// "Tue 24 Nov".
    private func weekdayDay(_ date: Date) -> String {
        guard calendar.identifier == .gregorian else { return dayFormatter.string(from: date) }
        let key = localDay(date)
        if let name = dayNames[key] { return name }
        // Asked for one at a time: a set of components costs a first-use search of the runtime's
        // conformances, on the first frame (as `DateInput.dayKey` says).
        let weekday = calendar.component(.weekday, from: date)
        let day = calendar.component(.day, from: date), month = calendar.component(.month, from: date)
        guard Self.weekdays.indices.contains(weekday - 1), Self.months.indices.contains(month - 1)
        else { return dayFormatter.string(from: date) }
        let name = Self.weekdays[weekday - 1] + " " + String(day) + " " + Self.months[month - 1]
        // Bounded: a dashboard left open for months on every day it was shown stays small.
        if dayNames.count >= 4096 { dayNames.removeAll(keepingCapacity: true) }
        dayNames[key] = name
        return name
    }

    /// "24 Nov 2027". Far dates are few on a screen, so they are not kept.
    private func dayMonthYear(_ date: Date) -> String {
        let month = calendar.component(.month, from: date)
        guard calendar.identifier == .gregorian, Self.months.indices.contains(month - 1)
        else { return yearFormatter.string(from: date) }
        return String(calendar.component(.day, from: date)) + " " + Self.months[month - 1] + " "
            + String(calendar.component(.year, from: date))
    }

    /// The seconds since 1970 as the wall clock in the calendar's zone reads them.
    private func localSeconds(_ date: Date) -> Int {
        Int(date.timeIntervalSince1970.rounded(.down)) + calendar.timeZone.secondsFromGMT(for: date)
    }

    /// Which local day `date` falls on, counted from 1 Jan 1970: two dates share a day when
    /// these are equal, as `Calendar.isDate(_:inSameDayAs:)` says but without its day arithmetic.
    private func localDay(_ date: Date) -> Int {
        let seconds = localSeconds(date)
        return seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
    }

    /// "09:05". Worked out from the zone's offset rather than a formatter: a day's contacts
    /// ask for hundreds of these when the day changes, and a formatter is slow at it.
    func time(_ date: Date) -> String {
        let seconds = localSeconds(date) % 86_400
        let local = seconds < 0 ? seconds + 86_400 : seconds
        let hour = local / 3600, minute = local % 3600 / 60
        return (hour < 10 ? "0" : "") + String(hour) + (minute < 10 ? ":0" : ":") + String(minute)
    }

    /// "Tue 24 Nov 09:05", or "24 Nov 2027 09:05" far from `now`, as `day` says.
    func dayAndTime(_ date: Date, now: Date) -> String { day(date, now: now) + " " + time(date) }

    /// "Tue 24 Nov 09:05", or "Thu 15 Apr 2027 09:05" as `fullDay` says: a record's detail holds
    /// dates far from today, where the weekday and month alone do not say which year. Without
    /// `time`, the day alone, for fields that hold a day.
    func dated(_ date: Date, now: Date, time withTime: Bool = true) -> String {
        let text = fullDay(date, now: now)
        return withTime ? text + " " + time(date) : text
    }

    /// A due time as the eye wants it: the time alone today, the day otherwise.
    func due(_ date: Date, now: Date) -> String {
        isSameDay(date, now) ? "today " + time(date) : day(date, now: now)
    }

    /// Whether two moments fall on the same day in the calendar's zone.
    func isSameDay(_ a: Date, _ b: Date) -> Bool {
        calendar.identifier == .gregorian ? localDay(a) == localDay(b) : calendar.isDate(a, inSameDayAs: b)
    }

    /// Whole days between two dates, for an escalation's age.
    func days(from start: Date, to end: Date) -> Int {
        let a = calendar.startOfDay(for: start), b = calendar.startOfDay(for: end)
        return calendar.dateComponents([.day], from: a, to: b).day ?? 0
    }

    static func channel(_ channel: Contact.Channel) -> String {
        switch channel {
        case .phone: "phone"
        case .email: "email"
        case .visit: "visit"
        case .meeting: "meeting"
        case .video: "video"
        case .letter: "letter"
        }
    }

    /// Where a partner's advice stands on written confirmation (R6).
    static func confirmation(_ contact: Contact) -> String {
        guard contact.advice != nil else { return "" }
        switch contact.confirmation?.state {
        case .requested:
            let chases = contact.confirmation?.chases.count ?? 0
            return chases == 0 ? "to chase" : "chased ×\(chases)"
        case .received: return "confirmed"
        case .notNeeded: return "not needed"
        case .notPossible: return "not possible"
        // Owed: advice with no decision yet.
        case nil: return "decide"
        }
    }

    /// The same in at most seven columns, for a narrow Contacts pane.
    static func shortConfirmation(_ contact: Contact) -> String {
        guard contact.advice != nil else { return "" }
        switch contact.confirmation?.state {
        case .requested:
            let chases = contact.confirmation?.chases.count ?? 0
            return chases == 0 ? "chase" : "chase×\(chases)"
        case .received: return "✓ got"
        case .notNeeded: return "no need"
        case .notPossible: return "can't"
        case nil: return "decide"
        }
    }

    static func stage(_ stage: Escalation.Stage) -> String {
        switch stage {
        case .raised: "raised"
        case .acknowledged: "acknowledged"
        case .resolved: "resolved"
        }
    }

    /// An escalation kind as a form's choice. The words are `Escalation.Kind.words`; this stays
    /// only while the entry forms (being reworked) still call it.
    static func kindTitle(_ kind: Escalation.Kind) -> String { kind.words.shortHeading }

    /// A text of several lines on one line, for a column or a list: its lines (blank ones
    /// skipped) joined by " ⏎ ", so a dose written on three lines reads as three, never run
    /// together ("500mg2 tablets") nor cut to its first with nothing to say the rest is there.
    /// What `split(whereSeparator: \.isNewline)` would join, found by scalars, and the text
    /// itself when it holds no line break: the contacts pane asks this of every contact of a
    /// day each time the day changes. The two agree because every newline scalar is a
    /// character of its own (or half of CR LF): no grapheme cluster joins it to others.
    static func oneLine(_ text: String?) -> String {
        guard let text else { return "" }
        let scalars = text.unicodeScalars
        guard scalars.contains(where: isNewline) else { return text }
        return scalars.split(whereSeparator: isNewline).map { String(String.UnicodeScalarView($0)) }.joined(separator: lineBreak)
    }

    /// What a line break reads as on one line.
    static let lineBreak = " ⏎ "

    /// The scalars `Character.isNewline` answers true for: LF, VT, FF, CR, NEL, LS and PS.
    private static func isNewline(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }
}
