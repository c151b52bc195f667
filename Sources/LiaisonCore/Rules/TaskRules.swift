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

    public static func logDelay(_ task: CareTask, by staff: String, at now: Date, note: String, partnerInformed: Bool, newDue: Date?) throws -> CareTask {
        guard task.status == .open else { throw FieldError("status", "this task is already closed") }
        var next = task
        let text = try TextRules.required(note, field: "note", what: "The note about the delay")
        next.delays.append(.init(at: now, by: staff, note: text, partnerInformed: partnerInformed))
        if let newDue { next.due = newDue }
        return next
    }
}
