import Foundation

/// Reads a date or time the way staff write it, mid-call, in a form or on the command line.
/// One reader for every field, so what works in "when it happened" works in "due" and in
/// `liaison report --date`. Pure: "now", the calendar (with its time zone) and the service's
/// date order are passed in, so tests fix them all.
///
/// What it reads (case does not matter):
/// - nothing or `now`: now;
/// - a time alone, today: `14:05`, `9:30`, `5pm`, `5:30pm`, `noon`;
/// - day words, with or without a time: `today`, `tomorrow 10:00`, `yesterday 09:30`;
/// - weekday names, full or short: `Fri`, `Friday 17:00`. A weekday names today when today is
///   that day; otherwise the coming one for fields about the future (due, review) and the most
///   recent one for fields about the past (when it happened). The field chooses: `Direction`;
/// - dates, day first as in the UK (`27/11`, `27/11/2026`, `27/11/26`, `27.11.2026`) or month
///   first where the service's settings say so (`DateOrder`); a date without its year is the one
///   nearest today, so on 31 December `2/1` is two days ahead;
/// - dates with month names, as the preview writes them: `27 Nov`, `Fri 27 Nov 2026 17:00`;
/// - shifts from now: `+2h`, `+30m`, `+3d`, `in 3 days`, `in 2 weeks`, `in 3 months`,
///   `3 days ago`, `an hour ago`;
/// - ISO: `2026-11-27`, `2026-11-27 17:00`, and full ISO 8601 (`2026-11-27T17:00:00Z`).
///
/// A day named by a word or a shift of days (`tomorrow`, `Fri`, `in 3 days`) keeps the time of
/// day of now when no time is given, as "yesterday" does in speech; a date written out
/// (`27/11`, `2026-11-27`) without a time is its midnight. Fields that take a day only
/// (`Precision.day`) get the start of that day, and refuse a time. Fields that say by when
/// something is due (`Precision.deadline`) read a day without a time as the end of that day:
/// a task due `today` or `Fri` is not late until that day is over.
///
/// Every refusal names the text as typed and shows examples that this field accepts.
public enum StaffDate {
    /// Whether a field asks for a moment (date and time) or a day.
    public enum Precision: Sendable, Equatable {
        case moment
        case day
        /// A moment something is due by: a day named without a time is due at its last minute.
        case deadline
    }

    /// Which way a weekday alone points: what a field is about.
    public enum Direction: Sendable, Equatable {
        /// Due dates, review dates, start dates: `Fri` is the coming Friday.
        case future
        /// When something happened: `Fri` is the most recent Friday.
        case past
    }

    /// Reads `text` for `field`.
    /// - Parameters:
    ///   - precision: `.day` for fields that hold a day (review dates, leaving on); the result
    ///     is then the start of that day.
    ///   - direction: what a weekday alone means (see `Direction`).
    ///   - order: whether `1/2` is 1 February (day first, the default) or 2 January.
    /// - Throws: `FieldError` naming `field` and the text, with examples.
    public static func parse(
        _ text: String, field: String, precision: Precision = .moment, direction: Direction = .future,
        now: Date, calendar: Calendar, order: DateOrder = .dayFirst
    ) throws -> Date {
        let reading = Reading(
            text: text, field: field, precision: precision, direction: direction, now: now, calendar: calendar, order: order)
        let date = try reading.read()
        try refuseImplausible(date, text: text, field: field, now: now, calendar: calendar)
        return precision == .day ? calendar.startOfDay(for: date) : date
    }

    /// The first year a typed date can be in. Nothing a care service records happened before
    /// 1900, so such a date is a year typed wrong ("0026" for 2026, "1026"): saved, it would
    /// sort before everything and drop out of every handover and list.
    static let earliestYear = 1900
    /// How far ahead a typed date can be: a review or a deadline a century away is a year typed
    /// wrong ("3026") too, and would never come up.
    static let latestYearsAhead = 100

    /// The moments a record here can be dated: from the first of 1900, as most count years, in
    /// `timeZone`, to `latestYearsAhead` years after `now`. `check` flags stored dates outside.
    static func plausible(now: Date, timeZone: TimeZone) -> ClosedRange<Date> {
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = timeZone
        let earliest = gregorian.date(from: DateComponents(year: earliestYear, month: 1, day: 1)) ?? .distantPast
        let latest = gregorian.date(byAdding: .year, value: latestYearsAhead, to: now) ?? .distantFuture
        return earliest...max(earliest, latest)
    }

    /// Refuses a date no record here can have, saying which year it read. A date far from today
    /// but within these bounds is taken, with its distance shown (`distance(of:now:calendar:)`):
    /// an old letter filed late is a real record.
    private static func refuseImplausible(_ date: Date, text: String, field: String, now: Date, calendar: Calendar) throws {
        // The first moment of 1900 as most count years, in the service's zone; its year, and the
        // year typed, are said in the service's own calendar.
        let bounds = plausible(now: now, timeZone: calendar.timeZone)
        let earliest = bounds.lowerBound
        guard !bounds.contains(date) else { return }
        let typed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let year = { (moment: Date) in
            calendar.component(.era, from: moment) == 0 && calendar.identifier == .gregorian
                ? "\(calendar.component(.year, from: moment)) BC" : String(calendar.component(.year, from: moment))
        }
        if date < earliest {
            throw FieldError(field, "“\(typed)” is in the year \(year(date)); nothing recorded here is from before \(year(earliest)), so check the year")
        }
        throw FieldError(field, "“\(typed)” is in \(year(date)), more than \(latestYearsAhead) years from now; check the year")
    }

    /// Examples of what `precision` fields take, for refusals and help text.
    public static func examples(_ precision: Precision, order: DateOrder = .dayFirst) -> String {
        let date = order == .dayFirst ? "27/11/2026" : "11/27/2026"
        switch precision {
        case .moment: return "14:05, yesterday 09:30, Fri 17:00, \(date), +2h or 2026-11-27 17:00"
        case .deadline: return "15:00, tomorrow 10:00, Fri (by the end of Friday), \(date), +2h or 2026-11-27 17:00"
        case .day: return "today, tomorrow, Fri, \(date), in 3 days or 2026-11-27"
        }
    }
}

/// Whether a service writes `1/2` for 1 February (day first, as in the UK) or 2 January (month
/// first). Set in the store's settings file as `"dateOrder": "day-first"` or `"month-first"`.
public enum DateOrder: String, Codable, CaseIterable, Sendable {
    case dayFirst = "day-first"
    case monthFirst = "month-first"
}
