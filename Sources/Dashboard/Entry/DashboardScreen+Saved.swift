import LiaisonCore
import TerminalUI

/// What the dashboard does once an entry form has saved: the new contact is put in front of
/// the person who typed it, not left below the fold of the Contacts pane or on another day.
extension DashboardScreen {
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
