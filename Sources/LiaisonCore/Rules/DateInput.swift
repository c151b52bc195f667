import Foundation

/// Dates in the shapes the store keeps them (`yyyy-MM-dd` day keys) and the façade through which
/// older callers read a typed date. Reading is `StaffDate`'s: `27/11/2026`, `Fri`, `in 3 days`
/// and ISO alike. A date that does not exist (`2026-13-40`, `31/11`) is refused, never rolled
/// over into another month.
public enum DateInput {
    /// Reads a day or a moment as staff write it, words such as `tomorrow` relative to `now` and
    /// days counted in `calendar`: both come from the caller (the store's clock and calendar), so
    /// a fixed "now" (tests, `LIAISON_NOW`) holds for every word. A written date without a time
    /// (`2026-11-20`, `27/11/2026`) is its midnight.
    public static func parse(
        _ text: String, field: String, now: Date, calendar: Calendar, order: DateOrder = .dayFirst,
        precision: StaffDate.Precision = .day, direction: StaffDate.Direction = .future
    ) throws -> Date {
        try refuseEmpty(text, field: field, order: order)
        return try StaffDate.parse(text, field: field, precision: precision, direction: direction, now: now, calendar: calendar, order: order)
    }

    /// A date field left empty is not today: callers whose field may be empty check before asking.
    private static func refuseEmpty(_ text: String, field: String, order: DateOrder) throws {
        guard text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return }
        throw FieldError(field, "say which day, like \(StaffDate.examples(.day, order: order))")
    }

    /// ISO: `yyyy-MM-dd`, with ` HH:mm[:ss]` or `THH:mm[:ss]` in local time, or a full ISO-8601
    /// moment with its zone; nil when `text` is none of these.
    /// - Throws: when it is shaped so but names a month or day that does not exist.
    static func readISO(_ text: String, field: String, calendar: Calendar) throws -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let date = try local(trimmed, field: field, calendar: calendar) { return date }
        let iso = ISO8601DateFormatter()
        if let date = iso.date(from: trimmed) { return date }
        iso.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return iso.date(from: trimmed)
    }

    /// `yyyy-MM-dd` optionally followed by ` HH:mm[:ss]` or `THH:mm[:ss]`, in local time.
    private static func local(_ text: String, field: String, calendar: Calendar) throws -> Date? {
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "T" }).map(String.init)
        guard parts.count == 1 || parts.count == 2 else { return nil }
        // Exactly yyyy-MM-dd: "226222-2-2" is ten characters too, but not a date anyone wrote.
        let pieces = parts[0].split(separator: "-", omittingEmptySubsequences: false)
        guard pieces.map(\.utf8.count) == [4, 2, 2], pieces.allSatisfy({ $0.utf8.allSatisfy { (0x30...0x39).contains($0) } }) else { return nil }
        let ymd = pieces.map { Int($0) }
        guard let y = ymd[0], let m = ymd[1], let d = ymd[2] else { return nil }
        var hour = 0, minute = 0, second = 0
        if parts.count == 2 {
            let hms = parts[1].split(separator: ":", omittingEmptySubsequences: false).map { Int($0) }
            guard hms.count == 2 || hms.count == 3, hms.allSatisfy({ $0 != nil }) else { return nil }
            hour = hms[0]!
            minute = hms[1]!
            second = hms.count == 3 ? hms[2]! : 0
        }
        guard (1...12).contains(m) else {
            throw FieldError(field, "“\(text)” has no month \(m); months run from 01 to 12")
        }
        var first = DateComponents(year: y, month: m, day: 1)
        first.calendar = calendar
        let days = first.date.flatMap { calendar.range(of: .day, in: .month, for: $0) }?.count ?? 31
        guard (1...days).contains(d) else {
            throw FieldError(field, "“\(text)” is not a day of that month; it has \(days) days")
        }
        guard (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second) else {
            throw FieldError(field, "“\(text)” has a time that does not exist; write it like 16:00")
        }
        let components = DateComponents(year: y, month: m, day: d, hour: hour, minute: minute, second: second)
        return calendar.date(from: components)
    }

    /// The `yyyy-MM-dd` key of the day holding `date` in `calendar`: the store's, always, so a
    /// date written into a form is read back as the same day (no default, which was the
    /// machine's zone even where the store keeps another).
    public static func dayKey(_ date: Date, calendar: Calendar) -> String {
        // Each part asked for alone and the digits padded by hand: a set of components and
        // `String(format:)` each cost the runtime a first-use search of every conformance in
        // the program (about 0.1 ms apiece), and the dashboard's first frame asks for a key.
        let year = calendar.component(.year, from: date)
        let month = calendar.component(.month, from: date), day = calendar.component(.day, from: date)
        return digits(year, 4) + "-" + digits(month, 2) + "-" + digits(day, 2)
    }

    /// "2026-11-24 23:59": a moment written out whole, as a form's time field reads it again
    /// whatever day it is (`EntryFormScreen` pins a time to it when the day turns).
    public static func momentKey(_ date: Date, calendar: Calendar) -> String {
        dayKey(date, calendar: calendar) + " " + digits(calendar.component(.hour, from: date), 2) + ":"
            + digits(calendar.component(.minute, from: date), 2)
    }

    /// `value` in decimal, with zeros before it to make at least `count` digits, as `%0Nd`.
    static func digits(_ value: Int, _ count: Int) -> String {
        let text = String(value.magnitude)
        let padding = String(repeating: "0", count: max(0, count - text.utf8.count - (value < 0 ? 1 : 0)))
        return (value < 0 ? "-" : "") + padding + text
    }

    /// Whether `text` is a real day written `yyyy-MM-dd` (no 30 February), as day keys are.
    public static func isDayKey(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.map(\.utf8.count) == [4, 2, 2], parts.allSatisfy({ $0.utf8.allSatisfy { (0x30...0x39).contains($0) } }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return false }
        return isRealDay(year: y, month: m, day: d)
    }

    /// Whether the day exists in the Gregorian calendar.
    public static func isRealDay(year: Int, month: Int, day: Int) -> Bool {
        guard (1...12).contains(month), day >= 1 else { return false }
        let lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        return day <= (month == 2 && leap ? 29 : lengths[month - 1])
    }
}
