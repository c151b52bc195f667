import Foundation
import LiaisonCore
import TerminalUI

/// Escalations (R10): raise any kind, then move it raised → acknowledged → resolved with dated
/// notes, an outcome, and the reason whenever a view was not accepted.
extension EntryFlows {
    func raiseEscalation(restoring draft: EntryDraft?) -> EntryFormScreen {
        let model = FormModel(rank: EntryItems.rank, inputs: [
            .picker("contact", "From a contact (optional)", EntryItems.contacts(store)),
            .choice("kind", "Kind", Escalation.Kind.allCases.map { ($0.rawValue, CareFormat.kindTitle($0)) }),
            .text("summary", "What it is about"),
            .picker("person", "Person (optional)", EntryItems.people(store, home: home, includingLeft: true)),
            .picker("partner", "Partner", EntryItems.partners(store)),
            .choice("urgency", "Urgency", [("routine", "Routine"), ("urgent", "Urgent (ack within \(store.timescales.urgent.acknowledgeHours) h)")]),
            // Picked from the staff list when the service keeps one: one manager, one name.
            store.staffList.isEmpty ? .text("manager", "Manager told") : .picker("manager", "Manager told", EntryItems.managers(store)),
            .text("reference", "Their reference"),
            .text("sent-on", "Sent on", hint: "empty for today; e.g. yesterday, Mon, 20/11/2026"),
        ], isShown: { m, id in
            // Only a complaint we sent to a partner's organisation has their reference and a day it went.
            id != "reference" && id != "sent-on" || m["kind"] == Escalation.Kind.complaintToPartner.rawValue
        })
        // Raising it from a contact fills in who it concerns, so the two records name the same people.
        let fromContact: (inout FormModel, String) -> Void = { [store] m, id in
            guard id == "contact", let contact = try? store.contact(id: m["contact"]) else { return }
            if let person = store.person(id: contact.personID) { m.pickers["person"]?.choose(EntryItems.person(person)) }
            if let partner = store.partner(id: contact.partnerID) { m.pickers["partner"]?.choose(EntryItems.partner(partner)) }
        }
        return EntryFormScreen(title: "Raise an escalation", kind: .escalation, model: model, drafts: drafts, store: store,
                               restoring: draft, times: ["sent-on": .day], onPick: fromContact,
                               notes: ["person": { [store] m in BasisText.warning(forPerson: m["person"], store: store) }]) { [store] m in
            let kind = Escalation.Kind(rawValue: m["kind"]) ?? .disagreement
            let complaint = kind == .complaintToPartner
            let sentOn = try complaint
                ? m["sent-on"].nilIfEmpty.map { try store.readDate($0, field: "sent-on", precision: .day, direction: .past) } ?? store.calendar.startOfDay(for: store.clock.now)
                : nil
            var draft = EscalationDraft(
                kind: kind, summary: m["summary"],
                personID: m["person"].nilIfEmpty, partnerID: m["partner"].nilIfEmpty, manager: m["manager"].nilIfEmpty,
                theirReference: complaint ? m["reference"].nilIfEmpty : nil, sentOn: sentOn)
            draft.urgency = m["urgency"] == "urgent" ? .urgent : .routine
            try store.raiseEscalation(draft)
        }
    }

    func progressEscalation(restoring draft: EntryDraft?) -> EntryFormScreen {
        // Resolving is a manager's (R10): a care worker is not offered the step, rather than
        // writing an outcome to have it refused.
        let mayResolve = (try? store.checkMayResolveEscalations()) != nil
        let steps = [("note", "Add a note"), ("acknowledge", "Acknowledged")] + (mayResolve ? [("resolve", "Resolved")] : [])
            + [("correct", "Correct a mistake")]
        // A partner's concern about our care is a manager's to acknowledge (R10): once one is
        // picked, anyone else is not offered the step, rather than having it refused at save.
        let stepsFor = { [store] (escalation: Escalation?) in
            escalation?.kind == .partnerConcern && !store.isManager ? steps.filter { $0.0 != "acknowledge" } : steps
        }
        let model = FormModel(rank: EntryItems.rank, inputs: [
            .picker("escalation", "Escalation", EntryItems.escalations(store)),
            .choice("action", "Step", steps),
            .text("summary", "What it is about"),
            .choice("kind", "Kind", Escalation.Kind.allCases.map { ($0.rawValue, CareFormat.kindTitle($0)) }),
            .choice("urgency", "Urgency", [("routine", "Routine"), ("urgent", "Urgent")]),
            .picker("person", "Person (optional)", EntryItems.people(store, home: home, includingLeft: true)),
            .picker("partner", "Partner (optional)", EntryItems.partners(store)),
            store.staffList.isEmpty ? .text("manager", "Manager told") : .picker("manager", "Manager told", EntryItems.managers(store)),
            .text("why", "Why you are correcting it"),
            .lines("note", "Note"),
            .text("outcome", "Outcome"),
            // What we raised asks whether our view was accepted; what a partner raised, whether
            // theirs was: the reason for not accepting it is what is explained to them.
            .choice("accepted", "Our view accepted", [("yes", "Yes"), ("no", "No")]),
            .choice("their-view", "Their view accepted", [("yes", "Yes"), ("no", "No")]),
            .text("reason-not-accepted", "Why not"),
        ], isShown: { [store] m, id in
            switch id {
            case "note": m["action"] != "resolve" && m["action"] != "correct"
            case "summary", "kind", "urgency", "person", "partner", "manager", "why": m["action"] == "correct"
            case "outcome": m["action"] == "resolve"
            case "accepted", "their-view": m["action"] == "resolve" && Self.viewInput(of: m["escalation"], store: store) == id
            case "reason-not-accepted": m["action"] == "resolve" && m[Self.viewInput(of: m["escalation"], store: store)] == "no"
            default: true
            }
        })
        // Correcting starts from the escalation as it is, so only the mistake is typed over.
        let filled = FilledRecord<Escalation>()
        let fill: (inout FormModel, String) -> Void = { [store] m, id in
            guard id == "escalation", let e = try? store.escalation(id: m["escalation"]) else { return }
            filled.remember(e, in: &m)
            let action = m["action"]
            m.choices["action"] = ChoiceField(stepsFor(e), selected: action)
            m.setText("summary", e.summary)
            m.choices["kind"]?.select(e.kind.rawValue)
            m.choices["urgency"]?.select(e.isUrgent ? "urgent" : "routine")
            m.setPick("person", e.personID.flatMap(store.person(id:)).map(EntryItems.person))
            m.setPick("partner", e.partnerID.flatMap(store.partner(id:)).map(EntryItems.partner))
            m.setPick("manager", e.manager.flatMap { manager in EntryItems.managers(store).first { $0.id == manager } })
            m.setText("manager", e.manager ?? "")
        }
        return EntryFormScreen(title: "Move an escalation on", kind: .escalationStep, model: model, drafts: drafts, store: store,
                               restoring: draft, onPick: fill,
                               notes: ["person": { [store] m in BasisText.warning(forPerson: m["person"], store: store) }],
                               keeping: [filled]) { [store] m in
            guard let escalation = try store.escalation(id: m["escalation"]) else {
                throw FieldError("escalation", "choose an escalation: type part of its summary, then Enter")
            }
            switch m["action"] {
            case "acknowledge": try store.acknowledge(escalation, note: m["note"].nilIfEmpty)
            case "correct":
                // The escalation as the inputs were filled from it: a colleague's change since is refused, not overwritten.
                guard let escalation = try filled.record(escalation.id, read: { try store.escalation(id: $0) }) else { return }
                var draft = EscalationDraft(
                    kind: Escalation.Kind(rawValue: m["kind"]) ?? escalation.kind, summary: m["summary"],
                    personID: m["person"].nilIfEmpty, partnerID: m["partner"].nilIfEmpty, manager: m["manager"].nilIfEmpty)
                draft.urgency = m["urgency"] == "urgent" ? .urgent : .routine
                try store.correct(escalation, to: draft, reason: m["why"])
            case "resolve":
                try store.resolve(escalation, outcome: m["outcome"], viewAccepted: m[Self.viewInput(of: escalation.id, store: store)] == "yes",
                                  reasonNotAccepted: m["reason-not-accepted"].nilIfEmpty)
            default: try store.addNote(to: escalation, m["note"])
            }
        }
    }

    /// Which of the form's "view accepted" questions an escalation is asked: ours for what we
    /// raised, theirs for what a partner raised (`Escalation.Kind.isRaisedByPartner`). Read from
    /// the open escalations in memory, since the form asks at every draw.
    static func viewInput(of escalationID: String, store: Store) -> String {
        let kind = store.openEscalations.first { $0.id == escalationID }?.kind
        return kind?.isRaisedByPartner == true ? "their-view" : "accepted"
    }

}
