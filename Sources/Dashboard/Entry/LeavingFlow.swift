import Foundation
import LiaisonCore
import TerminalUI

/// R1: someone leaves the service — discharged, moved or died, with the date — or comes back.
/// Everyone is offered here, those who left included, so they can be readmitted or their
/// leaving put right.
extension EntryFlows {
    func leaving(restoring draft: EntryDraft?) -> EntryFormScreen {
        // Those still here first, as every picker lists them, and only the home's own on a
        // dashboard limited to one home.
        let everyone = EntryItems.people(store, home: home, includingLeft: true)
        let deaths = DeathTakeBack(store)
        let leavingDay = LeavingDayCheck(store)
        let model = FormModel(rank: EntryItems.rank, inputs: [
            .picker("person", "Person", everyone),
            .choice("action", "What happened", Self.actions(nextTo: nil)),
            .text("location", "Room they come back to", hint: "empty keeps their room"),
            .text("on", "On", hint: "empty for today; e.g. yesterday, Mon, 20/11/2026"),
            .text("note", "Where to, or a note"),
            .text("reason", "Why (for the history)"),
        ], isShown: { [store] m, id in
            switch id {
            case "on", "note": Person.Leaving.Kind(rawValue: m["action"]) != nil
            // Taking back a death brings nobody back to a room: they never left theirs.
            case "location": m["action"] == "readmit" && !(store.person(id: m["person"]).map(deaths.takesBack) ?? false)
            case "reason": !m["action"].isEmpty
            default: true
            }
        })

        // Someone who left is offered coming back first; their leaving as recorded fills the
        // day and the note, and how they left sits next to coming back, so ← from it puts the
        // leaving right from what it says rather than changing how they left by the way.
        // The save works on the person as filled: a colleague's correction meanwhile is
        // refused, not undone.
        let filled = FilledRecord<Person>()
        let fill: (inout FormModel, String) -> Void = { [store] m, id in
            guard id == "person", let person = store.person(id: m["person"]) else { return }
            filled.remember(person, in: &m)
            guard let left = person.discharged else { return }
            // A death taken back is chosen, never offered ready: typing on after picking
            // someone must not reach a saved "did not die".
            let takingBack = deaths.takesBack(person)
            m.choices["action"] = ChoiceField(Self.actions(nextTo: person.leaving?.kind ?? .discharged, takingBackADeath: takingBack),
                                              selected: "readmit")
            if takingBack { m.choices["action"]?.clear() }
            m.setText("on", DateInput.dayKey(left, calendar: store.calendar))
            m.setText("note", person.leaving?.note ?? "")
        }
        let screen = EntryFormScreen(title: "Leaving the service, or coming back", kind: .leaving, model: model,
                               drafts: drafts, store: store, restoring: draft, times: ["on": .pastDay], onPick: fill,
                               notes: ["person": { [store] m in
                                   store.person(id: m["person"]).flatMap { Self.leavingNote($0, action: m["action"], deaths: deaths, store: store) }
                               }, "on": { [store] m in
                                   guard let kind = Person.Leaving.Kind(rawValue: m["action"]), let person = store.person(id: m["person"]) else { return nil }
                                   return leavingDay.note(person, as: kind, on: m["on"])
                               }, "location": { [store] m in
                                   guard m["action"] == "readmit", let person = store.person(id: m["person"]) else { return nil }
                                   return Self.alikeNote(person, location: m["location"], among: store.people)
                               }], keeping: [filled]) { [store] m in
            guard let person = filled.record(m["person"], read: store.person(id:)) else {
                throw FieldError("person", "choose who: type part of their name, then Enter")
            }
            if m["action"].isEmpty {
                throw FieldError("action", "choose with ← →: “Did not die: take it back”, or how they left to put that right")
            }
            guard let kind = Person.Leaving.Kind(rawValue: m["action"]) else {
                // Empty keeps the room recorded: a draft saves no empty input, so "none" typed
                // here could not be told, once restored, from one never typed; `P` takes a room off.
                try store.readmit(person, reason: m["reason"], location: m["location"].nilIfEmpty)
                return
            }
            let on = try m["on"].nilIfEmpty.map { try store.readDate($0, field: "on", precision: .day, direction: .past) }
            if person.discharged != nil {
                try store.correctLeaving(person, as: kind, on: on, note: m["note"], reason: m["reason"])
            } else {
                try store.leave(person, as: kind, on: on ?? store.clock.now, note: m["note"].nilIfEmpty, reason: m["reason"])
            }
        }
        // Its answers are reshaped by whether the person has left: a colleague's leaving or
        // readmission meanwhile is not merged answer by answer (it turned "discharged" into
        // "came back"); the form says to open the person again.
        screen.mergesChange = false
        return screen
    }

    /// The answers to "What happened", with `recorded` (how someone left) just before coming
    /// back, where ← from coming back lands on it.
    /// Nobody comes back from a death: for someone recorded as died, the same answer takes the
    /// death back (`Store.readmitTakesBackADeath`) and says so.
    static func actions(nextTo recorded: Person.Leaving.Kind?, takingBackADeath: Bool = false) -> [(value: String, label: String)] {
        let kinds: [(Person.Leaving.Kind, String)] = [(.discharged, "Discharged"), (.moved, "Moved elsewhere"), (.died, "Died")]
        let ordered = kinds.filter { $0.0 != recorded } + kinds.filter { $0.0 == recorded }
        return ordered.map { ($0.0.rawValue, $0.1) } + [("readmit", takingBackADeath ? "Did not die: take it back" : "Came back (readmit)")]
    }

    /// Under the room someone comes back to: who is here already with their name, that room and
    /// the name they go by, whom they would show exactly as (saving so is refused); else, left
    /// empty, the room it keeps.
    static func alikeNote(_ person: Person, location typed: String, among people: [Person]) -> String? {
        let location = typed.nilIfEmpty ?? person.location
        let alike = people.filter {
            $0.id != person.id && $0.discharged == nil
                && $0.showsAlike(name: person.name, location: location, preferred: person.preferredName, home: person.home)
        }
        guard let here = alike.first else { return typed.isEmpty ? person.location.map { "Empty keeps \($0)" } : nil }
        let room = here.location.map { " in \($0)" } ?? " with no room"
        return "\(here.name) is here\(room) already; give the room that tells them apart, or keep to that record if it is them"
    }

    /// Under the person: for someone who left, what saving does with `action` chosen (bring
    /// them back, or put their leaving right), or what to choose when none is; for anyone else,
    /// the work still open for them, which stays on the lists after they go and needs someone.
    static func leavingNote(_ person: Person, action: String, deaths: DeathTakeBack, store: Store) -> String? {
        if let left = person.leftAs {
            let on = person.discharged.map { " on " + CareFormat(calendar: store.calendar).dated($0, now: store.clock.now, time: false) } ?? ""
            if action.isEmpty { return "Left (\(left))\(on): choose below whether that was recorded wrongly, or put how they left right" }
            if action != "readmit" { return "Left (\(left))\(on): saving corrects their leaving to what is below; say why" }
            return deaths.takesBack(person)
                ? "Left (\(left))\(on): saving takes the death back as recorded wrongly; say what was wrong"
                : "Left (\(left))\(on): saving readmits them; to correct their leaving instead, choose how they left"
        }
        let tasks = store.openTasks.filter { $0.personID == person.id }.count
        let escalations = store.openEscalations.filter { $0.personID == person.id }.count
        let owed = (store.chaseList + store.undecidedAdvice).filter { $0.personID == person.id }.count
        let open = [(tasks, "task", "tasks"), (escalations, "escalation", "escalations"),
                    (owed, "written confirmation owed", "written confirmations owed")]
            .filter { $0.0 > 0 }.map { "\($0.0) \($0.0 == 1 ? $0.1 : $0.2)" }
        guard !open.isEmpty else { return nil }
        return "Still open for them: " + open.joined(separator: ", ") + "; these stay on the lists"
    }
}

/// Whether readmitting someone takes back a death (`Store.readmitTakesBackADeath`), read once
/// for each version of them the form shows: the answer reads their history, and the form's
/// note asks at every draw.
final class DeathTakeBack {
    private let store: Store
    private var known: (id: String, version: Int, takesBack: Bool)?

    init(_ store: Store) { self.store = store }

    func takesBack(_ person: Person) -> Bool {
        if let known, known.id == person.id, known.version == person.audit.version { return known.takesBack }
        let takesBack = (try? store.readmitTakesBackADeath(person)) == true
        known = (person.id, person.audit.version, takesBack)
        return takesBack
    }
}
