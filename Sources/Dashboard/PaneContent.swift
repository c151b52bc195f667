import TerminalUI

/// A column a pane shows while the pane is `minWidth`…`maxWidth` cells wide, so a narrow terminal
/// keeps the columns that matter most instead of squeezing all of them into unreadable slivers,
/// and a column can give way to a fuller pair of columns on a wide one.
struct PaneColumn {
    var column: TableColumn
    var minWidth: Int
    var maxWidth: Int

    init(_ title: String, _ width: TableColumn.Width = .flexible(1), from minWidth: Int = 0, upTo maxWidth: Int = .max) {
        column = TableColumn(title, width: width)
        self.minWidth = minWidth
        self.maxWidth = maxWidth
    }
}

/// One pane's rows, ready to draw: the record id behind each row (so a selection survives a
/// refresh), every column's text, and which cells must stand out.
struct PaneContent: Equatable {
    struct Highlight: Equatable {
        var row: Int
        var column: Int
        var role: StyleRole
    }

    var ids: [String] = []
    var rows: [[String]] = []
    var highlights: [Highlight] = []

    mutating func append(id: String, _ cells: [String], highlight: (column: Int, role: StyleRole)? = nil) {
        if let highlight { highlights.append(Highlight(row: rows.count, column: highlight.column, role: highlight.role)) }
        ids.append(id)
        rows.append(cells)
    }

    /// The columns that fit a pane of `width`, as indices into the full list.
    static func visible(_ columns: [PaneColumn], width: Int) -> [Int] {
        columns.indices.filter { columns[$0].minWidth <= width && width <= columns[$0].maxWidth }
    }
}
