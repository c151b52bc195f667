import Foundation
import LiaisonCore
import TerminalUI

/// A follow-up waiting in the contact form while another is typed: Ctrl-T keeps the one in the
/// fields and clears them for the next, so one call can leave several tasks and promises (R8).
struct FollowUp: Codable, Equatable {
    var title: String
    var kind: String
    var owner: String
    var due: String
}

extension ContactForm {
    /// The follow-up in the fields now, if a title was written.
    var currentFollowUp: FollowUp? {
        guard !text(.taskTitle).trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        return FollowUp(title: text(.taskTitle), kind: choice(.taskKind), owner: text(.taskOwner), due: text(.taskDue))
    }

    /// Keeps the follow-up being typed and empties its fields for another; refused, with the note
    /// beside the field, when it is not complete.
    mutating func keepFollowUpAndStartAnother(now: Date, calendar: Calendar) -> Bool {
        let found = problems(now: now, calendar: calendar).filter { [.taskTitle, .taskDue].contains($0.key) }
        guard let followUp = currentFollowUp, found.isEmpty else {
            for (field, note) in found.isEmpty ? [.taskTitle: "write the follow-up first, then Ctrl-T for another"] : found {
                model.errors[field.rawValue] = note
            }
            focus = found.keys.contains(.taskDue) ? .taskDue : .taskTitle
            return false
        }
        // Kept as the date it reads as now, written out whole: read again at the save, "23:59"
        // or "+2h" would be another time, unseen, once the clock (or the day) moved on.
        var kept = followUp
        if let due = try? WhenInput.parse(followUp.due, field: "due", now: now, calendar: calendar, precision: .deadline, order: dateOrder) {
            kept.due = EntryTime.deadline.pinned(due, calendar: calendar)
        }
        queuedFollowUps.append(kept)
        for field in [ContactField.taskTitle, .taskOwner, .taskDue] { model.setText(field.rawValue, "") }
        model.choices[ContactField.taskKind.rawValue]?.select("task")
        focus = .taskTitle
        return true
    }

    /// Every follow-up to save: those kept with Ctrl-T, then the one in the fields.
    func taskDrafts(now: Date, calendar: Calendar) throws -> [TaskDraft] {
        try (queuedFollowUps + [currentFollowUp].compactMap { $0 }).map { followUp in
            let due = try WhenInput.parse(followUp.due, field: "due", now: now, calendar: calendar, precision: .deadline, order: dateOrder)
            let owner = followUp.owner.trimmingCharacters(in: .whitespaces)
            return TaskDraft(title: followUp.title, personID: person.chosen?.id, partnerID: partner.chosen?.id,
                             owner: owner.isEmpty ? nil : owner, due: due, isPromise: followUp.kind == "promise")
        }
    }

    /// The kept follow-ups as one draft value, JSON so any text survives.
    var queuedFollowUpsValue: String? {
        guard !queuedFollowUps.isEmpty, let data = try? JSONEncoder().encode(queuedFollowUps) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    static func followUps(from value: String?) -> [FollowUp] {
        guard let value else { return [] }
        return (try? JSONDecoder().decode([FollowUp].self, from: Data(value.utf8))) ?? []
    }
}
