import Foundation
import LiaisonCore
import TerminalUI

/// How an input holding a time or a day is read, and how the form says what it read while the
/// text is typed ("→ Fri 27 Nov 17:00"), so a misread date is seen before it is saved.
enum EntryTime {
    /// A moment: now, 14:05, yesterday 09:30, a date and time (`WhenInput`).
    case moment
    /// A day: 2026-11-20 (`DateInput`).
    case day

    func reading(of text: String, store: Store) -> FormView.Line? {
        guard !text.allSatisfy(\.isWhitespace) else { return nil }
        let format = CareFormat(calendar: store.calendar), now = store.clock.now
        do {
            switch self {
            case .moment:
                let date = try WhenInput.parse(text, field: "", now: now, calendar: store.calendar)
                return FormView.Line("→ " + format.reading(date, now: now), role: .ok)
            case .day:
                let date = try DateInput.parse(text, field: "", calendar: store.calendar)
                return FormView.Line("→ " + format.readingOfDay(date, now: now), role: .ok)
            }
        } catch {
            return FormView.Line("→ not read as \(self == .moment ? "a time" : "a day") yet", role: .muted)
        }
    }
}
