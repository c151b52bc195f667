import Foundation

/// R10: an escalation moves raised → acknowledged → resolved, in that order, with an outcome
/// at the end and the reason whenever someone's view was not accepted.
public enum EscalationLifecycle {
    public static func acknowledge(_ escalation: Escalation, by staff: String, at now: Date, note: String?) throws -> Escalation {
        guard escalation.stage == .raised else {
            throw FieldError("stage", "this escalation is already \(escalation.stage.rawValue)")
        }
        var next = escalation
        next.stage = .acknowledged
        next.acknowledgedAt = now
        if let text = try TextRules.cleaned(note, field: "note", what: "The note") { next.notes.append(.init(at: now, by: staff, text: text)) }
        return next
    }

    public static func addNote(_ escalation: Escalation, by staff: String, at now: Date, text: String) throws -> Escalation {
        let text = try TextRules.required(text, field: "note", what: "The note")
        var next = escalation
        next.notes.append(.init(at: now, by: staff, text: text))
        return next
    }

    /// - Parameter reasonNotAccepted: required when `viewAccepted` is false.
    public static func resolve(
        _ escalation: Escalation, by staff: String, at now: Date, outcome: String,
        viewAccepted: Bool, reasonNotAccepted: String?
    ) throws -> Escalation {
        switch escalation.stage {
        case .raised:
            throw FieldError("stage", "acknowledge this escalation before resolving it")
        case .resolved:
            throw FieldError("stage", "this escalation is already resolved")
        case .acknowledged:
            break
        }
        var next = escalation
        next.outcome = try TextRules.required(outcome, field: "outcome", what: "The outcome")
        if !viewAccepted {
            next.reasonNotAccepted = try TextRules.required(
                reasonNotAccepted, field: "reason-not-accepted", what: "The reason the view was not accepted")
        }
        next.stage = .resolved
        next.resolvedAt = now
        return next
    }
}
