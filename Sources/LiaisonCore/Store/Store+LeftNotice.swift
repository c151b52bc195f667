import Foundation

extension Store {
    /// A line for a record just saved about someone who has left the service: the forms mark
    /// them as they are picked, and a command names them only by what was typed, so here a
    /// record can reach someone who left without anyone seeing it. Saving it is right (a GP's
    /// letter after a move still belongs with them); the one saving it should know. Nil for
    /// someone still here, or for no one.
    public func leftNotice(about personID: String?) throws -> String? {
        guard let personID else { return nil }
        let person = try self.person(id: personID) ?? findPerson(personID)
        guard let left = person.leftAs, let day = person.discharged else { return nil }
        return "\(person.name) left the service (\(left), \(DateInput.dayKey(day, calendar: calendar))); "
            + "this is saved with their records. If they came back, `liaison readmit` them"
    }
}

extension Store {
    /// A line for someone who has just left, when work about them is still open: leaving closes
    /// nothing, so their tasks, escalations and owed advice stay on every list until someone
    /// closes, resolves or decides them, and the one recording the leaving should know to.
    /// Nil when nothing about them is open.
    public func openWorkNotice(about person: Person) throws -> String? {
        let id = person.id
        let (tasks, overdue, escalations, chase, decide) = try backend.read { records in
            let tasks = try records.openTasks().filter { $0.personID == id }
            return (tasks.count, tasks.filter { $0.isOverdue(now: now) }.count,
                    try records.openEscalations().filter { $0.personID == id }.count,
                    try records.contactsAwaitingConfirmation().filter { $0.personID == id }.count,
                    try records.contactsAwaitingConfirmationDecision().filter { $0.personID == id }.count)
        }
        let count = { (n: Int, one: String, many: String) in n == 0 ? nil : n == 1 ? "1 \(one)" : "\(n) \(many)" }
        let open = [
            count(tasks, "open task" + (overdue > 0 ? " (overdue)" : ""), "open tasks" + (overdue > 0 ? " (\(overdue) overdue)" : "")),
            count(escalations, "open escalation", "open escalations"),
            count(chase, "written confirmation to chase", "written confirmations to chase"),
            count(decide, "piece of advice with no decision about asking in writing", "pieces of advice with no decision about asking in writing"),
        ].compactMap { $0 }
        guard !open.isEmpty else { return nil }
        return "\(shownName(of: person)) still has \(open.spokenList); leaving closes none of them, so they stay on the lists "
            + "until someone closes, resolves or decides each"
    }
}
