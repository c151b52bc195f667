import Foundation
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

    /// The draft of `form` to carry on with: this session's own, else one an ended session left
    /// behind (taken over when `adopting`). One that cannot be read is moved aside, kept, never
    /// deleted, so the form's next draft cannot overwrite it; when even that fails (the folder
    /// unusable for a moment), `blocked` says why the form must keep no draft.
    func waitingDraft(of form: EntryForm, adopting: Bool) -> EntryDraft? {
        waiting(form, adopting: adopting).draft
    }

    private func waiting(_ form: EntryForm, adopting: Bool) -> (draft: EntryDraft?, blocked: String?) {
        guard let drafts else { return (nil, nil) }
        do {
            if let own = try drafts.load(form.rawValue) { return (own, nil) }
        } catch {
            let file = drafts.file(for: form.rawValue)
            if drafts.setAside(file, at: store.clock.now) == nil, FileManager.default.fileExists(atPath: file.path) {
                return (nil, "Your kept \(form.noun) could not be read (\(ErrorWords.describe(error))), so this form keeps no draft, "
                    + "to leave it as it is: save this one soon.")
            }
        }
        for url in drafts.leftBehind() {
            do {
                guard let draft = try drafts.read(url), draft.form == form.rawValue else { continue }
                if adopting { try drafts.adopt(url, as: form.rawValue) }
                return (draft, nil)
            } catch {
                drafts.setAside(url, at: store.clock.now)
            }
        }
        return (nil, nil)
    }

    /// The newest form this staff member left unsaved, of a kind this build knows, among
    /// `waiting` (`DraftStore.waiting()`): what start-up offers.
    func newestWaiting(among waiting: [DraftNotice]? = nil) -> (EntryForm, EntryDraft)? {
        guard let drafts else { return nil }
        for notice in waiting ?? drafts.waiting() {
            guard let form = EntryForm(rawValue: notice.form), let draft = waitingDraft(of: form, adopting: false) else { continue }
            return (form, draft)
        }
        return nil
    }

    /// The form for `form`, carrying on with its waiting draft if there is one: nobody starts
    /// afresh over unsaved typing by accident. Another form's draft waits meanwhile, so a promise
    /// can be written down while a contact is set aside.
    ///
    /// `highlighted` is the record highlighted on the dashboard in the form's pane
    /// (`EntryForm.startsOn`): an empty form starts on it, as if it had been picked.
    public func open(_ form: EntryForm, highlighted: String? = nil) -> Screen {
        let (draft, blocked) = waiting(form, adopting: true)
        if let draft { return carryOn(form, draft, highlighted: highlighted) }
        let screen = make(form, nil)
        if let blocked, let screen = screen as? EntryFormScreen {
            screen.draftBlocked = blocked
            screen.message = blocked
        }
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
    /// pressed; its waiting draft still comes first, as with every form.
    public func confirm(contactID: String?) -> Screen {
        let (draft, blocked) = waiting(.confirmation, adopting: true)
        if let draft { return carryOn(.confirmation, draft, highlighted: contactID) }
        let screen = confirmation(restoring: nil, contactID: contactID)
        if let blocked {
            screen.draftBlocked = blocked
            screen.message = blocked
        }
        return screen
    }

    /// `form` reopened from its draft. A form that changes a record highlighted on the dashboard
    /// (`c`, `w`, `u`…) keeps one draft: when that draft is about another record, or none yet, it
    /// says so, and what to do to reach the one highlighted, so nobody records against one
    /// contact believing it is another.
    private func carryOn(_ form: EntryForm, _ draft: EntryDraft, highlighted: String?) -> Screen {
        let screen = make(form, draft)
        guard let highlighted, let picker = form.startsOn?.picker, let entry = screen as? EntryFormScreen,
              !entry.isOn(highlighted, picker: picker) else { return screen }
        entry.message = entry.model[picker].isEmpty
            ? "Your unsaved \(form.noun), carried on: nothing is chosen in it yet. Pick the one to change."
            : "Your unsaved \(form.noun), carried on, is about another \(picker) than the one highlighted. To reach that one, "
                + "save this (Ctrl-S) or discard it (Esc, then y): one \(form.noun) is kept at a time."
        return screen
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

    /// Gives the form `screen` shows (itself, or opened from the start-up offer) the pickers'
    /// lists as the store has them now, built as a new form of its kind would build them.
    public func offerFreshItems(to screen: Screen) {
        guard let form = (screen as? EntryFormScreen) ?? ((screen as? DraftOfferScreen)?.opened as? EntryFormScreen),
              let fresh = make(form.kind, nil) as? EntryFormScreen else { return }
        form.offerItems(of: fresh)
    }

    /// At start-up: a question offering the newest unsaved form back, or nil when there is none.
    public func draftOffer() -> Screen? {
        let waiting = drafts?.waiting() ?? []
        guard let (form, draft) = newestWaiting(among: waiting) else { return nil }
        let others = waiting.count - 1
        return DraftOfferScreen(draft: draft, others: others, calendar: store.calendar, now: store.clock.now, open: { [self] in open(form) })
    }
}
