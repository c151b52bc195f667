import LiaisonCore
import TerminalUI

/// Opens the entry forms for the dashboard: the one place that knows the store and where this
/// staff member's draft is kept.
public final class EntryFlows {
    public let store: Store
    public let drafts: DraftStore?

    public init(store: Store, drafts: DraftStore?) {
        self.store = store
        self.drafts = drafts
    }

    /// The draft left by an earlier session, when it is one this program can reopen.
    func pendingDraft() -> EntryDraft? {
        guard let draft = try? drafts?.load(), draft.form == ContactForm.draftKind else { return nil }
        return draft
    }

    /// A new contact form, or the unsaved one when there is a draft: pressing `a` never starts
    /// afresh over someone's unsaved typing.
    public func newContact() -> Screen {
        ContactEntryScreen(store: store, drafts: drafts, restoring: pendingDraft())
    }

    /// At start-up: a question offering the unsaved form back, or nil when there is none.
    public func draftOffer() -> Screen? {
        guard let draft = pendingDraft() else { return nil }
        return DraftOfferScreen(draft: draft, open: { [self] in newContact() })
    }
}
