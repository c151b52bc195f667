import Foundation
import LiaisonCore
import TerminalUI

/// The new contact / advice form (R5–R8, R3), presented over the dashboard. It quits once the
/// contact is saved or deliberately thrown away; until then every change is written as a draft,
/// and a save that fails leaves the form open with what went wrong.
public final class ContactEntryScreen: Screen {
    let store: Store
    let drafts: DraftStore?
    var form: ContactForm
    var newPartner: NewPartnerPanel?
    var confirmDiscard: Overlay?
    /// What went wrong with the last save or draft write, shown above the footer.
    var message: String?
    var scrollTop = 0
    private let blankValues: [String: String]
    /// The contact saved, once it is.
    public private(set) var saved: Contact?

    static let footer: [(key: String, label: String)] = [
        ("Tab", "next"), ("Enter", "pick/new line"), ("Ctrl-S", "save"), ("Esc", "cancel"), ("Ctrl-T", "another follow-up"),
    ]

    public init(store: Store, drafts: DraftStore?, restoring draft: EntryDraft? = nil) {
        self.store = store
        self.drafts = drafts
        let people = EntryItems.people(store), partners = EntryItems.partners(store), bases = EntryItems.bases(store)
        blankValues = ContactForm(people: people, partners: partners, bases: bases).values
        if let draft {
            form = ContactForm(draft: draft, people: people, partners: partners, bases: bases)
            if draft.values["new-partner-open"] != nil {
                let panelValues = draft.values.filter { $0.key.hasPrefix("new-partner:") }
                newPartner = NewPartnerPanel(name: "", values: Dictionary(uniqueKeysWithValues: panelValues.map {
                    (String($0.key.dropFirst("new-partner:".count)), $0.value)
                }))
            }
        } else {
            form = ContactForm(people: people, partners: partners, bases: bases)
        }
        form.dateOrder = store.dateOrder
    }

    public var minimumSize: Size { Size(width: 60, height: 16) }

    /// Whether anything was typed: an untouched form closes on Esc without asking.
    var isChanged: Bool { form.values != blankValues || newPartner != nil }

    public func handle(_ key: Key) -> ScreenResponse {
        if let question = confirmDiscard {
            switch question.handle(key) {
            case .confirmed:
                drafts?.discard()
                return .quit
            case .declined, .closed: confirmDiscard = nil
            case .stillOpen: break
            }
            return .handled
        }
        if newPartner != nil {
            handlePartnerPanel(key)
            return .handled
        }
        switch key {
        case .control("s"):
            save()
            return saved == nil ? .handled : .quit
        case .control("t"):
            if form.keepFollowUpAndStartAnother(now: store.clock.now, calendar: store.calendar) { message = nil }
            keepDraft()
        case .escape:
            guard isChanged else {
                drafts?.discard()
                return .quit
            }
            confirmDiscard = Overlay(title: "Discard this contact?", lines: [
                "Everything typed in this form will be lost.", "Press n to go back to it.",
            ], kind: .confirm)
        default:
            switch form.handle(key) {
            case .edited, .moved:
                // A cut paste is said above the footer too: a tall field may hide its own note.
                message = form.errors[form.focus] == FormMessage.pasteCut ? FormMessage.pasteCut : nil
                keepDraft()
            case .wantsNewPartner(let name):
                newPartner = NewPartnerPanel(name: name)
                keepDraft()
            case .unused: break
            }
        }
        return .handled
    }

    private func handlePartnerPanel(_ key: Key) {
        guard var panel = newPartner else { return }
        switch panel.form.handle(key) {
        case .cancelled:
            newPartner = nil
        case .submitted:
            switch panel.draft() {
            case .failure(let error): panel.show(error)
            case .success(let draft):
                do {
                    let partner = try store.waitingAtMost(Store.formSaveWait) { try store.addPartner(draft) }
                    form.adoptNewPartner(EntryItems.partner(partner))
                    newPartner = nil
                    keepDraft()
                    return
                } catch let error as FieldError {
                    panel.show(error)
                } catch {
                    panel.show(FieldError("name", "the partner was not added: \(Self.describe(error))"))
                }
            }
            newPartner = panel
        case .editing, .ignored:
            newPartner = panel
        }
        keepDraft()
    }

    /// Writes the form as it is now; a failure is shown but never stops the typing.
    func keepDraft() {
        guard let drafts else { return }
        // Moving about an untouched form is not worth offering back at the next start.
        guard isChanged else { return drafts.discard() }
        var draft = form.draft(at: store.clock.now)
        if let newPartner {
            draft.values["new-partner-open"] = "1"
            for (label, value) in newPartner.values where !value.isEmpty { draft.values["new-partner:\(label)"] = value }
        }
        do {
            try drafts.save(draft)
            try drafts.saveNotice(DraftNotice(
                staff: store.staff, form: draft.form, updatedAt: draft.updatedAt,
                about: draft.values["person"].flatMap(store.person(id:))?.initials))
        } catch {
            message = "Your typing could not be kept as a draft: \(Self.describe(error)). Save soon."
        }
    }

    /// Validates, then saves the contact and its follow-up. Anything refused stays on screen.
    func save() {
        let now = store.clock.now
        let problems = form.problems(now: now, calendar: store.calendar)
        guard problems.isEmpty else {
            form.errors = problems
            form.focus = form.visibleFields.first { problems[$0] != nil } ?? form.focus
            message = "Not saved yet: see the notes marked !"
            return
        }
        do {
            // A held store gets a short wait, then a message: never a frozen form mid-call.
            // The contact and its follow-ups go in one transaction: all of them or none.
            let contact = try form.contactDraft(now: now, calendar: store.calendar)
            let followUps = try form.taskDrafts(now: now, calendar: store.calendar)
            let result = try store.waitingAtMost(Store.formSaveWait) { try store.addContact(contact, followUps: followUps) }
            drafts?.discard()
            saved = result.contact
        } catch let error as FieldError {
            if let field = ContactField(errorField: error.field), form.visibleFields.contains(field) {
                form.errors[field] = error.message
                form.focus = field
                message = "Not saved yet: see the note marked !"
            } else {
                message = "Not saved: \(error.message)"
            }
        } catch {
            message = FormMessage.notSaved(error)
        }
    }

    static func describe(_ error: Error) -> String {
        ErrorWords.describe(error)
    }
}
