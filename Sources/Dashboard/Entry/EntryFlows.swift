import LiaisonCore
import TerminalUI

/// Opens the entry forms for the dashboard: the one place that knows the store and where this
/// staff member's draft is kept.
public final class EntryFlows {
    public let store: Store
    public let drafts: DraftStore?
    /// Told each contact a form saves, whichever way the form was opened (its key, or a draft
    /// offered at start-up): the dashboard shows it.
    public var onSavedContact: (Contact) -> Void = { _ in }

    /// The home the dashboard is limited to: a new person's form starts with it chosen.
    public let home: Home?

    public init(store: Store, drafts: DraftStore?, home: Home? = nil) {
        self.store = store
        self.drafts = drafts
        self.home = home
    }

    /// The draft to carry on with: this session's own, else one an ended session left behind
    /// (taken over when `adopting`). One that cannot be read is moved aside, kept, never deleted.
    func pendingDraft(adopting: Bool) -> (EntryForm, EntryDraft)? {
        guard let drafts else { return nil }
        // This session's own file is the one the next form overwrites: unless it is carried on,
        // it is moved aside first, even when it cannot be read or names a form unknown here.
        do {
            if let own = try drafts.load() {
                if let form = EntryForm(rawValue: own.form) { return (form, own) }
                drafts.setAside(drafts.file, at: store.clock.now)
            }
        } catch {
            drafts.setAside(drafts.file, at: store.clock.now)
        }
        for url in drafts.leftBehind() {
            do {
                guard let draft = try drafts.read(url), let form = EntryForm(rawValue: draft.form) else { continue }
                if adopting { try drafts.adopt(url) }
                return (form, draft)
            } catch {
                drafts.setAside(url, at: store.clock.now)
            }
        }
        return nil
    }

    /// The form for `form`. A staff member carries on with a waiting draft first, whichever key
    /// opened it: nobody starts afresh over unsaved typing by accident.
    ///
    /// `highlighted` is the record highlighted on the dashboard in the form's pane
    /// (`EntryForm.startsOn`): the form starts on it, as if it had been picked.
    public func open(_ form: EntryForm, highlighted: String? = nil) -> Screen {
        if let (pending, draft) = pendingDraft(adopting: true) {
            let screen = make(pending, draft)
            // Another key was pressed: say why this form and not that one, and how to get there.
            if pending != form, let screen = screen as? EntryFormScreen {
                screen.message = "This is the form you left unsaved. Save it, or Esc to leave it, then press \(form.keyName) for \(form.label)."
            }
            return screen
        }
        let screen = make(form, nil)
        if let highlighted, let picker = form.startsOn?.picker, let screen = screen as? EntryFormScreen {
            // Only contacts can be missing from a picker's list (it holds the recent days); the
            // one highlighted on an older day is read and added, so any contact can be corrected.
            screen.start(on: highlighted, picker: picker) { [store] id in
                guard picker == "contact", let contact = try? store.contact(id: id) else { return nil }
                return EntryItems.contact(contact, store: store)
            }
        }
        return screen
    }

    public func newContact() -> Screen { open(.contact) }

    /// The written-confirmation step (R6) on `contactID`, the contact highlighted when `w` was
    /// pressed; a waiting draft still comes first, as with every form.
    public func confirm(contactID: String?) -> Screen {
        if let (pending, draft) = pendingDraft(adopting: true) { return make(pending, draft) }
        return confirmation(restoring: nil, contactID: contactID)
    }

    private func make(_ form: EntryForm, _ draft: EntryDraft?) -> Screen {
        switch form {
        case .contact: ContactEntryScreen(store: store, drafts: drafts, restoring: draft, home: home, onSaved: { [weak self] in self?.onSavedContact($0) })
        case .task: newTask(restoring: draft)
        case .taskUpdate: updateTask(restoring: draft)
        case .escalation: raiseEscalation(restoring: draft)
        case .escalationStep: progressEscalation(restoring: draft)
        case .person: person(editing: false, restoring: draft)
        case .personEdit: person(editing: true, restoring: draft)
        case .partner: partner(editing: false, restoring: draft)
        case .partnerEdit: partner(editing: true, restoring: draft)
        case .contactCorrection: correctContact(restoring: draft)
        case .agreement: agreement(restoring: draft)
        case .confirmation: confirmation(restoring: draft)
        case .leaving: leaving(restoring: draft)
        }
    }

    /// At start-up: a question offering the unsaved form back, or nil when there is none.
    public func draftOffer() -> Screen? {
        guard let (_, draft) = pendingDraft(adopting: false) else { return nil }
        return DraftOfferScreen(draft: draft, calendar: store.calendar, now: store.clock.now, open: { [self] in open(.contact) })
    }
}
