import Foundation
import LiaisonCore
import TerminalUI

/// `/`: full-text search of every contact, earlier versions included, drawn over the dashboard.
/// Typing edits the words; Enter searches, and Enter again on an unchanged query opens the
/// highlighted result. The half-typed words are this view's own, so a refresh of the panes
/// underneath never touches them.
public final class SearchView: Screen {
    static let keys: [(keys: [Key], label: String)] = [
        ([.enter], "search; again to open the highlighted result"), ([.up, .down], "move through the results"),
        ([.pageUp, .pageDown], "page through the results"), ([.escape], "back to the dashboard"),
        ([.character("?")], "this help, while nothing is typed"),
    ]

    let state: DashboardState
    let open: (RecordReference) -> Void
    public private(set) var field = TextField()
    private var table = Table(
        columns: [TableColumn("When", width: .fixed(16)), TableColumn("Person", width: .flexible(2)),
                  TableColumn("Partner", width: .flexible(2)), TableColumn("Summary and advice", width: .flexible(5))],
        emptyMessage: "Type a word or two, then Enter")
    private var results: [Contact] = []
    /// The words the results are for; nil before the first search.
    public private(set) var searched: String?
    private var message: String?
    private var help: Overlay?

    init(state: DashboardState, open: @escaping (RecordReference) -> Void) {
        self.state = state
        self.open = open
    }

    public var minimumSize: Size { DashboardLayout.minimumSize }
    public var resultIDs: [String] { results.map(\.id) }

    public func handle(_ key: Key) -> ScreenResponse {
        if let overlay = help {
            if overlay.handle(key) != .stillOpen { help = nil }
            return .handled
        }
        switch key {
        case .character("?") where field.text.isEmpty:
            help = Overlay(title: "Keys in the search", lines: KeyMap.helpLines(for: Self.keys))
        case .escape: return .quit
        case .enter:
            let words = field.text.trimmingCharacters(in: .whitespaces)
            if words == searched, let index = results.indices.contains(table.selectedIndex) ? table.selectedIndex : nil {
                open(.contact(results[index].id))
            } else {
                run(words)
            }
        case .up, .down, .pageUp, .pageDown: _ = table.handle(key)
        default:
            // Every other key edits the words, `?` and `q` included: they may be part of them.
            guard field.handle(key) else { return .ignored }
        }
        return .handled
    }

    private func run(_ words: String) {
        do {
            results = try state.store.search(words)
            searched = words
            message = results.isEmpty ? "Nothing found for “\(words)”" : "\(results.count) found\(results.count == 50 ? " (the newest 50)" : "")"
        } catch {
            message = "The search failed: \(ErrorWords.describe(error))"
        }
        table.rows = results.map { contact in
            [state.format.dayAndTime(contact.happenedAt), state.personName(contact.personID),
             state.partnersByID[contact.partnerID]?.name ?? "",
             contact.summary + (contact.advice.map { " — " + $0 } ?? "")]
        }
        table.emptyMessage = message ?? ""
        table.select(0)
    }

    public func draw(into grid: inout CellGrid, theme: Theme) {
        let (body, footer) = grid.bounds.splitBottom(1)
        grid.fill(body, style: theme[.text])
        let inside = Pane(title: "Search contacts", isFocused: true).draw(in: body, grid: &grid, theme: theme)
        guard inside.height > 2 else { return }
        let label = "Find: "
        grid.write(label, x: inside.x, y: inside.y, style: theme[.emphasis])
        field.draw(x: inside.x + label.count, y: inside.y, width: inside.width - label.count, grid: &grid, theme: theme, isFocused: true)
        grid.write(message ?? "Searches summaries and advice, including wording since corrected",
                   x: inside.x, y: inside.y + 1, width: inside.width, style: theme[.muted])
        let list = Rect(x: inside.x, y: inside.y + 2, width: inside.width, height: inside.height - 2)
        table.draw(in: list, grid: &grid, theme: theme, isFocused: true)
        FooterBar([("Enter", "search / open"), ("↑↓", "results"), ("Esc", "back"), ("?", "help")]).draw(in: footer, grid: &grid, theme: theme)
        help?.draw(in: grid.bounds, grid: &grid, theme: theme)
    }
}
