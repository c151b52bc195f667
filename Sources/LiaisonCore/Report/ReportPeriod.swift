import Foundation

/// Which days a report covers, as `liaison report` is asked: one day (`--date`, default today),
/// or a period (`--from`, `--to`, both days included) for an inspection. Read before the store is
/// opened, so a typo is refused however the store is.
public enum ReportPeriod: Equatable, Sendable {
    case today
    case day(Date)
    /// From the first day to the last; the last is today when only `--from` was given.
    case period(from: Date, to: Date?)

    /// Reads `--date`, `--from` and `--to` as staff write days (`27/11/2026`, `yesterday`, `Fri`,
    /// `3 days ago`); a weekday alone is the most recent one, as a report looks back.
    public static func parse(
        date: String?, from: String?, to: String?, now: Date, calendar: Calendar, order: DateOrder = .dayFirst
    ) throws -> ReportPeriod {
        let day = { (text: String, field: String) throws -> Date in
            try StaffDate.parse(text, field: field, precision: .day, direction: .past, now: now, calendar: calendar, order: order)
        }
        if let date {
            guard from == nil, to == nil else {
                throw FieldError("date", "give either --date for one day, or --from and --to for a period, not both")
            }
            return .day(try day(date, "date"))
        }
        guard let from else {
            if to != nil { throw FieldError("from", "say where the period starts with --from") }
            return .today
        }
        return .period(from: try day(from, "from"), to: try to.map { try day($0, "to") })
    }

    /// Whether this is one day, which a shift lead can acknowledge as a handover.
    public var isOneDay: Bool {
        if case .period = self { return false }
        return true
    }

    /// The first and last day, with "today" read from `now`.
    public func days(now: Date) -> (first: Date, last: Date) {
        switch self {
        case .today: (now, now)
        case .day(let day): (day, day)
        case .period(let from, let to): (from, to ?? now)
        }
    }
}

extension HandoverReport {
    /// The report for `period`, as at the store's clock.
    /// With `nature` words (R4), only contacts of that nature are listed, and the report says so.
    public static func gather(
        from store: Store, period: ReportPeriod, nature: [String] = [], filter: HomeFilter = .everything, names: PersonNames? = nil
    ) throws -> HandoverReport {
        let (first, last) = period.days(now: store.clock.now)
        var report = try gather(from: store, first: first, last: last, filter: filter, names: names)
        report.home = filter.home?.name
        guard !nature.isEmpty else { return report }
        report.natureFilter = nature
        report.contacts = report.contacts.filter { $0.nature?.matches(nature) ?? false }
        report.enteredLate = report.enteredLate?.filter { $0.nature?.matches(nature) ?? false }
        return report
    }
}
