import Foundation
import LiaisonCore

/// The Escalations pane: open escalations (R10), most urgent first, with whom each is about, its kind,
/// stage, manager and the next step's due date, flagged when that date has passed.
enum EscalationsPane {
    /// Whom it is about and what is due next show at every width; the next step's words ("ack",
    /// "resolve") say the stage, so the stage itself is the first to give way.
    static let columns = [
        PaneColumn("Age", .fixed(4)),
        PaneColumn("About", .flexible(2)),
        PaneColumn("Kind", .fixed(15), from: 50),
        PaneColumn("Stage", .fixed(12), from: 120),
        PaneColumn("Summary", .flexible(4), from: 90, wraps: true),
        PaneColumn("Manager", .flexible(2), from: 90),
        // Without the Kind column, the next step says when an escalation is urgent.
        PaneColumn("Next", .flexible(3), upTo: 49),
        PaneColumn("Next", .flexible(3), from: 50),
    ]
    static let nextColumns = [6, 7]

    static func content(_ state: DashboardState) -> PaneContent {
        var content = PaneContent()
        let now = state.now
        for escalation in state.visibleEscalations {
            let overdue = escalation.isOverdue(now: now)
            // The day the next step is due is what a narrow column must not lose: "⚠ resol… 29 Nov
            // 2026", not "⚠ resolve by 29 Nov…", which reads as due this week.
            let due = escalation.nextDue.map { when($0, escalation, state: state) }
            let step = next(escalation, due: due, overdue: overdue)
            content.append(
                id: escalation.id,
                [
                    "\(state.format.days(from: escalation.raisedAt, to: now))d",
                    about(escalation, state: state),
                    (escalation.isUrgent ? "URGENT " : "") + escalation.kind.words.short,
                    CareFormat.stage(escalation.stage),
                    escalation.summary,
                    escalation.manager ?? "no manager named",
                    escalation.isUrgent ? Self.urgent(step) : step,
                    step,
                ])
            let end = due.map { " " + $0 }
            content.keepEnds([6: end, 7: end])
            content.keepEnd(1, escalation.personID.flatMap { state.keptEnd(ofName: state.personName($0), for: $0) })
            if overdue || escalation.awaitsManager {
                for column in nextColumns { content.rows[content.rows.count - 1][column].role = .alert }
            }
        }
        return content
    }

    /// The person it is about (marked when they left), or the partner when it names no person
    /// (a complaint about a partner's practice may concern no one resident).
    static func about(_ escalation: Escalation, state: DashboardState) -> String {
        if let person = escalation.personID { return state.nameMarkingLeft(person) }
        return escalation.partnerID.map(state.partnerName) ?? ""
    }

    /// The next step of an urgent escalation, said to be urgent after the warning mark.
    static func urgent(_ step: String) -> String {
        guard !step.isEmpty else { return "URGENT" }
        return step.hasPrefix("⚠ ") ? "⚠ URGENT " + step.dropFirst(2) : "URGENT " + step
    }

    /// "⚠ resolve by Sun 29 Nov", from `due`, when the next step is due (`when`).
    static func next(_ escalation: Escalation, due: String?, overdue: Bool) -> String {
        guard let due else { return "" }
        let step = escalation.awaitsManager ? "MANAGER to ack" : escalation.stage == .raised ? "ack" : "resolve"
        return (overdue || escalation.awaitsManager ? "⚠ " : "") + step + " by " + due
    }

    /// When the next step is due. An urgent one is due within hours: the time says more than the day.
    static func when(_ due: Date, _ escalation: Escalation, state: DashboardState) -> String {
        escalation.isUrgent ? state.format.due(due, now: state.now) : state.format.day(due, now: state.now)
    }
}
