import Foundation

extension CarePlanAmendment {
    /// R7 from the words typed: what changed needs why it changed, and a reason alone names no
    /// change. Nil when both are blank. The one reading for new contacts and corrections.
    public static func read(change: String?, reason: String?) throws -> CarePlanAmendment? {
        if let change = try TextRules.cleaned(change, field: "care-plan-change", what: "The care plan change") {
            let reason = try TextRules.required(reason, field: "care-plan-reason", what: "Why the care plan changed")
            return CarePlanAmendment(change: change, reason: reason)
        }
        if try TextRules.cleaned(reason, field: "care-plan-reason", what: "Why the care plan changed") != nil {
            throw FieldError("care-plan-change", "say what changed in the care plan, not only why")
        }
        return nil
    }
}
