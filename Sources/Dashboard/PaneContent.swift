import TerminalUI

/// A column a pane shows while the pane is `minWidth`…`maxWidth` cells wide, so a narrow terminal
/// keeps the columns that matter most instead of squeezing all of them into unreadable slivers,
/// and a column can give way to a fuller pair of columns on a wide one.
struct PaneColumn {
    var column: TableColumn
    var minWidth: Int
    var maxWidth: Int

    init(_ title: String, _ width: TableColumn.Width = .flexible(1), from minWidth: Int = 0, upTo maxWidth: Int = .max, wraps: Bool = false) {
        column = TableColumn(title, width: width, wraps: wraps)
        self.minWidth = minWidth
        self.maxWidth = maxWidth
    }
}

/// One pane's rows, ready to draw: the record id behind each row (so a selection survives a
/// refresh) and every column's cell, those that must stand out with their own style role.
struct PaneContent: Equatable {
    var ids: [String] = []
    var rows: [[TableCell]] = []

    /// Marks the end of the last row's cells in `columns` to keep whole when they are cut.
    mutating func keepEnds(_ ends: [Int: String?]) {
        guard !rows.isEmpty else { return }
        for (column, end) in ends { rows[rows.count - 1][column].keptEnd = end }
    }

    /// Marks the end of the last row's cell in `column` to keep whole when it is cut, and
    /// whether it is kept only beside some of what comes before it (`TableCell.keptEndNeedsHead`).
    mutating func keepEnd(_ column: Int, _ end: (text: String, needsHead: Bool)?) {
        guard !rows.isEmpty, let end else { return }
        rows[rows.count - 1][column].keptEnd = end.text
        rows[rows.count - 1][column].keptEndNeedsHead = end.needsHead
    }

    mutating func append(id: String, _ cells: [String], highlight: (column: Int, role: StyleRole)? = nil) {
        var row = cells.map { TableCell($0) }
        if let highlight { row[highlight.column].role = highlight.role }
        ids.append(id)
        rows.append(row)
    }

    /// The rows with only the `visible` columns, in order.
    func rows(showing visible: [Int]) -> [[TableCell]] {
        rows.map { row in visible.map { row[$0] } }
    }

    /// The columns that fit a pane of `width`, as indices into the full list.
    static func visible(_ columns: [PaneColumn], width: Int) -> [Int] {
        columns.indices.filter { columns[$0].minWidth <= width && width <= columns[$0].maxWidth }
    }
}

/// A pane's rows cut to the columns its current width shows, and how many lines they take when
/// wrapped at each pane width asked about.
struct ShownRows {
    var visible: [Int]
    var rows: [[TableCell]]
    /// Lines the rows take wrapped, by pane width.
    var wrappedLines: [Int: WrappedCount] = [:]
}

/// Wrapped lines counted for a pane; `complete` when every row was counted, not only a screenful.
struct WrappedCount {
    var lines: Int
    var complete: Bool
}
