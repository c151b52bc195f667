import Foundation
import LiaisonCore

/// Times, dates and ages as the wall writes them, in the store's calendar and time zone.
struct WallFormat {
    let calendar: Calendar
    private let time: DateFormatter
    private let day: DateFormatter
    private let dayWithYear: DateFormatter
    private let weekdayTime: DateFormatter
    private let weekdayDate: DateFormatter

    init(calendar: Calendar) {
        self.calendar = calendar
        func formatter(_ pattern: String) -> DateFormatter { CareFormat.formatter(pattern, calendar) }
        time = formatter("HH:mm")
        day = formatter("d MMM")
        dayWithYear = formatter("d MMM y")
        weekdayDate = formatter("EEE d MMM")
        weekdayTime = formatter("EEE HH:mm")
    }

    /// "14:32".
    func clock(_ date: Date) -> String { time.string(from: date) }

    /// "26 Nov", or "26 Nov 2027" more than half a year from `now` (`NearDate`).
    func date(_ date: Date, now: Date) -> String {
        NearDate.isNear(date, now, calendar: calendar) ? day.string(from: date) : dayWithYear.string(from: date)
    }

    /// "Tue 24 Nov", for the header.
    func today(_ date: Date) -> String { weekdayDate.string(from: date) }

    /// "14:32" when on the same day as `now`, else "Wed 14:32".
    func nearTime(_ date: Date, now: Date) -> String {
        calendar.isDate(date, inSameDayAs: now) ? time.string(from: date) : weekdayTime.string(from: date)
    }

    /// A rough age for a wall read from across the room: "40 min", "5 h", "9 days".
    static func age(_ seconds: TimeInterval) -> String {
        let minutes = max(0, Int(seconds / 60))
        if minutes < 60 { return "\(minutes) min" }
        let hours = minutes / 60
        if hours < 48 { return "\(hours) h" }
        return "\(hours / 24) days"
    }
}
