/// Shown instead of a screen when the terminal is smaller than it needs; drawing a squeezed
/// screen would overlap panes and cut borders.
public struct TooSmallView {
    public var needed: Size

    public init(needed: Size) { self.needed = needed }

    public func draw(into grid: inout CellGrid, theme: Theme) {
        let lines = [
            "Terminal too small",
            "needs \(needed)",
            "now \(grid.size)",
            "typing is ignored",
        ]
        let top = max(0, (grid.size.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let width = line.displayWidth
            let x = max(0, (grid.size.width - width) / 2)
            grid.write(line, x: x, y: top + offset, style: offset == 0 ? theme[.warning] : theme[.text])
        }
    }
}
