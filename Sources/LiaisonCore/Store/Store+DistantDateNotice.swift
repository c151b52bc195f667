import Foundation

extension Store {
    /// A line for a record just saved from the command line with a date far from today
    /// (`StaffDate.distance`): `the contact is dated Fri 4 Dec 2016 10:00, 10 years ago`, then
    /// how to put a slip right. Such a date can be right (an old letter filed late, a review set
    /// years ahead), so it is saved; but a year typed wrong reads as plausible and takes a
    /// contact out of every handover, and a form would have shown the distance before saving
    /// (`StaffDate.preview`). Nil for a date near today.
    public func distantDateNotice(
        _ date: Date?, _ what: String, precision: StaffDate.Precision = .moment,
        mending: String = "If the year is a slip, correct it in the dashboard"
    ) -> String? {
        guard let date, let distance = StaffDate.distance(of: date, now: clock.now, calendar: calendar) else { return nil }
        let day = StaffDate.describe(date, precision: precision, now: clock.now, calendar: calendar)
        return "\(what) \(day), \(distance). \(mending)"
    }
}
