import Foundation
import LiaisonCore
import TerminalUI

/// How an input holding a time or a day is read, and how the form says what it read while the
/// text is typed ("→ Fri 27 Nov 17:00"), so a misread date is seen before it is saved.
struct EntryTime {
    let precision: StaffDate.Precision
    /// Which way a bare weekday points: a contact happened (last Friday), a task is due (next).
    let direction: StaffDate.Direction
    /// Whether the form reads the input left empty as the moment it is saved.
    var emptyIsNow = false

    static let past = EntryTime(precision: .moment, direction: .past)
    /// When something happened, where empty means now: the moment the form was typed
    /// (`EntryFormScreen.pinEmptyTimes` writes that moment out when a draft is reopened).
    static let pastOrNow = EntryTime(precision: .moment, direction: .past, emptyIsNow: true)
    static let future = EntryTime(precision: .moment, direction: .future)
    static let deadline = EntryTime(precision: .deadline, direction: .future)
    static let pastDay = EntryTime(precision: .day, direction: .past)
    static let day = EntryTime(precision: .day, direction: .future)

    /// The reading under the input: what was read, or why it does not read yet; nil while empty.
    func reading(of text: String, store: Store) -> FormView.Line? {
        guard let preview = store.previewDate(text, precision: precision, direction: direction) else { return nil }
        return FormView.Line(preview, role: preview.hasPrefix("→") && !preview.hasSuffix(StaffDate.notYet) ? .ok : .muted)
    }

    /// The reading's words without its arrow ("Wed 25 Nov 23:59 — already past: …"); nil while
    /// `text` is empty or does not read as a date.
    func words(of text: String, store: Store) -> String? {
        guard let reading = reading(of: text, store: store)?.text, reading.hasPrefix("→ ") else { return nil }
        return String(reading.dropFirst(2))
    }

    /// What `text` was read as, alone: "Wed 25 Nov 23:59", without what the line under the
    /// field adds ("— already past"); `text` itself when it does not read. For a message that
    /// says what a time was kept as.
    func readAs(_ text: String, store: Store) -> String {
        words(of: text, store: store)?.components(separatedBy: " — ")[0] ?? text
    }

    /// The date `text` reads as at `now` (the store's clock when nil); nil when it does not read.
    func date(of text: String, store: Store, at now: Date? = nil) -> Date? {
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
        return try? StaffDate.parse(text, field: "date", precision: precision, direction: direction,
                                    now: now ?? store.clock.now, calendar: store.calendar, order: store.dateOrder)
    }

    /// `date` written out whole, so it reads as the same date on any day.
    func pinned(_ date: Date, calendar: Calendar) -> String {
        precision == .day ? DateInput.dayKey(date, calendar: calendar) : DateInput.momentKey(date, calendar: calendar)
    }
}
