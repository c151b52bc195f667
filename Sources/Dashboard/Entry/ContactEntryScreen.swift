import Foundation
import LiaisonCore
import TerminalUI

/// The new contact / advice form (R5–R8, R3): the entry screen with what only a contact has —
/// the person's sharing basis under their name, several follow-ups with Ctrl-T, a partner
/// added from inside the picker, and the contact and its follow-ups saved in one go.
final class ContactEntryScreen: EntryFormScreen {
    private(set) var bases: [String: SharingBasis]
    var queuedFollowUps: [FollowUp]
    var newPartner: NewPartnerPanel?
    /// Told the contact once it is saved, so the dashboard can show it.
    let onSaved: (Contact) -> Void

    static let contactFooter: [(key: String, label: String)] = [
        ("Tab", "next"), ("Enter", "pick/new line"), ("Ctrl-S", "save"), ("Esc", "cancel"), ("Ctrl-T", "another follow-up"),
    ]

    /// The people's sharing bases come with the lists: a person added elsewhere has one too.
    override func offerItems(of fresh: EntryFormScreen) {
        super.offerItems(of: fresh)
        if let fresh = fresh as? ContactEntryScreen { bases = fresh.bases }
    }

    init(store: Store, drafts: DraftStore?, restoring draft: EntryDraft? = nil, home: Home? = nil, onSaved: @escaping (Contact) -> Void = { _ in }) {
        bases = EntryItems.bases(store)
        self.onSaved = onSaved
        queuedFollowUps = ContactForm.followUps(from: draft?.values["follow-ups"])
        let model = ContactForm.model(people: EntryItems.people(store, home: home, includingLeft: true), partners: EntryItems.partners(store), bases: bases)
        super.init(title: "New contact / advice", kind: .contact, model: model, drafts: drafts, store: store, restoring: draft,
                   times: [ContactField.when.rawValue: .pastOrNow, ContactField.taskDue.rawValue: .deadline, ContactField.capacityOn.rawValue: .pastDay],
                   save: { _ in })
        footer = Self.contactFooter
        if let values = draft?.values, values["new-partner-open"] != nil {
            let panel = values.filter { $0.key.hasPrefix("new-partner:") }
            newPartner = NewPartnerPanel(name: "", values: Dictionary(uniqueKeysWithValues: panel.map {
                (String($0.key.dropFirst("new-partner:".count)), $0.value)
            }))
        }
    }

    /// The form read as a contact's fields.
    var form: ContactForm {
        get { ContactForm(model: model, queuedFollowUps: queuedFollowUps, bases: bases, dateOrder: store.dateOrder) }
        set {
            model = newValue.model
            queuedFollowUps = newValue.queuedFollowUps
        }
    }

    override var discardQuestion: String { "Discard this contact?" }

    override var isChanged: Bool { super.isChanged || !queuedFollowUps.isEmpty || newPartner != nil }

    override func handle(_ key: Key) -> ScreenResponse {
        if confirmDiscard == nil, newPartner != nil {
            handlePartnerPanel(key)
            return .handled
        }
        if confirmDiscard == nil, key == .control("t") {
            if form.keepFollowUpAndStartAnother(now: store.clock.now, calendar: store.calendar) { message = nil }
            keepDraft()
            return .handled
        }
        return super.handle(key)
    }

    override func handled(_ outcome: FormModel.Outcome, before: [String: String]? = nil) {
        if case .wantsNew(_, let name) = outcome {
            newPartner = NewPartnerPanel(name: name)
            keepDraft()
            return
        }
        super.handled(outcome, before: before)
    }

    private func handlePartnerPanel(_ key: Key) {
        guard var panel = newPartner else { return }
        switch panel.handle(key) {
        case .cancelled:
            newPartner = nil
        case .submitted:
            switch panel.draft() {
            case .failure(let error): panel.show(error)
            case .success(let draft):
                do {
                    let partner = try store.waitingAtMost(Store.formSaveWait) { try store.addPartner(draft) }
                    model.adopt(EntryItems.partner(partner), in: ContactField.partner.rawValue)
                    newPartner = nil
                    keepDraft()
                    return
                } catch let error as FieldError {
                    panel.show(error)
                } catch {
                    panel.show(FieldError("name", "the partner was not added: \(ErrorWords.describe(error))"))
                }
            }
            newPartner = panel
        case .editing:
            newPartner = panel
        }
        keepDraft()
    }

    override func draftValues() -> [String: String] {
        var values = form.values
        if let newPartner {
            values["new-partner-open"] = "1"
            for (label, value) in newPartner.values where !value.isEmpty { values["new-partner:\(label)"] = value }
        }
        return values
    }

    /// The form's own refusals and, once the form reads as a contact, every refusal of the
    /// contact's rules (R3–R7), so one save marks every field that is wrong.
    override func problems() -> [String: String] {
        let now = store.clock.now
        var found = Dictionary(uniqueKeysWithValues: form.problems(now: now, calendar: store.calendar).map { ($0.key.rawValue, $0.value) })
        // The form's own words win where both refuse a field (an empty summary, say).
        guard let person = form.person.chosen.flatMap({ store.person(id: $0.id) }),
              let draft = try? form.contactDraft(now: now, calendar: store.calendar, readable: true) else { return found }
        let then = draft.sharedByUs ? try? store.sharingBasis(of: person, at: (draft.happenedAt ?? now).wholeSeconds) : nil
        for problem in draft.problems(person: person, basisThen: then, by: store.staff, at: now, calendar: store.calendar) {
            let id = Self.inputID(forErrorField: problem.field)
            if found[id] == nil { found[id] = problem.message }
        }
        return found
    }

    /// Validates, then saves the contact and its follow-ups in one transaction: all or none.
    override func trySave() {
        pinTimesWhoseDayTurned()
        let found = problems()
        guard found.isEmpty else { return super.trySave() }
        do {
            let now = store.clock.now
            let contact = try form.contactDraft(now: now, calendar: store.calendar)
            let followUps = try form.taskDrafts(now: now, calendar: store.calendar)
            // A held store gets a short wait, then a message: never a frozen form mid-call.
            let result = try store.waitingAtMost(Store.formSaveWait) { try store.addContact(contact, followUps: followUps) }
            drafts?.discard(kind.rawValue)
            markSaved()
            onSaved(result.contact)
        } catch let error as FieldError {
            show(error)
        } catch {
            message = FormMessage.notSaved(error)
        }
    }

    override class func inputID(forErrorField field: String) -> String {
        switch field {
        case "title": ContactField.taskTitle.rawValue
        case "due": ContactField.taskDue.rawValue
        default: field
        }
    }

    // MARK: Drawing

    override func drawOver(in area: Rect, grid: inout CellGrid, theme: Theme) {
        newPartner?.draw(in: area, grid: &grid, theme: theme)
    }

    override func label(for input: FormInput) -> String {
        guard input.id == ContactField.confirmationNote.rawValue else { return input.label }
        switch form.choice(.confirmation) {
        case "requested": return "Asked for how"
        case "received": return "Their reference"
        case "not-possible": return "Why not possible"
        case "not-needed": return "Why not needed"
        default: return ContactField.confirmationNote.label
        }
    }

    /// What an empty field means, shown faintly in it.
    override func hint(for input: FormInput) -> String? {
        switch ContactField(rawValue: input.id) {
        case .when: "now (or 14:05, yesterday 09:30, Fri 16:00, 20/11 16:00)"
        case .taskDue: "e.g. 15:00, tomorrow 10:00, Fri 17:00, +2h"
        case .taskOwner: "you, unless you name someone"
        case .carePlanChange: "leave empty if the care plan did not change"
        case .decidedBy: "you, unless you name who decided or authorised it"
        case .nature: "e.g. low single informal indirect (level, agencies, formality, involvement)"
        case .capacityOn: "e.g. yesterday, Mon, 20/11/2026"
        case .capacityDecision: "e.g. sharing her wound care with the nurse"
        case .consulted: "family, advocate, professionals asked"
        case .confirmationNote:
            switch form.choice(.confirmation) {
            case "": "choose above first: ask for it, received, or why not"
            case "requested": "empty: asked during this contact; or e.g. email to the surgery"
            default: nil
            }
        default: nil
        }
    }

    override func below(_ input: FormInput) -> [FormView.Line] {
        var lines = super.below(input)
        switch ContactField(rawValue: input.id) {
        case .person:
            if let person = form.person.chosen.flatMap({ store.person(id: $0.id) }), let left = BasisText.left(person, store: store) {
                lines.append(FormView.Line(left, role: .warning))
            }
            if let basis = form.basis {
                let exception = form.needsException ? SharingException.Kind(rawValue: form.choice(.exception)) : nil
                let line = BasisText.describe(basis, now: store.clock.now, calendar: store.calendar, sharedUnder: exception)
                lines.append(FormView.Line(line.text, role: line.isWarning ? .warning : .ok))
            }
        case .taskOwner:
            for followUp in queuedFollowUps {
                let kind = followUp.kind == "promise" ? "promise" : "task"
                let owner = followUp.owner.isEmpty ? "you" : followUp.owner
                // As read when it was kept (`keepFollowUpAndStartAnother` writes it out whole).
                let due = EntryTime.deadline.words(of: followUp.due, store: store) ?? followUp.due
                lines.append(FormView.Line("Also: \(kind) “\(followUp.title)”, \(owner), by \(due)"))
            }
        default: break
        }
        return lines
    }
}
