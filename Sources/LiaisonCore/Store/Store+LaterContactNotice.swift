import Foundation

extension Store {
    /// The person's latest contact, if it happened after the day `left` falls on: a day of
    /// leaving typed wrong (a death dated last week, when the GP rang about them yesterday)
    /// reads every later contact as one about someone gone. Nil when there is none after it.
    ///
    /// Contacts after a leaving can be right (the GP confirming a death, a letter after a
    /// move), so this is said, never refused.
    public func contactAfterLeaving(_ personID: String, leftOn left: Date) throws -> Contact? {
        guard let last = try contacts(forPerson: personID, limit: 1).first, isAfterTheDay(of: left, last.happenedAt) else { return nil }
        return last
    }

    /// Whether `moment` is on a day after the one holding `day`, in the service's calendar.
    public func isAfterTheDay(of day: Date, _ moment: Date) -> Bool {
        let start = calendar.startOfDay(for: day)
        return moment >= calendar.date(byAdding: .day, value: 1, to: start) ?? day
    }

    /// `contactAfterLeaving` in words for a command's note, with the way to put the day right.
    public func contactAfterLeavingNotice(_ person: Person) throws -> String? {
        guard let left = person.discharged, let last = try contactAfterLeaving(person.id, leftOn: left) else { return nil }
        // A command's store holds no working set: the partner is read from disk.
        let partner = try backend.read { try $0.record(Partner.self, id: last.partnerID) }.map { ", with \($0.name)" } ?? ""
        let when = StaffDate.describe(last.happenedAt, precision: .day, now: clock.now, calendar: calendar)
        let day = StaffDate.describe(left, precision: .day, now: clock.now, calendar: calendar)
        let what = person.leaving?.kind == .died ? "the day they died" : "the day they left"
        return "\(shownName(of: person))'s last contact (\(when)\(partner)) is after \(what), \(day); "
            + "if that day is wrong, put it right: liaison leave … --correct --on DAY --reason WHY"
    }
}
