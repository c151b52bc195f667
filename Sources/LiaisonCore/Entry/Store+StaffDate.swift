import Foundation

extension Store {
    /// Reads a date or time typed for `field` as `StaffDate` does, against this store's clock and
    /// calendar and the service's date order: the one way every form and command reads dates.
    public func readDate(
        _ text: String, field: String, precision: StaffDate.Precision = .moment, direction: StaffDate.Direction = .future
    ) throws -> Date {
        try StaffDate.parse(text, field: field, precision: precision, direction: direction, now: clock.now, calendar: calendar, order: dateOrder)
    }

    /// What a date field shows under its text as it is typed (`→ Fri 27 Nov 17:00`, or why it
    /// does not read); nil while it is empty.
    public func previewDate(
        _ text: String, precision: StaffDate.Precision = .moment, direction: StaffDate.Direction = .future
    ) -> String? {
        StaffDate.preview(text, precision: precision, direction: direction, now: clock.now, calendar: calendar, order: dateOrder)
    }
}
