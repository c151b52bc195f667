import Foundation

extension Store {
    /// A line for a task or promise just saved from the command line with a due time already
    /// past: `it was due today 10:00, before now, so it is overdue from the start`. Such a time
    /// was written out ("today 10:00", a date), so it is taken as given (`StaffDate` asks again
    /// about a bare "10:00"); but it goes straight onto every overdue list, which a form would
    /// have shown before saving. Nil for a time still to come.
    public func pastDueNotice(_ due: Date) -> String? {
        guard due < StaffDate.minuteStart(clock.now) else { return nil }
        let when = StaffDate.describe(due, precision: .moment, now: clock.now, calendar: calendar)
        return "it was due \(when), before now, so it is overdue from the start"
    }
}
