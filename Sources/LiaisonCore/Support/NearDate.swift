import Foundation

/// When a date may be written without its year. Within half a year of now either side, a
/// span of 365 days, no other date of the same day and month is as near, so "24 Nov" can mean
/// only one; beyond it, "24 Nov" could be last year's or next year's, and a reader takes the
/// nearer. The dashboard, the wall and the reports all draw the line here.
public enum NearDate {
    /// How many days either side of today a date is written without its year.
    public static let days = 182

    /// Whether `date` falls within `days` local days of `now` in `calendar`.
    public static func isNear(_ date: Date, _ now: Date, calendar: Calendar) -> Bool {
        let apart = calendar.dateComponents([.day], from: calendar.startOfDay(for: now), to: calendar.startOfDay(for: date)).day ?? 0
        return abs(apart) <= days
    }

    /// Whether a date written in full (weekday, day, month: a record's detail, a form's
    /// reading) takes its year: when it is far, or in another year than `now`, where "Mon 4 Jan"
    /// read in November is next year's but looks like this one's.
    public static func takesYearInFull(_ date: Date, _ now: Date, calendar: Calendar) -> Bool {
        calendar.component(.year, from: date) != calendar.component(.year, from: now) || !isNear(date, now, calendar: calendar)
    }
}
