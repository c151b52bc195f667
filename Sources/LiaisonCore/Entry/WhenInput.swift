import Foundation

/// Reads when something happened or is due, the way staff say it mid-call: nothing (now),
/// `14:05` (today), `yesterday 09:30`, `today 16:00`, `tomorrow 15:00`, or a full date as
/// `DateInput` reads it (`2026-11-20 16:00`). Relative words are resolved against the Clock
/// the caller passes, so tests fix "now".
public enum WhenInput {
    public static func parse(_ text: String, field: String, now: Date, calendar: Calendar = .current) throws -> Date {
        let words = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            .split(whereSeparator: \.isWhitespace).map(String.init)
        guard let first = words.first, first != "now" || words.count > 1 else { return now }
        let dayOffsets = ["yesterday": -1, "today": 0, "tomorrow": 1]
        if let offset = dayOffsets[first] {
            guard words.count <= 2 else { throw refusal(text, field: field) }
            let day = calendar.date(byAdding: .day, value: offset, to: calendar.startOfDay(for: now)) ?? now
            guard words.count == 2 else {
                // "yesterday" alone: the same time of day, a day apart.
                return calendar.date(byAdding: .day, value: offset, to: now) ?? now
            }
            return try time(words[1], on: day, original: text, field: field, calendar: calendar)
        }
        if words.count == 1, first.contains(":"), !first.contains("-") {
            return try time(first, on: calendar.startOfDay(for: now), original: text, field: field, calendar: calendar)
        }
        do {
            return try DateInput.parse(text, field: field, calendar: calendar)
        } catch {
            throw refusal(text, field: field)
        }
    }

    /// `HH:mm` on `day`.
    private static func time(_ text: String, on day: Date, original: String, field: String, calendar: Calendar) throws -> Date {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map { Int($0) }
        guard parts.count == 2, let hour = parts[0], let minute = parts[1] else { throw refusal(original, field: field) }
        guard (0...23).contains(hour), (0...59).contains(minute) else {
            throw FieldError(field, "“\(original)” is not a time of day; hours run 00 to 23 and minutes 00 to 59")
        }
        guard let date = calendar.date(bySettingHour: hour, minute: minute, second: 0, of: day) else {
            throw refusal(original, field: field)
        }
        return date
    }

    private static func refusal(_ text: String, field: String) -> FieldError {
        FieldError(field, "“\(text)” is not a time I can read; leave it empty for now, or write 14:05, yesterday 09:30 or 2026-11-20 16:00")
    }
}
