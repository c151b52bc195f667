import Foundation
import LiaisonCore
import TerminalUI

/// The shift lead's screen: People, Contacts (one day at a time), Tasks and Escalations over a
/// live store, one pane focused, and any detail, search or form presented on top.
public final class DashboardScreen: Screen {
    /// How often another terminal's saves are looked for: one cheap PRAGMA when nothing changed.
    public static let refreshInterval: TimeInterval = 0.5

    public let state: DashboardState
    public internal(set) var focused: DashboardPane = .people
    /// What is shown over the panes, top last: a record, the search, a form, help, a question
    /// or a prompt in the footer. The top one takes every key.
    var presented: [any Screen] = []
    /// When each presented screen last asked to be woken, so only those due are woken.
    var presentedDeadlines: [ObjectIdentifier: Date] = [:]
    var tables: [DashboardPane: Table] = [:]
    var contents: [DashboardPane: PaneContent] = [:]
    /// One line for the footer until the next key: a theme problem, a refusal, a confirmation.
    public internal(set) var status: String?
    /// Opens the entry forms (issue 5); nil on a screen without them, and then their keys say so.
    public var entry: EntryFlows? {
        didSet {
            // A saved contact is put in front of whoever typed it, however its form was opened.
            entry?.onSavedContact = { [weak self] contact in
                self?.reloadKeepingSelection()
                self?.reveal(contact)
            }
        }
    }
    var nextRefresh: Date?
    /// The minute of the clock when last asked or woken: a new one redraws the day header.
    var wokenMinute: Int?

    public init(state: DashboardState, notice: String? = nil) {
        self.state = state
        status = notice
        for pane in DashboardPane.allCases {
            tables[pane] = Table(columns: pane.columns.map(\.column), emptyMessage: pane.emptyMessage)
        }
        rebuild()
    }

    public convenience init(store: Store, notice: String? = nil) throws {
        self.init(state: try DashboardState(store: store), notice: notice)
    }

    /// A presented screen (an entry form, say) decides the size needed while it is up.
    public var minimumSize: Size { presented.last?.minimumSize ?? DashboardLayout.minimumSize }

    /// The id of the highlighted record in `pane`.
    public func selectedID(in pane: DashboardPane) -> String? {
        guard let content = contents[pane], let table = tables[pane] else { return nil }
        return content.ids.indices.contains(table.selectedIndex) ? content.ids[table.selectedIndex] : nil
    }

    /// The rows `pane` holds now, every column included: what tests read.
    public func rows(of pane: DashboardPane) -> [[String]] { contents[pane]?.rows ?? [] }

    /// Works the rows of `panes` out again, keeping each highlight on the same record when it
    /// is still there. Only Contacts depends on the day, so a day's move rebuilds only that.
    func rebuild(_ panes: [DashboardPane] = DashboardPane.allCases) {
        for pane in panes {
            let kept = selectedID(in: pane)
            let content = pane.content(state)
            contents[pane] = content
            tables[pane]?.rows = content.rows
            if let kept, let index = content.ids.firstIndex(of: kept) {
                tables[pane]?.select(index)
            } else if let table = tables[pane], table.selectedIndex >= content.rows.count {
                tables[pane]?.select(content.rows.count - 1)
            }
        }
        tables[.contacts]?.emptyMessage = ContactsPane.emptyMessage(state)
    }

    /// Re-reads the store's working set, e.g. after a presented form saved.
    func reloadKeepingSelection() {
        perform { try state.reload() }
    }

    /// Runs a change, then redraws from the result; a refusal goes to the status line.
    func perform(rebuilding panes: [DashboardPane] = DashboardPane.allCases, _ change: () throws -> Void) {
        do {
            try change()
        } catch let error as FieldError {
            status = "Not done: \(error.message)"
        } catch {
            status = "Not done: \(ErrorWords.describe(error))"
        }
        rebuild(panes)
    }

    // MARK: Timer

    public func nextWakeUp(after now: Date) -> Date? {
        // First asked right after the first frame: that frame is of this minute.
        if wokenMinute == nil { wokenMinute = Self.minute(of: now) }
        if nextRefresh.map({ $0 <= now }) ?? true {
            nextRefresh = now.addingTimeInterval(Self.refreshInterval)
        }
        // A presented form may have a timer of its own (saving a draft, say).
        return [nextRefresh, presentedWakeUp(after: now)].compactMap { $0 }.min()
    }

    /// Wakes the presented screens that are due and looks for other terminals' saves; says
    /// `.changed` only when one of them changed something, so a quiet dashboard draws nothing.
    public func wakeUp(at now: Date) -> WakeResult {
        var result = wakePresented(at: now)
        // The day header counts overdue tasks against the clock: a new minute may change it.
        let minute = Self.minute(of: now)
        if minute != wokenMinute {
            wokenMinute = minute
            result = .changed
        }
        guard nextRefresh.map({ $0 <= now }) ?? true else { return result }
        nextRefresh = now.addingTimeInterval(Self.refreshInterval)
        let shown = status
        if refreshUnsavedForms() { result = .changed }
        do {
            // Rows are rebuilt only when something changed, so an idle screen stays idle.
            if try state.refresh() {
                rebuild()
                result = .changed
            }
        } catch {
            status = "Could not read the store: \(ErrorWords.describe(error))"
        }
        return status != shown ? .changed : result
    }

    /// Looks for colleagues' unsaved forms (a directory listing, as cheap as the store's check);
    /// returns whether the list changed.
    @discardableResult
    public func refreshUnsavedForms() -> Bool {
        let notices = entry?.drafts?.notices() ?? []
        guard notices != state.unsavedElsewhere else { return false }
        state.unsavedElsewhere = notices
        return true
    }

    private static func minute(of date: Date) -> Int { Int((date.timeIntervalSince1970 / 60).rounded(.down)) }

    // MARK: Drawing

    public func draw(into grid: inout CellGrid, theme: Theme) {
        let layout = DashboardLayout(size: grid.size)
        for pane in DashboardPane.allCases {
            let isFocused = pane == focused && presented.isEmpty
            var inside = Pane(title: title(of: pane), isFocused: isFocused).draw(in: layout[pane], grid: &grid, theme: theme)
            if pane == .contacts {
                inside = DayHeader(state).draw(in: inside, grid: &grid, theme: theme)
            }
            drawTable(pane, in: inside, grid: &grid, theme: theme, isFocused: isFocused)
        }
        drawFooter(in: layout.footer, grid: &grid, theme: theme)
        drawPresented(into: &grid, theme: theme)
    }

    private func title(of pane: DashboardPane) -> String {
        var title = pane.title
        if pane != .people, let id = state.personFilter { title += " — " + state.personName(id) + " only" }
        if pane == .contacts, !state.natureFilter.isEmpty { title += " — " + state.natureFilter.joined(separator: " ") }
        return title
    }

    private func drawTable(_ pane: DashboardPane, in rect: Rect, grid: inout CellGrid, theme: Theme, isFocused: Bool) {
        guard var table = tables[pane], let content = contents[pane] else { return }
        let visible = PaneContent.visible(pane.columns, width: rect.width)
        table.columns = visible.map { pane.columns[$0].column }
        table.rows = content.rows.map { row in visible.map { row[$0] } }
        table.draw(in: rect, grid: &grid, theme: theme, isFocused: isFocused)
        tables[pane] = table
        // Badges and overdue marks in their own colour too, except on the highlighted row,
        // whose reverse video must stay whole.
        let widths = table.columnWidths(totalWidth: rect.width)
        for mark in content.highlights where mark.row != table.selectedIndex {
            let line = mark.row - table.scrollOffset
            guard line >= 0, line < rect.height - 1, let column = visible.firstIndex(of: mark.column) else { continue }
            let x = rect.x + widths[..<column].reduce(0, +) + column
            grid.restyle(Rect(x: x, y: rect.y + 1 + line, width: widths[column], height: 1), style: theme[mark.role])
        }
    }

    private func drawFooter(in rect: Rect, grid: inout CellGrid, theme: Theme) {
        if let status {
            grid.fill(rect, style: theme[.footer])
            grid.write(" " + status, x: rect.x, y: rect.y, width: rect.width, style: theme[.footerKey])
        } else {
            FooterBar(KeyMap.footerHints).draw(in: rect, grid: &grid, theme: theme)
        }
    }
}
