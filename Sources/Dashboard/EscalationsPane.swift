import Foundation
import LiaisonCore

/// The Escalations pane: open escalations (R10), oldest first, with their kind, stage, manager and
/// the next step's due date, flagged when that date has passed.
enum EscalationsPane {
    static let columns = [
        PaneColumn("Age", .fixed(4)),
        PaneColumn("Kind", .fixed(15), from: 50),
        PaneColumn("Stage", .fixed(12)),
        PaneColumn("Summary", .flexible(5), from: 90, wraps: true),
        PaneColumn("Manager", .flexible(2), from: 56),
        PaneColumn("Next", .flexible(3)),
    ]
    static let nextColumn = 5

    static func content(_ state: DashboardState) -> PaneContent {
        var content = PaneContent()
        let now = state.now
        for escalation in state.visibleEscalations {
            let overdue = escalation.isOverdue(now: now)
            content.append(
                id: escalation.id,
                [
                    "\(state.format.days(from: escalation.raisedAt, to: now))d",
                    (escalation.isUrgent ? "URGENT " : "") + escalation.kind.words.short,
                    CareFormat.stage(escalation.stage),
                    escalation.summary,
                    escalation.manager ?? "no manager named",
                    next(escalation, state: state, overdue: overdue),
                ],
                highlight: overdue || escalation.awaitsManager ? (nextColumn, .alert) : nil)
        }
        return content
    }

    static func next(_ escalation: Escalation, state: DashboardState, overdue: Bool) -> String {
        guard let due = escalation.nextDue else { return "" }
        let step = escalation.awaitsManager ? "MANAGER to ack" : escalation.stage == .raised ? "ack" : "resolve"
        // An urgent one is due within hours: the time says more than the day.
        let when = escalation.isUrgent ? state.format.due(due, now: state.now) : state.format.day(due)
        return (overdue || escalation.awaitsManager ? "⚠ " : "") + step + " by " + when
    }
}
