/// Borders drawn with box-drawing characters.
extension CellGrid {
    /// Draws a single-line border around `rect`, with `title` set into the top edge.
    /// The title is clipped so the corners always stay.
    public mutating func drawBox(_ rect: Rect, style: Style, title: String? = nil, titleStyle: Style? = nil) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let top = rect.y, bottom = rect.maxY - 1, left = rect.x, right = rect.maxX - 1
        let rule = Cell("─", style: style), side = Cell("│", style: style)
        for x in (left + 1)..<right {
            set(x: x, y: top, rule)
            set(x: x, y: bottom, rule)
        }
        for y in (top + 1)..<bottom {
            set(x: left, y: y, side)
            set(x: right, y: y, side)
        }
        set(x: left, y: top, Cell("┌", style: style))
        set(x: right, y: top, Cell("┐", style: style))
        set(x: left, y: bottom, Cell("└", style: style))
        set(x: right, y: bottom, Cell("┘", style: style))
        if let title, !title.isEmpty, rect.width > 6 {
            // " Title " after the corner and one rule, leaving the last rule and corner intact.
            let shown = title.clipped(toWidth: rect.width - 6)
            write(" \(shown) ", x: left + 2, y: top, width: rect.width - 4, style: titleStyle ?? style)
        }
    }
}
