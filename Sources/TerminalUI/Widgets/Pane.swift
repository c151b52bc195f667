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
