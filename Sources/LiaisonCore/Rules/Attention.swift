import Foundation

/// What needs someone's attention, worked out from records and "now": the chase list (R6),
/// overdue tasks (R8) and escalations (R10), and sharing bases due for review (R3).
public enum Attention {
    /// Advice whose written confirmation was asked for and has not come, oldest first.
    public static func chaseList(_ contacts: some Sequence<Contact>) -> [Contact] {
        contacts.filter(\.awaitsConfirmation).sorted {
            ($0.confirmation?.requestedAt ?? $0.happenedAt, $0.id) < ($1.confirmation?.requestedAt ?? $1.happenedAt, $1.id)
        }
    }

    /// Advice saved with no decision about written confirmation ("decide: ask in writing"),
    /// oldest first.
    public static func undecidedAdvice(_ contacts: some Sequence<Contact>) -> [Contact] {
        contacts.filter(\.awaitsConfirmationDecision).sorted { ($0.happenedAt, $0.id) < ($1.happenedAt, $1.id) }
    }

    public static func overdueTasks(_ tasks: some Sequence<CareTask>, now: Date) -> [CareTask] {
        tasks.filter { $0.isOverdue(now: now) }.sorted { ($0.due, $0.id) < ($1.due, $1.id) }
    }

    public static func overdueEscalations(_ escalations: some Sequence<Escalation>, now: Date) -> [Escalation] {
        escalations.filter { $0.isOverdue(now: now) }
    }

    /// Open escalations most urgent first (R10): overdue, then urgent, then a partner's concern
    /// no manager has acknowledged, then by when the next step is due, then oldest raised. The
    /// handover, the dashboard and the wall put the one to act on first in the same place.
    public static func byUrgency(_ escalations: some Sequence<Escalation>, now: Date) -> [Escalation] {
        escalations.sorted { urgencyOrder($0, now: now) < urgencyOrder($1, now: now) }
    }

    static func urgencyOrder(_ e: Escalation, now: Date) -> (Int, Int, Int, Date, Date, String) {
        (e.isOverdue(now: now) ? 0 : 1, e.isUrgent ? 0 : 1, e.awaitsManager ? 0 : 1, e.nextDue ?? .distantFuture, e.raisedAt, e.id)
    }

    public static func basisReviewOverdue(_ people: some Sequence<Person>, now: Date) -> [Person] {
        people.filter { $0.discharged == nil && $0.basis.isReviewOverdue(now: now) }
    }

    /// People whose information cannot be shared without an exception.
    public static func withoutSharingBasis(_ people: some Sequence<Person>) -> [Person] {
        people.filter { $0.discharged == nil && !$0.basis.allowsSharing }
    }
}
