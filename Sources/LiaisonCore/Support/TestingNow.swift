import Foundation

/// A testing aid, as tig's tests fix `GIT_AUTHOR_DATE`: `LIAISON_NOW` set to an ISO 8601 moment
/// with its offset (`2026-11-24T23:59:00Z`, `2026-03-29T00:30:00+00:00`) starts every clock of
/// the program at that moment, so an end-to-end test of the built binary sees the same day, the
/// same overdue tasks and the same demo data at whatever hour it runs. Time then moves on at the
/// real pace. Unset, or empty, the program uses the real time. Not for use on a real store:
/// every record saved under it is stamped with the chosen time.
public enum TestingNow {
    public static let variable = "LIAISON_NOW"

    /// The clock the program should use under `environment`.
    /// - Throws: `FieldError` when `LIAISON_NOW` is set but is not an ISO 8601 moment with an
    ///   offset, so a mistyped test never silently runs on the real time.
    public static func clock(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> any CareClock {
        guard let text = environment[variable]?.trimmingCharacters(in: .whitespaces), !text.isEmpty else {
            return SystemClock()
        }
        guard let start = moment(text) else {
            throw FieldError(variable, "“\(text)” is not an ISO 8601 moment with its offset, like 2026-11-24T23:59:00Z")
        }
        return ShiftedClock(start: start)
    }

    static func moment(_ text: String) -> Date? {
        let plain = ISO8601DateFormatter()
        plain.formatOptions = [.withInternetDateTime]
        if let date = plain.date(from: text) { return date }
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return fractional.date(from: text)
    }
}
