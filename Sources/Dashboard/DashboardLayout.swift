import TerminalUI

/// Where each pane goes for a terminal size and what the panes hold: People beside Contacts
/// above Tasks beside Escalations, over a one-line footer.
///
/// Heights follow content: each row of panes takes the lines its fuller pane needs, the top row
/// (the day's contacts) gets what is left over, and when both rows want more than the screen,
/// the bottom row keeps at most half. An empty pane (no people, nothing owed, no escalations)
/// shrinks to a one-line bar with its message, and the pane beside it takes the whole width.
/// On a wide terminal People keeps to the width its columns need and Contacts gets the rest.
/// Recomputed on every frame, so a resize or a new record needs no extra bookkeeping.
public struct DashboardLayout: Equatable, Sendable {
    /// Below this the panes cannot show a heading and a row each.
    public static let minimumSize = Size(width: 40, height: 12)
    /// The widest the People pane gets: enough for all its columns.
    static let peopleMaxWidth = 72

    public let panes: [DashboardPane: Rect]
    /// Panes drawn as a one-line bar because they have nothing to list.
    public let collapsed: Set<DashboardPane>
    public let footer: Rect

    /// `empty` panes become bars (Contacts never does: its day header always matters); `need`
    /// says how many lines a pane of the given width wants, border included.
    public init(size: Size, empty: Set<DashboardPane> = [], need: (DashboardPane, Int) -> Int = { _, _ in .max / 4 }) {
        let (body, footer) = Rect(size: size).splitBottom(1)
        self.footer = footer
        let collapsed = empty.subtracting([.contacts])
        self.collapsed = collapsed
        let top = Self.Row(left: .people, right: .contacts, collapsed: collapsed, width: body.width, leftShare: Self.peopleWidth(body.width))
        let bottom = Self.Row(left: .tasks, right: .escalations, collapsed: collapsed, width: body.width, leftShare: body.width / 2)
        let topNeed = top.need(need), bottomNeed = bottom.need(need)
        let height = body.height
        var bottomHeight = min(bottomNeed, max(height - topNeed, height / 2))
        if top.isBars { bottomHeight = height - min(topNeed, height) }
        let topRect = Rect(x: body.x, y: body.y, width: body.width, height: height - bottomHeight)
        let bottomRect = Rect(x: body.x, y: topRect.maxY, width: body.width, height: bottomHeight)
        panes = top.place(in: topRect).merging(bottom.place(in: bottomRect)) { a, _ in a }
    }

    public subscript(pane: DashboardPane) -> Rect { panes[pane]! }

    /// People's share of the width: two fifths, but no wider than its columns need.
    static func peopleWidth(_ width: Int) -> Int { min(width * 2 / 5, max(peopleMaxWidth, width / 3)) }

    /// Two panes side by side, or one over the whole width beside the other's bar.
    struct Row {
        let left: DashboardPane, right: DashboardPane
        let leftBar: Bool, rightBar: Bool
        let width: Int, leftShare: Int

        init(left: DashboardPane, right: DashboardPane, collapsed: Set<DashboardPane>, width: Int, leftShare: Int) {
            self.left = left
            self.right = right
            leftBar = collapsed.contains(left)
            rightBar = collapsed.contains(right)
            self.width = width
            self.leftShare = leftShare
        }

        var isBars: Bool { leftBar && rightBar }

        func need(_ need: (DashboardPane, Int) -> Int) -> Int {
            switch (leftBar, rightBar) {
            case (true, true): return 1
            case (true, false): return 1 + need(right, width)
            case (false, true): return 1 + need(left, width)
            case (false, false): return max(need(left, leftShare), need(right, width - leftShare))
            }
        }

        func place(in rect: Rect) -> [DashboardPane: Rect] {
            let line = { (y: Int, x: Int, w: Int) in Rect(x: x, y: y, width: w, height: min(1, rect.height)) }
            switch (leftBar, rightBar) {
            case (true, true):
                return [left: line(rect.y, rect.x, leftShare), right: line(rect.y, rect.x + leftShare, rect.width - leftShare)]
            case (true, false):
                return [left: line(rect.y, rect.x, rect.width),
                        right: Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: max(0, rect.height - 1))]
            case (false, true):
                return [left: Rect(x: rect.x, y: rect.y, width: rect.width, height: max(0, rect.height - 1)),
                        right: line(max(rect.y, rect.maxY - 1), rect.x, rect.width)]
            case (false, false):
                let parts = rect.columns([leftShare, rect.width - leftShare])
                return [left: parts[0], right: parts[1]]
            }
        }
    }
}
