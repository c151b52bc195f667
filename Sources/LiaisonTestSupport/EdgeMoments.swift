import Foundation

/// The moments where day boundaries and the UK's clock changes have broken programs like this
/// one, as instants, with a calendar in London's time zone: tests run at each of them instead
/// of at whatever hour the suite happens to run.
public enum EdgeMoments {
    public static var london: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/London")!
        return calendar
    }

    public static let all: [String] = [
        "2026-11-25T00:02:00Z",  // just after midnight: today has nothing yet
        "2026-11-24T12:00:00Z",
        "2026-11-24T23:59:00Z",  // a minute before midnight
        "2026-03-29T00:30:00Z",  // 00:30 GMT, half an hour before the clocks go forward
        "2026-03-29T01:30:00Z",  // 02:30 BST, just after they did, on the 23-hour day
        "2026-03-29T22:59:00Z",  // 23:59 BST on the 23-hour day
        "2026-10-25T00:30:00Z",  // the first 01:30 (BST) of the night the clocks go back
        "2026-10-25T01:30:00Z",  // the second 01:30 (GMT)
        "2026-10-25T23:59:00Z",  // 23:59 GMT on the 25-hour day
        "2026-12-31T23:59:00Z",  // the last minute of the year
        "2027-01-01T00:02:00Z",  // the first minutes of the next
    ]

    public static func date(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }
}
