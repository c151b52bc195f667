import Foundation

/// The loops issue 11 closes, as a service really has them: old requests chased once or twice
/// (R6), one piece of advice the partner would not put in writing, and a piece of today's advice entered
/// against the wrong resident and moved to the right one (R11). Worked out from the contacts
/// already made, without drawing on the random stream, so the rest of the demo stays the same
/// for a seed.
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

    /// One of today's contacts was first entered against the wrong resident, and corrected.
    mutating func addMovedContact() {
        let today = calendar.startOfDay(for: now)
        let yesterday = calendar.date(byAdding: .day, value: -1, to: today) ?? today
        let active = doc.people.filter { $0.discharged == nil }
        // Today's first contact, corrected within the hour, so the handover shows it; early in the
        // morning, before any, yesterday's last.
        let candidates = doc.contacts.indices.filter { doc.contacts[$0].sharingException == nil && doc.contacts[$0].happenedAt >= yesterday }
            .sorted { doc.contacts[$0].happenedAt < doc.contacts[$1].happenedAt }
        let pick = candidates.first { doc.contacts[$0].happenedAt >= today && doc.contacts[$0].audit.createdAt.addingTimeInterval(20 * 60) <= now }
            ?? candidates.last { doc.contacts[$0].happenedAt < today }
        guard let index = pick,
              let wrong = active.first(where: { $0.id != doc.contacts[index].personID && $0.basis.allowsSharing }),
              let right = doc.people.first(where: { $0.id == doc.contacts[index].personID }) else { return }
        var original = doc.contacts[index]
        original.personID = wrong.id
        let when = original.audit.createdAt.addingTimeInterval(20 * 60)
        guard when <= now else { return }
        var corrected = doc.contacts[index]
        corrected.audit = original.audit.amended(by: DemoText.staff[2], at: when)
        doc.history.append(HistoryEntry(
            id: "\(original.id.prefix(24))000000c0ffee", recordID: original.id, kind: .contact, version: 1,
            amendedBy: DemoText.staff[2], amendedAt: when,
            reason: "Entered against \(wrong.name) by mistake; the advice was about \(right.name)",
            record: (try? RecordCoding.body(original)) ?? "{}", isCorrection: true))
        doc.contacts[index] = corrected
    }
}
