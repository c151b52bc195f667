import Foundation

extension StaffDate {
    /// A moment as a person reads it back, for a form's preview under a date field:
    /// `Fri 27 Nov 17:00`, with the year when it is not this year (`Sat 2 Jan 2027 09:00`) or is
    /// more than half a year away (`NearDate`), as the dashboard's details write it, and
    /// no time for a day-only field (`Fri 27 Nov`). English names, as `StaffDate` reads them, so
    /// what the preview shows can be typed back.
    public static func describe(_ date: Date, precision: Precision = .moment, now: Date, calendar: Calendar) -> String {
        let c = calendar.dateComponents([.year, .month, .day, .weekday, .hour, .minute], from: date)
        let weekday = String(Reading.weekdayNames[(c.weekday ?? 1) - 1].prefix(3))
        let month = String(Reading.monthNames[(c.month ?? 1) - 1].prefix(3))
        var text = "\(weekday) \(c.day ?? 1) \(month)"
        if NearDate.takesYearInFull(date, now, calendar: calendar) { text += " \(c.year ?? 0)" }
        if precision != .day { text += String(format: " %02d:%02d", c.hour ?? 0, c.minute ?? 0) }
        return text
    }

    /// How far a date is from today when that is unusual for what is typed: two months or more
    /// back (`3 months ago`, `10 years ago`), or a year or more ahead (`in 2 years`); else nil.
    /// A year typed wrong (2016 for 2026, or in January last year's for this year's) reads as a
    /// plausible date beside the others, and a contact so dated drops out of every handover;
    /// said as a distance, it is seen. Dates months ahead are what reviews and tasks usually
    /// are, so those are left plain. Counted in whole days, so a day's time does not matter.
    public static func distance(of date: Date, now: Date, calendar: Calendar) -> String? {
        let day = calendar.startOfDay(for: date), today = calendar.startOfDay(for: now)
        let past = day < today
        let span = calendar.dateComponents([.year, .month, .day], from: past ? day : today, to: past ? today : day)
        let years = span.year ?? 0, months = span.month ?? 0
        if years >= 1 {
            let words = years == 1 ? "1 year" : "\(years) years"
            return past ? "\(words) ago" : "in \(words)"
        }
        guard past, months >= 2 else { return nil }
        return "\(months) months ago"
    }

    /// A date as `describe` writes it, with its `distance` from now after it when that is
    /// unusual: `Fri 4 Dec 2016 10:00, 10 years ago`.
    public static func describeWithDistance(_ date: Date, precision: Precision = .moment, now: Date, calendar: Calendar) -> String {
        let text = describe(date, precision: precision, now: now, calendar: calendar)
        return distance(of: date, now: now, calendar: calendar).map { "\(text), \($0)" } ?? text
    }

    /// Said after a reading of a date to come in a field of what has happened.
    public static let notYet = " — not yet come, so it cannot be saved"
    /// Said after a due time already past, as it is typed: saved, it is overdue at once.
    public static let alreadyPast = " — already past: overdue from the start"

    /// The start of the minute holding `date`: a due time in the minute it is typed is not past.
    public static func minuteStart(_ date: Date) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970 / 60).rounded(.down) * 60)
    }

    /// What a date field shows under the text as it is typed: `→ Fri 27 Nov 17:00` when the
    /// text reads (with how far it is, when far from today: `distance`), the refusal's message when it
    /// does not, and nothing while the field is empty (an empty field has its own meaning, said
    /// by the field's label).
    public static func preview(
        _ text: String, precision: Precision = .moment, direction: Direction = .future,
        now: Date, calendar: Calendar, order: DateOrder = .dayFirst
    ) -> String? {
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
        do {
            let date = try parse(text, field: "date", precision: precision, direction: direction, now: now, calendar: calendar, order: order)
            let reading = "→ " + describeWithDistance(date, precision: precision, now: now, calendar: calendar)
            // A field of what has happened (`.past`) refuses a date to come when saved: said now,
            // as it is typed, not only at the save.
            let toCome = precision == .day ? calendar.startOfDay(for: date) > calendar.startOfDay(for: now) : date > now + ContactDraft.futureGrace
            if direction == .past && toCome { return reading + notYet }
            return precision == .deadline && date < minuteStart(now) ? reading + alreadyPast : reading
        } catch let error as FieldError {
            return error.message
        } catch {
            return "\(error)"
        }
    }
}
