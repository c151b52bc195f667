/// The in-memory screen that every drawing goes through.
///
/// Widgets draw here; the ncurses backend copies to the terminal only the cells that changed
/// since the last frame, and tests read the grid back as text. Writes outside the grid are
/// dropped, and a write that lands on half of a wide character blanks the other half, so a
/// frame can never hold a broken character.
public struct CellGrid: Hashable, Sendable {
    public private(set) var size: Size
    private var cells: [Cell]
    /// Where the terminal's own cursor is shown: the focused input's insertion point. nil hides
    /// it, which is every frame where nothing is being typed. The last drawing to set it wins,
    /// so a box drawn over a form hides the form's cursor by clearing it.
    public var cursor: Position?

    public init(size: Size) {
        self.size = Size(width: max(0, size.width), height: max(0, size.height))
        cells = Array(repeating: .blank, count: self.size.width * self.size.height)
    }

    public var bounds: Rect { Rect(size: size) }

    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, y >= 0, x < size.width, y < size.height else { return .blank }
        return cells[y * size.width + x]
    }

    /// Blanks every cell with `style` (a theme's background).
    public mutating func clear(style: Style = .plain) {
        // In place: a frame's cells are reused, not allocated again (fresh pages for every
        // frame were a quarter of a key's cost at 200×60).
        let blank = Cell(" ", style: style)
        cells.withUnsafeMutableBufferPointer { $0.update(repeating: blank) }
    }

    /// Fills `rect` with `character` (one column wide) in `style`.
    public mutating func fill(_ rect: Rect, with character: Character = " ", style: Style = .plain) {
        let area = rect.intersection(bounds)
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX { set(x: x, y: y, Cell(String(character), style: style)) }
        }
    }

    /// Writes `text` on row `y` from column `x`, in at most `width` columns (and never past the
    /// grid's edge), clipped with an ellipsis when it does not fit. Returns the columns used.
    @discardableResult
    public mutating func write(
        _ text: String, x: Int, y: Int, width: Int? = nil, style: Style = .plain, ellipsis: String = "…"
    ) -> Int {
        guard y >= 0, y < size.height, x < size.width else { return 0 }
        let limit = min(width ?? Int.max, size.width - x)
        guard limit > 0 else { return 0 }
        let shown = text.clipped(toWidth: limit, ellipsis: ellipsis)
        var column = x
        if shown.asciiWidth == shown.utf8.count {
            // Printable ASCII, most of a care record: a byte a column, each cell's text taken
            // from a table instead of cutting the line into grapheme clusters (most of a frame).
            writeASCII(shown.utf8, x: x, y: y, style: style)
            return shown.utf8.count
        }
        for character in shown {
            let w = character.displayWidth
            if w == 0 { continue }  // a stray combining mark or control: nowhere to put it
            if column >= 0 {
                set(x: column, y: y, Cell(String(character), style: style))
                if w == 2 { set(x: column + 1, y: y, Cell("", style: style)) }
            }
            column += w
        }
        return column - x
    }

    /// Printable ASCII `bytes` from column `x` (which may be left of the grid) of row `y`, which
    /// they fit. Only the run's two ends can cut a wide character in half, so only they are
    /// looked at; inside it both halves of any wide character are written over. The cells
    /// are then stored directly, not one `set` at a time: a full frame writes thousands.
    private mutating func writeASCII(_ bytes: String.UTF8View, x: Int, y: Int, style: Style) {
        let first = max(x, 0), end = min(x + bytes.count, size.width)
        guard first < end else { return }
        let row = y * size.width
        if first > 0, cells[row + first].isContinuation { cells[row + first - 1].text = " " }
        if end < size.width, cells[row + end - 1].width == 2 { cells[row + end].text = " " }
        var column = x
        cells.withUnsafeMutableBufferPointer { cells in
            for byte in bytes {
                if column >= first && column < end { cells[row + column] = Cell(ascii: byte, style: style) }
                column += 1
            }
        }
    }

    /// Sets the style of every cell in `rect`, keeping the characters (a selection bar).
    public mutating func restyle(_ rect: Rect, style: Style) {
        let area = rect.intersection(bounds)
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX { cells[y * size.width + x].style = style }
        }
    }

    /// Stores one cell, repairing any wide character it cuts in half.
    public mutating func set(x: Int, y: Int, _ cell: Cell) {
        guard x >= 0, y >= 0, x < size.width, y < size.height else { return }
        let index = y * size.width + x
        let old = cells[index]
        if old.isContinuation, x > 0, !cell.isContinuation {
            cells[index - 1].text = " "  // the left half of a wide character loses its right half
        }
        if old.width == 2, x + 1 < size.width, cell.width != 2 {
            cells[index + 1].text = " "  // the right half loses its left half
        }
        if cell.width == 2, x + 1 >= size.width {
            cells[index] = Cell(" ", style: cell.style)  // no room for the right half
            return
        }
        cells[index] = cell
    }

    /// The screen as text, one line per row, each wide character once, trailing spaces removed:
    /// what a person would read, and what rendering tests compare.
    public func dump() -> String {
        (0..<size.height).map(row).joined(separator: "\n")
    }

    /// One row as text, trailing spaces removed.
    public func row(_ y: Int) -> String {
        var line = ""
        for x in 0..<size.width where !self[x, y].isContinuation { line += self[x, y].text }
        while line.last == " " { line.removeLast() }
        return line
    }

    /// Copies `rows` rows of `source` from row `sourceTop` to row `top` of this grid, with the
    /// cursor when it lies in them: how a form taller than the screen is scrolled.
    /// Column 0 of `source` lands on column `x`.
    public mutating func copyRows(from source: CellGrid, sourceTop: Int, to top: Int, rows: Int, x left: Int = 0) {
        for row in 0..<max(0, rows) where sourceTop + row < source.size.height {
            for x in 0..<source.size.width { set(x: left + x, y: top + row, source[x, sourceTop + row]) }
        }
        if let mark = source.cursor, (sourceTop..<sourceTop + rows).contains(mark.y) {
            cursor = Position(x: mark.x + left, y: mark.y - sourceTop + top)
        }
    }

    /// Positions whose cells differ from `previous` (everything, if the sizes differ).
    public func changes(since previous: CellGrid?) -> [(x: Int, y: Int)] {
        var result: [(x: Int, y: Int)] = []
        let all = previous?.size != size
        for y in 0..<size.height {
            for x in 0..<size.width {
                let index = y * size.width + x
                if all || previous!.cells[index] != cells[index] { result.append((x, y)) }
            }
        }
        return result
    }
}
