import Foundation

/// Reads when something happened or is due: a façade over `StaffDate` for moment fields, kept so
/// every form reads times one way. Nothing (or `now`) is the clock's now; `14:05`,
/// `yesterday 09:30`, `Fri 17:00`, `27/11/2026 16:00`, `+2h` and ISO are read as `StaffDate`
/// documents, against the `now` the caller passes, so tests fix it.
public enum WhenInput {
    /// - Parameters:
    ///   - direction: what a weekday alone means; `.past` for "when it happened", `.future` (the
    ///     default) for due times.
    ///   - precision: `.deadline` for a due time, where a day alone is due by its end.
    public static func parse(
        _ text: String, field: String, now: Date, calendar: Calendar,
        direction: StaffDate.Direction = .future, precision: StaffDate.Precision = .moment, order: DateOrder = .dayFirst
    ) throws -> Date {
        try StaffDate.parse(text, field: field, precision: precision, direction: direction, now: now, calendar: calendar, order: order)
    }
}
