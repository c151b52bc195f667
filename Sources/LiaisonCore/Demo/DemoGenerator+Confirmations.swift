import Foundation

/// Written confirmation in the demo as a service really has it (R6): old requests chased once
/// or twice, and one piece of advice the partner would not put in writing. Worked out from the
/// contacts already made, without drawing on the random stream, so the rest of the demo stays
/// the same for a seed.
extension DemoGenerator {
    mutating func addChasesAndRefusal() {
        let chasers = [DemoText.staff[1], DemoText.staff[2]]
        for index in doc.contacts.indices {
            guard var confirmation = doc.contacts[index].confirmation, confirmation.state == .requested,
                  let asked = confirmation.requestedAt else { continue }
            let waited = now.timeIntervalSince(asked)
            if waited > 7 * 86_400 {
                confirmation.chases.append(Confirmation.Chase(
                    at: asked.addingTimeInterval(3 * 86_400), by: chasers[index % 2], note: "Rang to ask for it in writing; they will send it"))
            }
            if waited > 14 * 86_400 {
                confirmation.chases.append(Confirmation.Chase(
                    at: asked.addingTimeInterval(10 * 86_400), by: chasers[(index + 1) % 2], note: "Emailed again; no reply yet"))
            }
            doc.contacts[index].confirmation = confirmation
        }
        if let index = doc.contacts.firstIndex(where: { $0.confirmation?.state == .notNeeded }) {
            doc.contacts[index].confirmation = Confirmation(
                state: .notPossible, reason: "The partner will not put advice in writing; we read it back to them on the call instead")
        }
    }
}
