import Foundation
import LiaisonCore
import TerminalUI

/// Written confirmation of advice (R6), one step at a time: ask for it (how, from whom), chase it
/// (what was said), record it received (when, email or letter, their reference), or say why it is
/// not needed or not possible; or take back a step recorded wrongly. Opened on the highlighted
/// contact with `w`, or on any owed one or any answered in the days at hand.
extension EntryFlows {
    static let confirmationSteps: [(value: String, label: String)] = [
        ("requested", "Asked for it in writing"), ("chased", "Chased it"), ("received", "Received it"),
        ("not-needed", "Not needed"), ("not-possible", "Not possible"), ("taken-back", "Recorded wrongly: take back"),
    ]

    /// The form, with `contactID` already picked when the step starts from a highlighted contact.
    func confirmation(restoring draft: EntryDraft?, contactID: String? = nil) -> EntryFormScreen {
        let items = EntryItems.owedInWriting(store, including: contactID)
        var model = FormModel(rank: EntryItems.rank, inputs: [
            .picker("contact", "Advice", items),
            .choice("step", "What happened", Self.confirmationSteps),
            .text("how", "How you asked", hint: "e.g. email to the surgery, letter, on the call"),
            .text("from", "Asked whom", hint: "leave empty for the partner who gave the advice"),
            .lines("said", "What was said"),
            .choice("medium", "It came as", [("email", "Email"), ("letter", "Letter")]),
            .text("reference", "Their reference", hint: "so the letter or email can be found"),
            .text("when", "When", hint: "empty for now; e.g. 14:05, yesterday 10:00, Mon 09:30"),
            .lines("why", "Why"),
        ], isShown: { m, id in
            switch id {
            case "how", "from": m["step"] == "requested"
            case "said": m["step"] == "chased"
            case "medium", "reference": m["step"] == "received"
            case "when": m["step"] == "requested" || m["step"] == "chased" || m["step"] == "received"
            case "why": m["step"] == "not-needed" || m["step"] == "not-possible" || m["step"] == "taken-back"
            default: true
            }
        })
        // The likely next step for where the advice stands: a request is chased or received,
        // advice with no decision is asked for.
        let fill: (inout FormModel, String) -> Void = { [store] m, id in
            guard id == "contact", let contact = try? store.contact(id: m["contact"]) else { return }
            // Advice already answered (received, not needed or not possible) has no step ahead,
            // and the one step back undoes the answer: nothing is chosen for it, so a care
            // worker typing on regardless is stopped at the choice, not saving a take-back.
            if contact.confirmation != nil && !contact.awaitsConfirmation {
                m.choices["step"]?.clear()
            } else {
                m.choices["step"]?.select(contact.awaitsConfirmation ? "chased" : "requested")
            }
        }
        if let contactID, let item = items.first(where: { $0.id == contactID }) {
            model.pickers["contact"]?.choose(item)
            fill(&model, "contact")
            model.focus = "step"
        }
        return EntryFormScreen(
            title: "Written confirmation", kind: .confirmation, model: model, drafts: drafts, store: store,
            restoring: draft, times: ["when": .pastOrNow], onPick: fill,
            notes: ["contact": { [store] m in
                guard let contact = try? store.contact(id: m["contact"]) else { return nil }
                return ConfirmationText.standing(contact, partner: store.partner(id: contact.partnerID), calendar: store.calendar, now: store.clock.now)
            }]
        ) { [store] m in
            guard let contact = try store.contact(id: m["contact"]) else {
                throw FieldError("contact", "choose the advice: type part of it or the person's name, then Enter")
            }
            if m["step"].isEmpty {
                throw FieldError("step", "choose what happened with ← →: this advice is answered already, so only “Recorded wrongly: take back” changes it")
            }
            let when = try m["when"].nilIfEmpty.map { try store.readDate($0, field: "when", direction: .past) }
            let step: ConfirmationStep = switch m["step"] {
            case "requested": .requested(how: m["how"], from: m["from"].nilIfEmpty, at: when)
            case "chased": .chased(note: m["said"], at: when)
            case "received": .received(at: when, medium: Confirmation.Medium(rawValue: m["medium"]), reference: m["reference"].nilIfEmpty)
            case "not-needed": .notNeeded(reason: m["why"])
            case "taken-back": .takenBack(reason: m["why"])
            default: .notPossible(reason: m["why"])
            }
            do {
                try store.recordConfirmation(step, on: contact)
            } catch let error as FieldError where error.field == "note" {
                // The rules name one note; the form asks for it under the step's own words.
                throw FieldError(m["step"] == "requested" ? "how" : m["step"] == "chased" ? "said" : "why", error.message)
            }
        }
    }
}

/// Where a piece of advice stands on written confirmation, in one line for a form or a list.
enum ConfirmationText {
    static func standing(_ contact: Contact, partner: Partner?, calendar: Calendar, now: Date) -> String {
        let format = CareFormat(calendar: calendar)
        func when(_ date: Date) -> String { format.dated(date, now: now) }
        guard let confirmation = contact.confirmation else {
            return "No decision yet: ask \(partner?.name ?? "the partner") to put it in writing, or say why not"
        }
        switch confirmation.state {
        case .requested:
            var text = "Asked " + (confirmation.requestedAt.map(when) ?? "")
            if let method = confirmation.method { text += " (\(method))" }
            if let last = confirmation.chases.last {
                text += " · chased \(confirmation.chases.count)×, last \(when(last.at)) by \(last.by): \(last.note)"
            } else {
                text += " · not chased yet"
            }
            return text
        case .received: return "Received " + (confirmation.receivedAt.map(when) ?? "")
        case .notNeeded: return "Not needed: \(confirmation.reason ?? "")"
        case .notPossible: return "Not possible: \(confirmation.reason ?? "")"
        }
    }
}
