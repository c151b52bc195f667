import Foundation
import LiaisonCore
import TerminalUI

/// The Tasks pane: open tasks and promises (R8), overdue first and flagged in words, then the
/// ones due within a day, then the rest by due time.
enum TasksPane {
    static let columns = [
        PaneColumn("Due", .fixed(11)),
        // A narrow pane has no room for "(died)" beside whom and what, so its State says that
        // whom the task is about left, where a wide pane says how due it is and marks the name.
        PaneColumn("State", .fixed(9), upTo: narrowest),
        PaneColumn("State", .fixed(9), from: narrowest + 1),
        // Too narrow for a column of its own, whom a task is for leads its words.
        PaneColumn("Task", .flexible(5), upTo: narrowest),
        PaneColumn("Task", .flexible(5), from: narrowest + 1),
        PaneColumn("For", .flexible(2), from: narrowest + 1),
        PaneColumn("Owner", .flexible(2), from: 76),
    ]
    /// The widest pane with one column of whom and what.
    static let narrowest = 59
    static let (narrowStateColumn, stateColumn) = (1, 2)
    static let forColumn = 5
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
            let mark = state.leftMark(task.personID)
            let due = overdue ? "⚠ OVERDUE" : (dueSoon ? "due soon" : "")
            let left = task.personID.flatMap { state.leftWord($0) }
            let role: StyleRole? = overdue ? .alert : (dueSoon ? .warning : nil)
            content.append(
                id: task.id,
                [
                    state.format.due(task.due, now: now),
                    // "⚠ died" keeps the overdue warning (and the row its colour) in the room there is.
                    left.map { overdue ? "⚠ " + $0 : $0 } ?? due,
                    due,
                    whom.map { $0 + " · " + title } ?? title,
                    title,
                    task.personID.map { state.personName($0) + mark } ?? "",
                    task.owner ?? "",
                ])
            if let role {
                content.rows[content.rows.count - 1][narrowStateColumn].role = role
                content.rows[content.rows.count - 1][stateColumn].role = role
            }
            if let person = task.personID {
                content.keepEnd(forColumn, state.keptEnd(ofName: state.personName(person), for: person))
            }
        }
        return content
    }
}
