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
}
