import Foundation
import LiaisonCore
import TerminalUI

/// The top of the Contacts pane: the day, how many of its contacts are reviewed, and what is
/// still owed — confirmations to chase (R6), overdue tasks (R8), open escalations (R10).
/// Each line comes in wordings from long to short; the longest that fits the pane is drawn, so
/// the numbers survive a narrow terminal instead of being cut off.
struct DayHeader {
    struct Line {
        var wordings: [String]
        var role: StyleRole

        func fitting(_ width: Int) -> String {
            wordings.first { $0.displayWidth <= width } ?? wordings.last ?? ""
        }
    }

    let lines: [Line]

    init(_ state: DashboardState) {
        let contacts = state.visibleContacts
        let reviewed = contacts.filter(state.isReviewed).count
        let day = state.format.fullDay(state.day, now: state.now) + (state.isToday ? " (today)" : "")
        let plural = contacts.count == 1 ? "" : "s"
        // "by Kim Night", or over a group each home's: "for Elm by Kim Night".
        let marker = state.dayReviewedBy
        let reader = state.handoverReadBy
        // Entered this day for an earlier one and not reviewed: on no day's list as news, so said here.
        let late = state.visibleLateEntries.count
        // Which days, where few: `[` steps back to them one day at a time.
        let lateDays = Set(state.visibleLateEntries.map { state.store.calendar.startOfDay(for: $0.happenedAt) }).sorted()
        let which = lateDays.count <= 3 ? lateDays.map { state.format.day($0, now: state.now) }.spokenList : "earlier days"
        let lateWords = late == 0 ? "" : " · \(late) entered for \(which) to review"
        let long = "\(day) · \(contacts.count) contact\(plural) · \(reviewed) of \(contacts.count) reviewed" + lateWords
            + (marker.map { " · day marked \($0)" } ?? "") + (reader.map { " · handover read \($0)" } ?? "")
        // Who marked the day and who read the handover (R12) go last of all, after the words
        // around them: a shift lead checks who signed the day off.
        let shortDay = state.format.day(state.day, now: state.now)
        let who = [
            "\(day) · \(reviewed) of \(contacts.count) reviewed" + (marker.map { " · day \($0)" } ?? "") + (reader.map { " · read \($0)" } ?? ""),
            "\(shortDay) · \(reviewed)/\(contacts.count)" + (marker.map { " · day \($0)" } ?? "") + (reader.map { " · read \($0)" } ?? ""),
            "\(shortDay) · \(reviewed)/\(contacts.count)" + (marker.map { " · day \($0)" } ?? (reader.map { " · read \($0)" } ?? "")),
        ]
        // "entered for earlier days", never "late": the line below says "late" of overdue tasks.
        let lateShort = late == 0 ? [] : ["\(day) · \(reviewed) of \(contacts.count) reviewed · \(late) entered for earlier days",
                                          "\(shortDay) · \(reviewed) of \(contacts.count) reviewed · \(late) for earlier days",
                                          "\(shortDay) · \(reviewed)/\(contacts.count) · \(late) entered for earlier days",
                                          "\(shortDay) · \(reviewed)/\(contacts.count) · \(late) for earlier days",
                                          "\(shortDay) · \(reviewed)/\(contacts.count) · \(late) earlier"]
        let first = Line(
            // What is still to review comes before who marked the day, when both do not fit.
            wordings: [long] + lateShort + (marker == nil && reader == nil ? [] : who)
                + ["\(day) · \(reviewed) of \(contacts.count) reviewed", "\(shortDay) · \(reviewed)/\(contacts.count) reviewed"],
            role: reviewed == contacts.count && late == 0 ? .ok : .emphasis)

        let chase = state.visibleChaseList.count
        let decide = state.visibleUndecidedAdvice.count
        let overdue = state.visibleTasks.filter { $0.isOverdue(now: state.now) }.count
        let open = state.visibleEscalations.count
        let second: Line
        if chase == 0 && decide == 0 && overdue == 0 && open == 0 {
            second = Line(wordings: ["Nothing owed"], role: .ok)
        } else {
            // Advice with no decision is named in the words staff act on; left out when there is none.
            let decideLong = decide == 0 ? "" : " · \(decide) decide: ask in writing"
            let decideShort = decide == 0 ? "" : ", \(decide) decide"
            let rest = "\(overdue) overdue task\(overdue == 1 ? "" : "s") · \(open) open escalation\(open == 1 ? "" : "s")"
            second = Line(wordings: [
                "Owed: \(chase) to chase\(decideLong) · \(rest) · o: list",
                "Owed: \(chase) to chase\(decideLong) · \(rest)",
                "Owed: \(chase) chase\(decideShort), \(overdue) overdue, \(open) escalated",
                "Owed \(chase) chase\(decideShort), \(overdue) late, \(open) esc.",
            ], role: .warning)
        }
        lines = [first, second] + (Self.unsaved(state).map { [$0] } ?? [])
    }

    /// "Unsaved: your contact about H.F. (a); Night Carer 03:10 contact about H.F." — this staff
    /// member's own forms set aside first, with the key that opens each again; then who else left
    /// a form, never what it says.
    static func unsaved(_ state: DashboardState) -> Line? {
        guard !state.unsavedElsewhere.isEmpty || !state.unsavedHere.isEmpty else { return nil }
        let mine = state.unsavedHere.map { notice in
            let form = EntryForm(rawValue: notice.form)
            return "your \(EntryForm.noun(notice.form))" + (notice.about.map { " about \($0)" } ?? "")
                + (form.map { " (\($0.keyName))" } ?? "")
        }
        let each = mine + state.unsavedElsewhere.map { notice in
            let when = state.store.calendar.isDate(notice.updatedAt, inSameDayAs: state.now)
                ? state.format.time(notice.updatedAt) : state.format.dayAndTime(notice.updatedAt, now: state.now)
            let form = EntryForm.noun(notice.form)
            return "\(notice.staff) \(when) \(form)" + (notice.about.map { " about \($0)" } ?? "")
        }
        let count = each.count
        return Line(wordings: [
            "Unsaved: " + each.joined(separator: "; "),
            "Unsaved form\(count == 1 ? "" : "s"): \(each[0])" + (count > 1 ? " and \(count - 1) more" : ""),
            "\(count) unsaved form\(count == 1 ? "" : "s")",
        ], role: .warning)
    }

    /// Draws both lines when the pane has room, else the first, and the unsaved forms' line when
    /// there is room for it too; returns the space left below.
    func draw(in rect: Rect, grid: inout CellGrid, theme: Theme) -> Rect {
        let count = min(lines.count, rect.height >= 8 ? 3 : rect.height >= 6 ? 2 : (rect.height >= 3 ? 1 : 0))
        for (offset, line) in lines.prefix(count).enumerated() {
            grid.write(line.fitting(rect.width), x: rect.x, y: rect.y + offset, width: rect.width, style: theme[line.role])
        }
        return Rect(x: rect.x, y: rect.y + count, width: rect.width, height: rect.height - count)
    }
}
