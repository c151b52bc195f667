/// The one-line list of the keys that matter on this screen, e.g. "Tab next pane  ? help  q quit".
public struct FooterBar {
    public var hints: [(key: String, label: String)]

    public init(_ hints: [(key: String, label: String)]) { self.hints = hints }

    /// Draws on `rect`'s first row; hints that do not fit are left off whole rather than cut.
    public func draw(in rect: Rect, grid: inout CellGrid, theme: Theme) {
        guard !rect.isEmpty else { return }
        grid.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), style: theme[.footer])
        var x = rect.x + 1
        for hint in hints {
            let needed = hint.key.displayWidth + 1 + hint.label.displayWidth
            if x + needed > rect.maxX { break }
            x += grid.write(hint.key, x: x, y: rect.y, style: theme[.footerKey])
            x += 1
            x += grid.write(hint.label, x: x, y: rect.y, style: theme[.footer])
            x += 2
        }
    }
}
