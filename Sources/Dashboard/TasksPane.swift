import Foundation
import LiaisonCore

/// The Tasks pane: open tasks and promises (R8), overdue first and flagged in words, then the
/// ones due within a day, then the rest by due time.
enum TasksPane {
    static let columns = [
        PaneColumn("Due", .fixed(11)),
        PaneColumn("State", .fixed(9)),
        // Too narrow for a column of its own, whom a task is for leads its words. The wide
        // layout waits until the For column has room for a name and "(died)" beside it.
        PaneColumn("Task", .flexible(5), upTo: narrowest),
        PaneColumn("Task", .flexible(5), from: narrowest + 1),
        PaneColumn("For", .flexible(2), from: narrowest + 1),
        PaneColumn("Owner", .flexible(2), from: narrowest + 1),
    ]
    /// The widest pane with one column of whom and what; a group's dashboard moves it out by
    /// its Home column (`DashboardPane`).
    static let narrowest = 75
    static let stateColumn = 1
    static let forColumn = 4
    /// The narrow pane's one column of whom and what.
    static let narrowTaskColumn = 2
    /// How near a due time counts as "soon".
    static let soon: TimeInterval = 24 * 3600

    /// Whom a task is for, in a few letters: the name its person goes by, else the partner's
    /// name when it is only with a partner.
    static func forWhom(_ task: CareTask, state: DashboardState) -> String? {
        if let person = task.personID { return state.shortName(person) }
        return task.partnerID.map(state.partnerName)
    }

    static func content(_ state: DashboardState) -> PaneContent {
        var content = PaneContent()
        let now = state.now
        for task in state.visibleTasks {
            let overdue = task.isOverdue(now: now)
            let dueSoon = !overdue && task.due.timeIntervalSince(now) < soon
            var title = task.title
            if task.isPromise { title = "promise: " + title }
            if task.delays.last?.partnerInformed == true { title += " (delay: partner told)" }
            let whom = Self.forWhom(task, state: state)
            // That whom it is about left is said beside them in either layout: near the start of
            // the narrow one's words, so a cut takes the task's words, never the mark.
            let mark = state.leftMark(task.personID)
            content.append(
                id: task.id,
                [
                    state.format.due(task.due, now: now),
                    overdue ? "⚠ OVERDUE" : (dueSoon ? "due soon" : ""),
                    whom.map { $0 + mark + " · " + title } ?? title,
                    title,
                    task.personID.map(state.nameMarkingLeft) ?? "",
                    task.owner ?? "",
                ],
                highlight: overdue ? (stateColumn, .alert) : (dueSoon ? (stateColumn, .warning) : nil))
            if let person = task.personID {
                content.keepEnd(forColumn, state.keptEnd(ofName: state.personName(person), for: person))
                if whom != nil, !mark.isEmpty { content.keepEnd(narrowTaskColumn, (mark, true)) }
            }
        }
        return content
    }
}
