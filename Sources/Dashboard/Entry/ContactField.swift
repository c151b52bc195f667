/// The inputs of the contact form, in Tab order. The raw value names the field in drafts and
/// matches the `field` of a `FieldError` from LiaisonCore where one exists.
///
/// The order follows a call: who, what was said, what is owed, what follows. How, who called
/// and when come after, as they are usually right already (a call to us, now). Inputs that
/// show only for some answers (a sharing exception and its capacity assessment) come last, so
/// the Tab count to every other input never changes under someone typing ahead.
enum ContactField: String, CaseIterable {
    case person, partner, summary, advice
    case confirmation, confirmationNote = "confirmation-note"
    case carePlanChange = "care-plan-change", carePlanReason = "care-plan-reason"
    case taskTitle = "task-title", taskKind = "task-kind", taskDue = "task-due", taskOwner = "task-owner"
    case channel, direction, when
    /// R4, late so the usual entry is not longer for it.
    case nature
    case shared, exception, exceptionReason = "reason", decidedBy = "decided-by"
    case capacityBy = "capacity-assessed-by", capacityOn = "capacity-assessed-on", capacityDecision = "capacity-decision"
    case consulted

    var label: String {
        switch self {
        case .person: "Person"
        case .partner: "Partner"
        case .channel: "How"
        case .direction: "Who called"
        case .when: "When"
        case .summary: "Summary"
        case .advice: "Advice (their words)"
        case .confirmation: "Written confirmation"
        case .confirmationNote: "Details"
        case .carePlanChange: "Care plan changed"
        case .carePlanReason: "Why it changed"
        case .shared: "We shared information"
        case .exception: "Exception"
        case .exceptionReason: "Why"
        case .decidedBy: "Decided by"
        case .capacityBy: "Capacity assessed by"
        case .capacityOn: "Assessed on"
        case .capacityDecision: "For which decision"
        case .consulted: "Who was consulted"
        case .taskTitle: "Follow-up"
        case .taskKind: "Task or promise"
        case .taskOwner: "Who will do it"
        case .taskDue: "By when"
        case .nature: "Nature (R4)"
        }
    }

    /// Where a LiaisonCore refusal belongs on this form.
    init?(errorField: String) {
        switch errorField {
        case "title": self = .taskTitle
        case "due": self = .taskDue
        default: self.init(rawValue: errorField)
        }
    }
}
