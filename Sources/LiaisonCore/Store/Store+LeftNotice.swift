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
