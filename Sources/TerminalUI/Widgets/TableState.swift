/// Where a `Table` is scrolled to and which row is selected, kept apart from the table itself,
/// as ratatui's `TableState`: the rows are built afresh for each frame from the data, and
/// only this small value lives from one frame to the next.
public struct TableState: Sendable, Equatable {
    public private(set) var selectedIndex: Int = 0
    /// The first row shown.
    public private(set) var scrollOffset: Int = 0
    /// Rows that fitted at the last draw; paging moves by this much.
    public internal(set) var visibleRowCount: Int = 1
    /// Rows after the last one shown whole at the last draw; those before the first are
    /// `scrollOffset`. What a `Pane` says on its border so a list cut by the screen never
    /// reads as all there is.
    public internal(set) var rowsBelow: Int = 0

    public init() {}

    /// Moves the selection for ↑ ↓ j k PgUp PgDn Home End among `rowCount` rows; returns whether
    /// the key was one of them.
    public mutating func handle(_ key: Key, rowCount: Int) -> Bool {
        switch key {
        case .up, .character("k"): select(selectedIndex - 1, rowCount: rowCount)
        case .down, .character("j"): select(selectedIndex + 1, rowCount: rowCount)
        case .pageUp: select(selectedIndex - max(1, visibleRowCount), rowCount: rowCount)
        case .pageDown: select(selectedIndex + max(1, visibleRowCount), rowCount: rowCount)
        case .home, .character("g"): select(0, rowCount: rowCount)
        case .end, .character("G"): select(rowCount - 1, rowCount: rowCount)
        default: return false
        }
        return true
    }

    /// Selects row `index`, kept within `rowCount` rows, and scrolls so it shows.
    public mutating func select(_ index: Int, rowCount: Int) {
        selectedIndex = max(0, min(index, rowCount - 1))
        if selectedIndex < scrollOffset { scrollOffset = selectedIndex }
        if selectedIndex >= scrollOffset + visibleRowCount { scrollOffset = selectedIndex - visibleRowCount + 1 }
        scrollOffset = max(0, min(scrollOffset, max(0, rowCount - 1)))
    }

    /// Selects row `index` when the number of rows is not at hand; the next draw keeps it
    /// within the rows and scrolls to it.
    public mutating func select(_ index: Int) {
        selectedIndex = max(0, index)
    }

    /// Puts the first shown row at `offset` (drawing does this when rows are of several heights).
    mutating func scroll(to offset: Int) {
        scrollOffset = max(0, offset)
    }
}
