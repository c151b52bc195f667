/// One column of a `Table`.
public struct TableColumn: Sendable, Equatable {
    public enum Width: Sendable, Equatable {
        /// Exactly this many columns.
        case fixed(Int)
        /// A share of what the fixed columns leave.
        case flexible(Int)
    }

    public var title: String
    public var width: Width
    /// Whether long text continues on the row's next lines (up to the table's `maxRowLines`)
    /// instead of ending in an ellipsis: for text that is read to be acted on.
    public var wraps: Bool

    public init(_ title: String, width: Width = .flexible(1), wraps: Bool = false) {
        self.title = title
        self.width = width
        self.wraps = wraps
    }
}

/// A list with columns: a heading row, rows clipped to their column widths (or wrapped, in a
/// column that wraps), the selected row highlighted, and a message when there are no rows.
///
/// The table is a value built for each frame from the data, as ratatui's `Table`; where it is
/// scrolled to and which row is selected live in a `TableState` that the caller keeps, so the
/// table never holds a stale copy of the data. Each cell carries its own style role.
public struct Table {
    public var columns: [TableColumn]
    public var rows: [[TableCell]]
    public var emptyMessage: String
    /// The most lines one row may take when a column wraps; 1 keeps every row on one line.
    public var maxRowLines: Int = 1

    public init(columns: [TableColumn], rows: [[TableCell]] = [], emptyMessage: String = "Nothing here yet") {
        self.columns = columns
        self.rows = rows
        self.emptyMessage = emptyMessage
    }

    /// A table of plain text, every cell in the ordinary style.
    public init(columns: [TableColumn], text: [[String]], emptyMessage: String = "Nothing here yet") {
        self.init(columns: columns, rows: text.map { $0.map { TableCell($0) } }, emptyMessage: emptyMessage)
    }

    /// The width of each column inside `totalWidth`, one space between columns.
    public func columnWidths(totalWidth: Int) -> [Int] {
        let gaps = max(0, columns.count - 1)
        var fixed = 0, weights = 0
        for column in columns {
            switch column.width {
            case .fixed(let n): fixed += n
            case .flexible(let w): weights += w
            }
        }
        var spare = max(0, totalWidth - gaps - fixed)
        var widths: [Int] = []
        var weightLeft = weights
        for column in columns {
            switch column.width {
            case .fixed(let n): widths.append(n)
            case .flexible(let w):
                let share = weightLeft > 0 ? spare * w / weightLeft : 0
                widths.append(share)
                spare -= share
                weightLeft -= w
            }
        }
        return widths
    }

    /// The lines row `index` takes at these column widths, within `limit`.
    public func height(ofRow index: Int, widths: [Int], limit: Int) -> Int {
        guard maxRowLines > 1 else { return 1 }
        var lines = 1
        let cells = rows[index]
        for (c, width) in widths.enumerated() where columns[c].wraps && c < cells.count {
            lines = max(lines, cells[c].text.wrapped(toWidth: width).count)
        }
        return max(1, min(lines, maxRowLines, limit))
    }

    /// Draws heading and visible rows inside `rect`, scrolled as `state` says (and moved on so
    /// the selection shows); `isFocused` decides the selection's look.
    public func draw(in rect: Rect, grid: inout CellGrid, theme: Theme, isFocused: Bool, state: inout TableState) {
        guard !rect.isEmpty else { return }
        let widths = columnWidths(totalWidth: rect.width)
        grid.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), style: theme[.header])
        drawHeading(widths: widths, in: rect, grid: &grid, style: theme[.header])
        let body = rect.height - 1
        state.visibleRowCount = max(1, body)
        // An empty list has nothing above its first row either: no stale "↑" from the rows before.
        if rows.isEmpty { state.scroll(to: 0) }
        state.rowsBelow = max(0, rows.count - state.scrollOffset)
        guard body > 0 else { return }
        if rows.isEmpty {
            // Wrapped, not cut: the message's end is often what it is about ("… on Mon 24 Nov 2025").
            for (row, line) in emptyMessage.wrapped(toWidth: rect.width).prefix(body).enumerated() {
                grid.write(line, x: rect.x, y: rect.y + 1 + row, width: rect.width, style: theme[.muted])
            }
            return
        }
        if state.selectedIndex >= rows.count { state.select(rows.count - 1, rowCount: rows.count) }
        let heights = scroll(&state, widths: widths, body: body)
        var y = rect.y + 1, shown = 0
        for (offset, height) in heights.enumerated() {
            let index = state.scrollOffset + offset
            let lines = min(height, rect.maxY - y)
            guard lines > 0 else { break }
            let selected = index == state.selectedIndex
            let rowStyle = selected ? theme[isFocused ? .selection : .selectionInactive] : theme[.text]
            if selected { grid.fill(Rect(x: rect.x, y: y, width: rect.width, height: lines), style: rowStyle) }
            drawRow(rows[index], lines: lines, widths: widths, in: rect, y: y, grid: &grid, theme: theme, style: selected ? rowStyle : nil)
            if lines == height { shown += 1 }
            y += height
        }
        state.visibleRowCount = max(1, shown)
        state.rowsBelow = max(0, rows.count - state.scrollOffset - shown)
    }

    /// Moves the first shown row so the selected one shows whole and no space is left below
    /// the last row while earlier rows are hidden; returns the heights of the rows from the
    /// first shown one down to the bottom. Only rows near the screen are measured.
    private func scroll(_ state: inout TableState, widths: [Int], body: Int) -> [Int] {
        let selected = state.selectedIndex
        var offset = min(state.scrollOffset, selected)
        // Back from the selection: the earliest first row that still shows it whole.
        var used = 0, earliest = selected
        for index in stride(from: selected, through: 0, by: -1) {
            used += height(ofRow: index, widths: widths, limit: body)
            if used > body { break }
            earliest = index
        }
        offset = max(offset, earliest)
        // Down from the first row until the space is full.
        var heights: [Int] = [], filled = 0, index = offset
        while index < rows.count, filled < body {
            let h = height(ofRow: index, widths: widths, limit: body)
            heights.append(h)
            filled += h
            index += 1
        }
        // Space left at the bottom: bring earlier rows into view.
        while filled < body, offset > 0 {
            let h = height(ofRow: offset - 1, widths: widths, limit: body)
            if filled + h > body { break }
            offset -= 1
            heights.insert(h, at: 0)
            filled += h
        }
        state.scroll(to: offset)
        return heights
    }

    private func drawRow(
        _ cells: [TableCell], lines: Int, widths: [Int], in rect: Rect, y: Int, grid: inout CellGrid, theme: Theme, style: Style?
    ) {
        var column = rect.x
        for (index, width) in widths.enumerated() {
            defer { column += width + 1 }
            // A column given no width (a narrow pane) is skipped; those after it may still fit.
            let room = Self.room(width, at: column, in: rect)
            guard room > 0 else { continue }
            let cell = index < cells.count ? cells[index] : TableCell("")
            let cellStyle = style ?? cell.role.map { theme[$0] } ?? theme[.text]
            if lines > 1 && columns[index].wraps {
                var wrapped = cell.text.wrapped(toWidth: width)
                if wrapped.count > lines {
                    // What does not fit joins the last line, which the write ends with an ellipsis.
                    wrapped[lines - 1] = wrapped[(lines - 1)...].joined(separator: " ")
                }
                for (line, text) in wrapped.prefix(lines).enumerated() {
                    grid.write(text, x: column, y: y + line, width: room, style: cellStyle)
                }
            } else {
                grid.write(cell.fitted(toWidth: room), x: column, y: y, width: room, style: cellStyle)
            }
        }
    }

    private func drawHeading(widths: [Int], in rect: Rect, grid: inout CellGrid, style: Style) {
        var column = rect.x
        for (title, width) in zip(columns.map(\.title), widths) {
            defer { column += width + 1 }
            let room = Self.room(width, at: column, in: rect)
            guard room > 0 else { continue }
            grid.write(title, x: column, y: rect.y, width: room, style: style)
        }
    }

    /// The columns a cell of `width` may take from `column` on: fixed columns can together ask
    /// for more than a narrow rect has, and nothing is drawn past its edge (a pane's border).
    private static func room(_ width: Int, at column: Int, in rect: Rect) -> Int {
        min(width, rect.maxX - column)
    }
}
