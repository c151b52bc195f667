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

    public init(_ title: String, width: Width = .flexible(1)) {
        self.title = title
        self.width = width
    }
}

/// A list with columns: a heading row, rows clipped to their column widths, a selection that
/// the view scrolls to follow, and a message when there are no rows.
///
/// The table keeps only selection and scroll state; rows are handed in by the caller each time,
/// so it never holds a stale copy of the data.
public struct Table {
    public var columns: [TableColumn]
    public var rows: [[String]]
    public var emptyMessage: String
    public private(set) var selectedIndex: Int = 0
    public private(set) var scrollOffset: Int = 0
    /// Rows that fit below the heading at the last draw; paging moves by this much.
    public private(set) var visibleRowCount: Int = 1

    public init(columns: [TableColumn], rows: [[String]] = [], emptyMessage: String = "Nothing here yet") {
        self.columns = columns
        self.rows = rows
        self.emptyMessage = emptyMessage
    }

    public var selectedRow: [String]? { rows.indices.contains(selectedIndex) ? rows[selectedIndex] : nil }

    /// Moves the selection for ↑ ↓ j k PgUp PgDn Home End; returns whether the key was one of them.
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .up, .character("k"): select(selectedIndex - 1)
        case .down, .character("j"): select(selectedIndex + 1)
        case .pageUp: select(selectedIndex - max(1, visibleRowCount))
        case .pageDown: select(selectedIndex + max(1, visibleRowCount))
        case .home, .character("g"): select(0)
        case .end, .character("G"): select(rows.count - 1)
        default: return false
        }
        return true
    }

    public mutating func select(_ index: Int) {
        selectedIndex = max(0, min(index, rows.count - 1))
        scrollToSelection()
    }

    private mutating func scrollToSelection() {
        if selectedIndex < scrollOffset { scrollOffset = selectedIndex }
        if selectedIndex >= scrollOffset + visibleRowCount { scrollOffset = selectedIndex - visibleRowCount + 1 }
        scrollOffset = max(0, min(scrollOffset, max(0, rows.count - visibleRowCount)))
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

    /// Draws heading and visible rows inside `rect`; `isFocused` decides the selection's look.
    public mutating func draw(in rect: Rect, grid: inout CellGrid, theme: Theme, isFocused: Bool) {
        guard !rect.isEmpty else { return }
        let widths = columnWidths(totalWidth: rect.width)
        drawRow(columns.map(\.title), widths: widths, x: rect.x, y: rect.y, grid: &grid, style: theme[.header])
        grid.restyle(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), style: theme[.header])
        visibleRowCount = max(1, rect.height - 1)
        if rows.isEmpty {
            if rect.height > 1 {
                grid.write(emptyMessage, x: rect.x, y: rect.y + 1, width: rect.width, style: theme[.muted])
            }
            return
        }
        if selectedIndex >= rows.count { selectedIndex = rows.count - 1 }
        scrollToSelection()
        for line in 0..<min(visibleRowCount, rows.count - scrollOffset) where rect.height > 1 {
            let index = scrollOffset + line
            let y = rect.y + 1 + line
            let selected = index == selectedIndex
            let style = selected ? theme[isFocused ? .selection : .selectionInactive] : theme[.text]
            if selected { grid.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: style) }
            drawRow(rows[index], widths: widths, x: rect.x, y: y, grid: &grid, style: style)
        }
    }

    private func drawRow(_ values: [String], widths: [Int], x: Int, y: Int, grid: inout CellGrid, style: Style) {
        var column = x
        for (index, width) in widths.enumerated() {
            let value = index < values.count ? values[index] : ""
            grid.write(value, x: column, y: y, width: width, style: style)
            column += width + 1
        }
    }
}
