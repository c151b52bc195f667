/// A bordered box with a title; the focused pane has a bolder border and a highlighted title so
/// the eye finds where keys will go, even in monochrome.
public struct Pane {
    public var title: String
    public var isFocused: Bool

    public init(title: String, isFocused: Bool = false) {
        self.title = title
        self.isFocused = isFocused
    }

    /// Draws the border in `rect` and returns the inside, where the content goes.
    @discardableResult
    public func draw(in rect: Rect, grid: inout CellGrid, theme: Theme) -> Rect {
        grid.drawBox(rect,
                     style: theme[isFocused ? .borderFocused : .border],
                     title: title,
                     titleStyle: theme[isFocused ? .titleFocused : .title])
        return rect.inset(by: 1)
    }

    /// Says on the bottom border, at its right, how many rows of the list inside are out of
    /// sight ("↓ 19 more", "↑ 4 · ↓ 15 more"): a list the screen cuts short must not read as
    /// the whole of it. Says it shorter ("↑4 ↓15") on a narrow pane, and nothing when every row
    /// shows or the border has no room even for that.
    public func drawScrollMark(_ state: TableState, in rect: Rect, grid: inout CellGrid, theme: Theme) {
        guard let mark = Self.scrollMark(above: state.scrollOffset, below: state.rowsBelow, room: rect.width - 4) else { return }
        grid.write(mark, x: rect.maxX - 2 - mark.displayWidth, y: rect.maxY - 1, style: theme[isFocused ? .titleFocused : .title])
    }

    /// The words of `drawScrollMark`, spaces either side, in at most `room` columns; nil when
    /// nothing is out of sight or no wording fits.
    static func scrollMark(above: Int, below: Int, room: Int) -> String? {
        guard above > 0 || below > 0 else { return nil }
        let long = switch (above > 0, below > 0) {
        case (true, true): " ↑ \(above) · ↓ \(below) more "
        case (true, false): " ↑ \(above) more "
        default: " ↓ \(below) more "
        }
        let short = " " + [above > 0 ? "↑\(above)" : nil, below > 0 ? "↓\(below)" : nil].compactMap { $0 }.joined(separator: " ") + " "
        return [long, short].first { $0.displayWidth <= room }
    }

    /// Draws the pane folded to one line, `─ Title ─ note ───`, for a pane with nothing to list:
    /// it still says what it is and that it is empty, and leaves the screen to the panes that
    /// have something to show.
    public func drawBar(in rect: Rect, note: String, grid: inout CellGrid, theme: Theme) {
        guard rect.height > 0, rect.width > 0 else { return }
        let line = Rect(x: rect.x, y: rect.y, width: rect.width, height: 1)
        let rule = theme[isFocused ? .borderFocused : .border]
        grid.fill(line, with: "─", style: rule)
        var x = rect.x + min(1, rect.width)
        x += grid.write(" \(title) ", x: x, y: rect.y, width: rect.maxX - x - 1, style: theme[isFocused ? .titleFocused : .title])
        x += grid.write("─ ", x: x, y: rect.y, width: rect.maxX - x - 1, style: rule)
        grid.write(note + " ", x: x, y: rect.y, width: rect.maxX - x - 1, style: theme[.muted])
    }
}
