import Foundation

/// R8: a task is closed only with its outcome; a delay is logged, saying whether the partner knows.
public enum TaskRules {
    public static func close(_ task: CareTask, at now: Date, outcome: String) throws -> CareTask {
        guard task.status == .open else { throw FieldError("status", "this task is already closed") }
        var next = task
        next.outcome = try TextRules.required(outcome, field: "outcome", what: "The outcome of the task")
        next.status = .done
        next.closedAt = now
        return next
    }

    public static func logDelay(
        _ task: CareTask, by staff: String, at now: Date, note: String, partnerInformed: Bool, newDue: Date?, calendar: Calendar
    ) throws -> CareTask {
        guard task.status == .open else { throw FieldError("status", "this task is already closed") }
        var next = task
        let text = try TextRules.required(note, field: "note", what: "The note about the delay")
        next.delays.append(.init(at: now, by: staff, note: text, partnerInformed: partnerInformed))
        if let newDue {
            // A delay puts the due time later, to a time still to come: an earlier or a past one
            // would be overdue the moment it was saved, under the word "delayed".
            guard newDue > task.due else {
                throw FieldError("due", "a delay puts the due time later; it is due \(StaffDate.describe(task.due, precision: .moment, now: now, calendar: calendar)) now")
            }
            guard newDue >= StaffDate.minuteStart(now) else {
                throw FieldError("due", "the new due time has passed already; give one still to come")
            }
            next.due = newDue
        }
        return next
    }
}
