import Foundation
import LiaisonCore

/// Under the `L` form's "On": whether the person's last contact came after the day given
/// (`Store.contactAfterLeaving`), so a death dated a week early is seen before it is saved.
/// Their last contact is read once for each person picked: the note asks at every draw.
final class LeavingDayCheck {
    private let store: Store
    private var known: (personID: String, last: Contact?)?

    init(_ store: Store) { self.store = store }

    /// The note for leaving `person` as `kind` on the day `typed` reads as (empty: today, or
    /// the day recorded when their leaving is being put right); nil when no contact is later.
    func note(_ person: Person, as kind: Person.Leaving.Kind, on typed: String) -> String? {
        let day = typed.isEmpty ? person.discharged ?? store.clock.now : EntryTime.pastDay.date(of: typed, store: store)
        guard let day, let last = last(of: person.id), store.isAfterTheDay(of: day, last.happenedAt) else { return nil }
        let when = CareFormat(calendar: store.calendar).dated(last.happenedAt, now: store.clock.now, time: false)
        let partner = store.partner(id: last.partnerID).map { ", with \($0.name)" } ?? ""
        return "Their last contact (\(when)\(partner)) is after this day: check the day they \(kind == .died ? "died" : "left")"
    }

    private func last(of personID: String) -> Contact? {
        if let known, known.personID == personID { return known.last }
        let last = (try? store.contacts(forPerson: personID, limit: 1))?.first
        known = (personID, last)
        return last
    }
}
