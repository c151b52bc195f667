import Foundation

/// Reads the dates people type: `2026-11-20`, `2026-11-20 16:00`, or full ISO-8601.
/// A date that does not exist (`2026-13-40`) is refused, never rolled over into another month.
public enum DateInput {
    public static func parse(_ text: String, field: String, calendar: Calendar = .current) throws -> Date {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let date = try local(trimmed, field: field, calendar: calendar) { return date }
        let iso = ISO8601DateFormatter()
        if let date = iso.date(from: trimmed) { return date }
        iso.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = iso.date(from: trimmed) { return date }
        throw FieldError(field, "“\(text)” is not a date; write it like 2026-11-20 or 2026-11-20 16:00")
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

    /// The `yyyy-MM-dd` key of the day holding `date`.
    public static func dayKey(_ date: Date, calendar: Calendar = .current) -> String {
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0)
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
