import TerminalUI

/// Where each pane goes for a terminal size: a 2×2 grid above a one-line footer, Contacts
/// wider than People because the day's review reads across its many columns.
/// Recomputed from the size on every frame, so a resize needs no extra bookkeeping.
public struct DashboardLayout: Equatable, Sendable {
    /// Below this the panes cannot show a heading and a row each.
    public static let minimumSize = Size(width: 40, height: 12)

    public let panes: [DashboardPane: Rect]
    public let footer: Rect

    public init(size: Size) {
        let (body, footer) = Rect(size: size).splitBottom(1)
        let rows = body.rows([1, 1])
        let top = rows[0].columns([2, 3]), bottom = rows[1].columns([1, 1])
        panes = [.people: top[0], .contacts: top[1], .tasks: bottom[0], .escalations: bottom[1]]
        self.footer = footer
    }

    public subscript(pane: DashboardPane) -> Rect { panes[pane]! }
}
