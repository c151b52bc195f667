import LiaisonCore
import TerminalUI

/// What the dashboard does once an entry form has saved: the new contact is put in front of
/// the person who typed it, not left below the fold of the Contacts pane or on another day.
extension DashboardScreen {
    /// The contact `screen` saved before it closed, whether the form was opened with `a` or
    /// taken up again from a draft offered at start-up.
    static func savedContact(by screen: any Screen) -> Contact? {
        if let form = screen as? ContactEntryScreen { return form.saved }
        if let offer = screen as? DraftOfferScreen { return offer.savedContact }
        return nil
    }

    /// Shows the contact's day, lifts a person filter that would hide it, then highlights it in
    /// the Contacts pane and focuses that pane, so Enter opens it straight away.
    func reveal(_ contact: Contact) {
        perform(rebuilding: [.contacts]) {
            if !state.store.calendar.isDate(contact.happenedAt, inSameDayAs: state.day) { try state.show(contact.happenedAt) }
            if let only = state.personFilter, only != contact.personID { state.filter(person: nil) }
        }
        if state.personFilter == nil { rebuild() }
        guard let row = contents[.contacts]?.ids.firstIndex(of: contact.id) else { return }
        tables[.contacts]?.select(row)
        focused = .contacts
        status = "Saved: \(contact.summary)"
    }
}
