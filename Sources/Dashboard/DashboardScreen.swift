import TerminalUI

/// The first screen: People, Contacts, Tasks and Escalations, one of them focused.
///
/// Panes are empty until the Store is joined in; `setRows(_:for:)` is where that data arrives.
public final class DashboardScreen: Screen {
    public private(set) var focused: DashboardPane = .people
    public private(set) var help: Overlay?
    private var tables: [DashboardPane: Table]
    // Entry hook (issue 5), kept apart to reconcile with the dashboard's own present(_:):
    /// A screen shown over the dashboard (an entry form); it takes every key until it quits.
    public private(set) var presented: Screen?
    /// Opens the entry forms; nil when no store is joined, and then `a` does nothing.
    public var entry: EntryFlows?

    public init() {
        var tables: [DashboardPane: Table] = [:]
        for pane in DashboardPane.allCases {
            tables[pane] = Table(columns: pane.columns, emptyMessage: pane.emptyMessage)
        }
        self.tables = tables
    }

    public var minimumSize: Size { presented?.minimumSize ?? DashboardLayout.minimumSize }

    /// Replaces a pane's rows; the selection is kept where it still exists.
    public func setRows(_ rows: [[String]], for pane: DashboardPane) {
        tables[pane]?.rows = rows
    }

    public func present(_ screen: Screen) { presented = screen }

    public func handle(_ key: Key) -> ScreenResponse {
        if let screen = presented {
            if screen.handle(key) == .quit { presented = nil }
            return .handled
        }
        if let overlay = help {
            if overlay.handle(key) != .stillOpen { help = nil }
            return .handled  // a modal overlay takes every key while it shows
        }
        switch KeyMap.action(for: key) {
        case .nextPane: focused = focused.next
        case .previousPane: focused = focused.previous
        case .showHelp: help = Overlay(title: "Keys", lines: KeyMap.helpLines)
        case .quit: return .quit
        case .entry(let form):
            guard let entry else { return .ignored }
            present(entry.open(form))
        case .move(let movement): _ = tables[focused]?.handle(movement)
        case nil: return .ignored
        }
        return .handled
    }

    public func draw(into grid: inout CellGrid, theme: Theme) {
        let layout = DashboardLayout(size: grid.size)
        for pane in DashboardPane.allCases {
            let isFocused = pane == focused
            let inside = Pane(title: pane.title, isFocused: isFocused).draw(in: layout[pane], grid: &grid, theme: theme)
            tables[pane]?.draw(in: inside, grid: &grid, theme: theme, isFocused: isFocused)
        }
        FooterBar(KeyMap.footerHints).draw(in: layout.footer, grid: &grid, theme: theme)
        help?.draw(in: grid.bounds, grid: &grid, theme: theme)
        presented?.draw(into: &grid, theme: theme)
    }
}
