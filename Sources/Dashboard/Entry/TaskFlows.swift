import Foundation
import LiaisonCore
import TerminalUI

/// Tasks and promises (R8): add one, or take an open one and mark it done with its outcome,
/// log a delay (and whether the partner was told), or hand it to someone else.
extension EntryFlows {
    func newTask(restoring draft: EntryDraft?) -> EntryFormScreen {
        let model = FormModel(rank: EntryItems.rank, inputs: [
            .text("title", "What is to be done"),
            .choice("promise", "Kind", [("no", "Task"), ("yes", "Promise (e.g. call back)")]),
            .picker("person", "For (optional)", EntryItems.people(store, home: home, includingLeft: true)),
            .picker("partner", "With (optional)", EntryItems.partners(store)),
            .text("owner", "Who will do it", hint: "you, unless you name someone"),
            .text("due", "By when", hint: "e.g. 15:00, tomorrow 10:00, Fri 17:00, 1/12 09:00, +2h"),
        ])
        return EntryFormScreen(title: "New task or promise", kind: .task, model: model, drafts: drafts, store: store, restoring: draft,
                               times: ["due": .deadline],
                               notes: ["person": { [store] m in BasisText.warning(forPerson: m["person"], store: store) }]) { [store] m in
            let due = try Self.requiredWhen(m["due"], field: "due", store: store)
            try store.addTask(TaskDraft(title: m["title"], personID: m["person"].nilIfEmpty, partnerID: m["partner"].nilIfEmpty,
                                        owner: m["owner"].nilIfEmpty, due: due, isPromise: m["promise"] == "yes"))
        }
    }

    func updateTask(restoring draft: EntryDraft?) -> EntryFormScreen {
        let model = FormModel(rank: EntryItems.rank, inputs: [
            .picker("task", "Task", EntryItems.tasks(store)),
            .choice("action", "What happened", [("done", "Done"), ("delay", "Delayed"), ("reassign", "Hand to someone else"), ("correct", "Correct a mistake")]),
            .text("title", "What is to be done"),
            .picker("person", "For (optional)", EntryItems.people(store, home: home, includingLeft: true)),
            .picker("partner", "With (optional)", EntryItems.partners(store)),
            .text("due", "By when", hint: "e.g. 15:00, tomorrow 10:00, Fri 17:00, 1/12 09:00, +2h"),
            .text("task-owner", "Who will do it"),
            .text("outcome", "Outcome"),
            .text("note", "What is holding it up"),
            // "Not yet" first: telling the partner is something someone did, never assumed.
            .choice("informed", "Partner told of delay", [("no", "Not yet"), ("yes", "Yes, partner informed")]),
            .text("new-due", "New due time", hint: "empty keeps the old one; e.g. Fri 17:00, in 3 days"),
            .text("owner", "New owner"),
            .text("reason", "Why"),
        ], isShown: { m, id in
            switch id {
            case "outcome": m["action"] == "done"
            case "note", "informed", "new-due": m["action"] == "delay"
            case "owner": m["action"] == "reassign"
            case "reason": m["action"] == "reassign" || m["action"] == "correct"
            case "title", "person", "partner", "due", "task-owner": m["action"] == "correct"
            default: true
            }
        })
        // Correcting starts from the task as it is, so only the mistake is typed over.
        let filled = FilledRecord<CareTask>()
        let fill: (inout FormModel, String) -> Void = { [store] m, id in
            guard id == "task", let task = try? store.task(id: m["task"]) else { return }
            // What happened to the last task picked is not what happened to this one.
            filled.remember(task, in: &m, typedAbout: ["outcome", "note", "informed", "new-due", "owner"])
            m.setText("title", task.title)
            m.setText("task-owner", task.owner ?? "")
            m.setText("due", RecordFlowsTime.text(task.due, calendar: store.calendar))
            m.setPick("person", task.personID.flatMap(store.person(id:)).map(EntryItems.person))
            m.setPick("partner", task.partnerID.flatMap(store.partner(id:)).map(EntryItems.partner))
        }
        return EntryFormScreen(title: "Update a task", kind: .taskUpdate, model: model, drafts: drafts, store: store, restoring: draft,
                               times: ["due": .deadline, "new-due": .deadline], onPick: fill,
                               notes: ["person": { [store] m in BasisText.warning(forPerson: m["person"], store: store) }],
                               keeping: [filled]) { [store] m in
            guard let task = try store.task(id: m["task"]), task.status == .open else {
                throw FieldError("task", "choose an open task: type part of what it says, then Enter")
            }
            switch m["action"] {
            case "done": try store.closeTask(task, outcome: m["outcome"])
            case "delay":
                let newDue = m["new-due"].isEmpty ? nil : try Self.requiredWhen(m["new-due"], field: "new-due", store: store)
                try store.logDelay(task, note: m["note"], partnerInformed: m["informed"] == "yes", newDue: newDue)
            case "correct":
                // The task as the inputs were filled from it: a colleague's change since is refused, not overwritten.
                guard var next = try filled.record(task.id, read: { try store.task(id: $0) }) else { return }
                guard let title = m["title"].nilIfEmpty else { throw FieldError("title", "say what is to be done") }
                next.title = title
                next.owner = m["task-owner"].nilIfEmpty
                next.personID = m["person"].nilIfEmpty
                next.partnerID = m["partner"].nilIfEmpty
                if m["due"] != RecordFlowsTime.text(next.due, calendar: store.calendar) {
                    next.due = try Self.requiredWhen(m["due"], field: "due", store: store)
                }
                try store.correct(next, reason: m["reason"])
            default:
                guard let owner = m["owner"].nilIfEmpty else { throw FieldError("owner", "say who takes the task on") }
                var next = task
                next.owner = owner
                try store.amend(next, reason: m["reason"].nilIfEmpty.map { "handed to \(owner): \($0)" } ?? "")
            }
        }
    }

    /// A due time that must be given: a day alone is due by its end.
    static func requiredWhen(_ text: String, field: String, store: Store) throws -> Date {
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw FieldError(field, "say by when, e.g. 15:00 or tomorrow 10:00")
        }
        return try store.readDate(text, field: field, precision: .deadline)
    }
}

extension String {
    /// nil for empty or blank text, so optional answers stay absent rather than empty.
    var nilIfEmpty: String? { trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : self }
}
