import Foundation
import LiaisonCore
import TerminalUI

/// The shift lead's screen: People, Contacts (one day at a time), Tasks and Escalations over a
/// live store, one pane focused, and any detail, search or form presented on top.
public final class DashboardScreen: Screen {
    public let state: DashboardState
    public internal(set) var focused: DashboardPane = .people
    /// What is shown over the panes, top last: a record, the search, a form, help, a question
    /// or a prompt in the footer. The top one takes every key.
    var presented: [any Screen] = []
    /// When each presented screen last asked to be woken, so only those due are woken.
    var presentedDeadlines: [ObjectIdentifier: Date] = [:]
    /// Each pane's scroll and selection; the tables themselves are built for each frame.
    var tables: [DashboardPane: TableState] = [:]
    var contents: [DashboardPane: PaneContent] = [:]
    /// Each pane's rows cut to the columns its width shows, kept until the rows or the width
    /// change, so a frame copies no rows and wraps no text it wrapped before.
    var shown: [DashboardPane: ShownRows] = [:]
    /// What the empty Contacts pane says, worded with the day.
    var contactsEmptyMessage = ""
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
            // The signal is made again, to watch the entry's drafts folder too.
            live = nil
        }
    }
    /// Makes what tells of other processes' saves and colleagues' unsaved forms, from the store
    /// (its file's folder, or its server's announcements) and the drafts folder; nil (no inotify,
    /// say) means looking on a timer instead.
    public var startSignal: (_ store: Store, _ drafts: String?) -> StoreChangeSignal? = {
        StoreChangeSignal(store: $0, draftsFolder: $1)
    } {
        didSet { live = nil }
    }
    /// Made when first asked for, once `entry` (and so the drafts folder) is known.
    var live: LiveUpdates?
    /// The minute of the clock when last asked or woken: a new one redraws the day header.
    var wokenMinute: Int?

    public init(state: DashboardState, notice: String? = nil) {
        self.state = state
        status = notice
        for pane in DashboardPane.allCases { tables[pane] = TableState() }
        rebuild()
    }

    /// - Parameter home: limits every pane, and the search, to that home's people and their work.
    public convenience init(store: Store, home: Home? = nil, notice: String? = nil) throws {
        self.init(state: try DashboardState(store: store, home: home), notice: notice)
    }

    /// A presented screen (an entry form, say) decides the size needed while it is up.
    public var minimumSize: Size { presented.last?.minimumSize ?? DashboardLayout.minimumSize }

    /// The id of the highlighted record in `pane`.
    public func selectedID(in pane: DashboardPane) -> String? {
        guard let content = contents[pane], let table = tables[pane] else { return nil }
        return content.ids.indices.contains(table.selectedIndex) ? content.ids[table.selectedIndex] : nil
    }

    /// The rows `pane` holds now, every column included: what tests read.
    public func rows(of pane: DashboardPane) -> [[String]] { contents[pane]?.rows.map { $0.map(\.text) } ?? [] }

    /// Works the rows of `panes` out again, keeping each highlight on the same record when it
    /// is still there. Only Contacts depends on the day, so a day's move rebuilds only that.
    func rebuild(_ panes: [DashboardPane] = DashboardPane.allCases) {
        for pane in panes {
            let kept = selectedID(in: pane)
            let content = pane.content(state)
            contents[pane] = content
            shown[pane] = nil
            if let kept, let index = content.ids.firstIndex(of: kept) {
                tables[pane]?.select(index, rowCount: content.rows.count)
            } else if let table = tables[pane], table.selectedIndex >= content.rows.count {
                tables[pane]?.select(content.rows.count - 1, rowCount: content.rows.count)
            }
        }
        contactsEmptyMessage = ContactsPane.emptyMessage(state)
    }

    /// Follows what the store announced (a presented form's save, say), keeping each pane's selection.
    func reloadKeepingSelection() {
        perform {}
    }

    /// Runs a change, follows whatever the store announced, then redraws from the result; a
    /// refusal goes to the status line.
    func perform(rebuilding panes: [DashboardPane] = DashboardPane.allCases, _ change: () throws -> Void) {
        do {
            try change()
            try state.catchUp()
        } catch let error as FieldError {
            status = "Not done: \(error.message)"
        } catch {
            status = "Not done: \(ErrorWords.describe(error))"
        }
        rebuild(panes)
    }

    // MARK: Other terminals

    var liveUpdates: LiveUpdates {
        if let live { return live }
        let (start, store, drafts) = (startSignal, state.store, entry?.drafts?.folder.path)
        let made = LiveUpdates { start(store, drafts) }
        live = made
        return made
    }

    /// Idle, the dashboard wakes once a minute, for the clock; another process's save or a
    /// colleague's unsaved form wakes it through the signal's descriptor.
    public var wakeDescriptors: [Int32] { liveUpdates.descriptors }

    public func nextWakeUp(after now: Date) -> Date? {
        // First asked right after the first frame: that frame is of this minute.
        let minute = wokenMinute ?? Self.minute(of: now)
        wokenMinute = minute
        let nextMinute = Date(timeIntervalSince1970: TimeInterval(minute + 1) * 60)
        // A presented form may have a timer of its own (saving a draft, say).
        // Moved to another day: the days either side are read at once, before the next key.
        let readAhead = state.isReadingAhead || state.isWidening ? now : nil
        return [nextMinute, liveUpdates.nextLook(after: now), presentedWakeUp(after: now), readAhead].compactMap { $0 }.min()
    }

    /// Wakes the presented screens that are due, and on the minute (or a poll, without a signal)
    /// looks for other terminals' saves; says `.changed` only when something shown changed, so
    /// a quiet dashboard draws nothing but its minute.
    public func wakeUp(at now: Date) -> WakeResult {
        // Reading ahead changes nothing shown; the rest of the week may (a picker's contacts).
        let widened = widenRecent()
        if state.isReadingAhead { state.readDaysAround() }
        var result = widened ? .changed : wakePresented(at: now)
        var changes = liveUpdates.due(at: now)
        // The day header counts overdue tasks against the clock: a new minute may change it.
        let minute = Self.minute(of: now)
        if minute != wokenMinute {
            wokenMinute = minute
            result = .changed
            changes.formUnion(liveUpdates.tick(at: now))
        }
        return look(at: changes, result, at: now)
    }

    public func descriptorsReady(_ descriptors: [Int32], at now: Date) -> WakeResult {
        look(at: liveUpdates.signalled(at: now), .unchanged, at: now)
    }

    /// Reads what `changes` names again (the store, colleagues' unsaved forms), rebuilding the
    /// panes only when the store changed; `.changed` when anything shown did, else `result`.
    private func look(at changes: LiveUpdates.Changes, _ result: WakeResult, at now: Date) -> WakeResult {
        var found = false
        let shown = status
        if changes.contains(.drafts), refreshUnsavedForms() { found = true }
        do {
            if changes.contains(.store), try state.refresh() {
                rebuild()
                // An open form's pickers see what other terminals added meanwhile.
                for screen in presented { entry?.offerFreshItems(to: screen) }
                found = true
            }
            // The store answers again (a server back after a restart): its old failure goes.
            if changes.contains(.store), status?.hasPrefix(Self.readFailure) == true { status = nil }
        } catch {
            status = Self.readFailure + ErrorWords.describe(error)
        }
        if found { liveUpdates.found(at: now) }
        return found || status != shown ? .changed : result
    }

    /// Looks for unsaved forms, this staff member's and colleagues' (a listing of the drafts
    /// folder); returns whether either list changed.
    @discardableResult
    public func refreshUnsavedForms() -> Bool {
        let (mine, notices) = entry?.drafts?.unsavedForms() ?? ([], [])
        guard notices != state.unsavedElsewhere || mine != state.unsavedHere else { return false }
        state.unsavedElsewhere = notices
        state.unsavedHere = mine
        return true
    }

    /// Takes in the rest of the week's contacts when the store opened with today alone
    /// (`DashboardState.openingDays`): at the first wake-up after the first frame, or at the first
    /// key if that comes sooner, so no form or day ever sees the week half read. Returns whether
    /// it did anything. A failure goes to the footer; the store's next look reads it all again.
    @discardableResult
    func widenRecent() -> Bool {
        guard state.isWidening else { return false }
        do {
            try state.widenRecent()
            try state.catchUp()
        } catch {
            status = Self.readFailure + ErrorWords.describe(error)
        }
        rebuild()
        return true
    }

    /// How a look's failure starts in the footer, so a later look that succeeds can clear it.
    static let readFailure = "Could not read the store: "

    private static func minute(of date: Date) -> Int { Int((date.timeIntervalSince1970 / 60).rounded(.down)) }

    // MARK: Drawing

    public func draw(into grid: inout CellGrid, theme: Theme) {
        let header = DayHeader(state)
        let layout = layout(for: grid.size, header: header)
        for pane in DashboardPane.allCases {
            let isFocused = pane == focused && presented.isEmpty
            let frame = Pane(title: title(of: pane), isFocused: isFocused)
            if layout.collapsed.contains(pane) {
                frame.drawBar(in: layout[pane], note: emptyMessage(of: pane), grid: &grid, theme: theme)
                continue
            }
            var inside = frame.draw(in: layout[pane], grid: &grid, theme: theme)
            if pane == .contacts {
                inside = header.draw(in: inside, grid: &grid, theme: theme)
            }
            let wraps = need(of: pane, width: layout[pane].width, header: header, wrapping: true, screen: grid.size.height) <= layout[pane].height
            drawTable(pane, in: inside, grid: &grid, theme: theme, isFocused: isFocused, wrapping: wraps)
            if let table = tables[pane] { frame.drawScrollMark(table, in: layout[pane], grid: &grid, theme: theme) }
        }
        drawStoreLabel(on: layout[.contacts], grid: &grid, theme: theme)
        drawFooter(in: layout.footer, grid: &grid, theme: theme)
        drawPresented(into: &grid, theme: theme)
    }

    /// Which store is open, on the top right border, after the Contacts title: shortened as
    /// far as the border needs (see `StoreLabel`), and "read-only" when it cannot be changed.
    private func drawStoreLabel(on rect: Rect, grid: inout CellGrid, theme: Theme) {
        // A store kept only in memory (tests, previews) has no path anyone could mistype.
        guard state.store.path != ":memory:" else { return }
        let titleWidth = title(of: .contacts).displayWidth + 2
        let room = rect.width - 4 - titleWidth - 2
        guard room >= 8 else { return }
        let label = " " + StoreLabel.describe(state.store.path, readOnly: state.store.isReadOnly, width: room - 2) + " "
        grid.write(label, x: rect.maxX - 2 - label.displayWidth, y: rect.y, style: theme[.title])
    }

    private func title(of pane: DashboardPane) -> String {
        var title = pane.title
        // The People pane names the home the whole screen is limited to, so nobody takes it for the group.
        if pane == .people, let home = state.home { title += " — " + home.name }
        if pane != .people, let id = state.personFilter { title += " — " + state.personName(id) + " only" }
        if pane == .contacts, !state.natureFilter.isEmpty { title += " — " + state.natureFilter.joined(separator: " ") }
        return title
    }

    private func emptyMessage(of pane: DashboardPane) -> String {
        pane == .contacts ? contactsEmptyMessage : pane.emptyMessage
    }

    /// The panes sized to what they hold: with long advice and summaries wrapped when the screen
    /// has room for them, else on one line each.
    func layout(for size: Size, header: DayHeader) -> DashboardLayout {
        let empty = Set(DashboardPane.allCases.filter { contents[$0]?.rows.isEmpty ?? true })
        let wrapped = DashboardLayout(size: size, empty: empty) { need(of: $0, width: $1, header: header, wrapping: true, screen: size.height) }
        let wide = wrapped[.contacts].width
        guard need(of: .contacts, width: wide, header: header, wrapping: true, screen: size.height) > wrapped[.contacts].height else { return wrapped }
        return DashboardLayout(size: size, empty: empty) { need(of: $0, width: $1, header: header, wrapping: false, screen: size.height) }
    }

    /// The lines `pane` wants at `width`, border included. Counting stops once they pass `screen`
    /// lines: every caller compares the answer with a height no taller than the screen, so a day
    /// of hundreds of contacts wraps only the rows that could be seen.
    private func need(of pane: DashboardPane, width: Int, header: DayHeader, wrapping: Bool, screen: Int) -> Int {
        let fixed = 3 + (pane == .contacts ? header.lines.count : 0)
        let rows = max(1, contents[pane]?.rows.count ?? 0)
        let columns = pane.columns(state)
        let visible = PaneContent.visible(columns, width: width - 2)
        guard wrapping, visible.contains(where: { columns[$0].column.wraps }) else { return fixed + rows }
        if shown[pane]?.visible == visible, let counted = shown[pane]?.wrappedLines[width], counted.complete || fixed + counted.lines > screen {
            return fixed + counted.lines
        }
        let table = table(for: pane, width: width - 2, wrapping: true)
        let widths = table.columnWidths(totalWidth: width - 2)
        var lines = 0, index = 0
        while index < table.rows.count && fixed + lines <= screen {
            lines += table.height(ofRow: index, widths: widths, limit: Self.wrappedRowLines)
            index += 1
        }
        shown[pane]?.wrappedLines[width] = WrappedCount(lines: max(1, lines), complete: index == table.rows.count)
        return fixed + max(1, lines)
    }

    /// The most lines one contact's advice or one escalation's summary takes when wrapped.
    static let wrappedRowLines = 6

    /// The pane's table for an inside `width`: only the columns that fit, their rows cut once.
    private func table(for pane: DashboardPane, width: Int, wrapping: Bool) -> Table {
        let columns = pane.columns(state)
        let visible = PaneContent.visible(columns, width: width)
        if shown[pane]?.visible != visible {
            shown[pane] = ShownRows(visible: visible, rows: contents[pane]?.rows(showing: visible) ?? [])
        }
        var table = Table(columns: visible.map { columns[$0].column }, rows: shown[pane]?.rows ?? [], emptyMessage: emptyMessage(of: pane))
        if wrapping, table.columns.contains(where: \.wraps) { table.maxRowLines = Self.wrappedRowLines }
        return table
    }

    private func drawTable(_ pane: DashboardPane, in rect: Rect, grid: inout CellGrid, theme: Theme, isFocused: Bool, wrapping: Bool) {
        guard var state = tables[pane] else { return }
        table(for: pane, width: rect.width, wrapping: wrapping).draw(in: rect, grid: &grid, theme: theme, isFocused: isFocused, state: &state)
        tables[pane] = state
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
