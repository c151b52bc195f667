import Foundation
import LiaisonCore
import TerminalUI

/// R1: someone leaves the service — discharged, moved or died, with the date — or comes back.
/// Everyone is offered here, those who left included, so they can be readmitted.
extension EntryFlows {
    func leaving(restoring draft: EntryDraft?) -> EntryFormScreen {
        let everyone = store.people.map { person -> PickerItem in
            var item = EntryItems.person(person)
            if let left = person.leftAs { item.detail = "left: \(left)" }
            return item
        }
        let model = FormModel(rank: EntryItems.rank, inputs: [
            .picker("person", "Person", everyone),
            .choice("action", "What happened", [("discharged", "Discharged"), ("moved", "Moved elsewhere"), ("died", "Died"), ("readmit", "Came back (readmit)")]),
            .text("on", "On", hint: "empty for today; e.g. yesterday, Mon, 20/11/2026"),
            .text("note", "Where to, or anything to know"),
            .text("reason", "Why (for the history)"),
        ], isShown: { m, id in
            switch id {
            case "on", "note": m["action"] != "readmit"
            default: true
            }
        })
        let fill: (inout FormModel, String) -> Void = { [store] m, id in
            guard id == "person", let person = store.person(id: m["person"]) else { return }
            if person.discharged != nil { m.choices["action"]?.select("readmit") }
        }
        return EntryFormScreen(title: "Leaving the service, or coming back", kind: .leaving, model: model,
                               drafts: drafts, store: store, restoring: draft, times: ["on": .pastDay], onPick: fill) { [store] m in
            guard let person = store.person(id: m["person"]) else { throw FieldError("person", "choose who: type part of their name, then Enter") }
            guard let kind = Person.Leaving.Kind(rawValue: m["action"]) else {
                try store.readmit(person, reason: m["reason"])
                return
            }
            let on = try m["on"].nilIfEmpty.map { try store.readDate($0, field: "on", precision: .day, direction: .past) }
            try store.leave(person, as: kind, on: on ?? store.clock.now, note: m["note"].nilIfEmpty, reason: m["reason"])
        }
    }
}
