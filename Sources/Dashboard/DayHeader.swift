import Foundation
import LiaisonCore
import TerminalUI

/// The top of the Contacts pane: the day, how many of its contacts are reviewed, and what is
/// still owed — confirmations to chase (R6), overdue tasks (R8), open escalations (R10).
struct DayHeader {
    let lines: [(text: String, role: StyleRole)]

    init(_ state: DashboardState) {
        let contacts = state.visibleContacts
        let reviewed = contacts.filter(state.isReviewed).count
        var first = state.format.day(state.day)
        if state.isToday { first += " (today)" }
        first += " · \(contacts.count) contact\(contacts.count == 1 ? "" : "s") · \(reviewed) of \(contacts.count) reviewed"
        if let review = state.dayReview {
            first += " · day marked by \(review.reviewedBy)"
        }
        let chase = state.visibleChaseList.count
        let overdue = state.visibleTasks.filter { $0.isOverdue(now: state.now) }.count
        let escalations = state.visibleEscalations.count
        let owed = "Owed: \(chase) to chase · \(overdue) overdue task\(overdue == 1 ? "" : "s") · \(escalations) open escalation\(escalations == 1 ? "" : "s")"
        let allDone = chase == 0 && overdue == 0 && escalations == 0
        lines = [
            (first, reviewed == contacts.count ? .ok : .emphasis),
            (allDone ? "Nothing owed" : owed, allDone ? .ok : .warning),
        ]
    }

    /// Draws as many lines as `rect` has room for, leaving it two rows shorter for the table, or
    /// one when space is short. Returns what is left below.
    func draw(in rect: Rect, grid: inout CellGrid, theme: Theme) -> Rect {
        let count = rect.height >= 6 ? 2 : (rect.height >= 3 ? 1 : 0)
        var text = lines.prefix(count).map(\.text)
        if count == 1 { text = [lines[0].text + " · " + lines[1].text] }
        for (offset, line) in text.enumerated() {
            grid.write(line, x: rect.x, y: rect.y + offset, width: rect.width, style: theme[lines[offset].role])
        }
        return Rect(x: rect.x, y: rect.y + count, width: rect.width, height: rect.height - count)
    }
}
