/// A box drawn over the screen for help or a question; while it shows, it takes the keys.
public struct Overlay {
    public enum Kind: Equatable, Sendable {
        /// Information; any of Esc, Enter, q or ? closes it.
        case message
        /// A yes/no question: y or Enter confirms, n or Esc declines.
        case confirm
    }

    public enum Outcome: Equatable, Sendable {
        case stillOpen, closed, confirmed, declined
    }

    public var title: String
    public var lines: [String]
    public var kind: Kind
    /// The first line shown when the lines are more than the screen holds.
    public private(set) var top = 0
    /// A question's answers besides y and n, each a key and its words ("k keep for later"), for
    /// the footer; the caller handles those keys before `handle`.
    public var otherAnswers: [(key: String, words: String)] = []

    public init(title: String, lines: [String], kind: Kind = .message) {
        self.title = title
        self.lines = lines
        self.kind = kind
    }

    public func handle(_ key: Key) -> Outcome {
        switch (kind, key) {
        case (.message, .escape), (.message, .enter), (.message, .character("q")), (.message, .character("?")):
            return .closed
        case (.confirm, .character("y")), (.confirm, .enter): return .confirmed
        case (.confirm, .character("n")), (.confirm, .escape): return .declined
        default: return .stillOpen
        }
    }

    /// Moves a list longer than the screen: arrows, j/k, PgUp/PgDn, Home/End. Returns false for
    /// any other key, which then goes to `handle`.
    public mutating func scroll(_ key: Key) -> Bool {
        let last = max(0, lines.count - 1)
        switch key {
        case .up, .character("k"): top = max(0, top - 1)
        case .down, .character("j"): top = min(last, top + 1)
        case .pageUp: top = max(0, top - 10)
        case .pageDown: top = min(last, top + 10)
        case .home: top = 0
        case .end: top = last
        default: return false
        }
        return true
    }

    /// Draws centred in `area`, sized to the text, and never larger than `area`. Lines that do
    /// not fit scroll, and the footer says so, so a small terminal never hides a line for good.
    public func draw(in area: Rect, grid: inout CellGrid, theme: Theme) {
        let visible = max(0, area.height - 4)
        let scrolls = kind == .message && lines.count > visible
        let answers = (["y yes"] + otherAnswers.map { "\($0.key) \($0.words)" } + ["n no"]).joined(separator: "   ")
        let footer = kind == .confirm ? answers : scrolls ? "↑↓ more   Esc close" : "Esc close"
        let textWidth = (lines + [footer, title + "  "]).map(\.displayWidth).max() ?? 0
        // A box one column short of the area would leave a sliver of the screen behind beside
        // it, read as part of the box: it takes the whole width instead.
        let wanted = textWidth + 4
        let box = area.centered(width: area.width - wanted < 2 ? area.width : wanted, height: lines.count + 4)
        grid.cursor = nil  // a question over a form is answered by a key, not typed
        grid.fill(box, style: theme[.overlay])
        grid.drawBox(box, style: theme[.overlayBorder], title: title, titleStyle: theme[.overlayBorder])
        let inner = box.inset(by: 1)
        let rows = max(0, inner.height - 2)
        // Scrolled past the end, the last screenful stays in view rather than emptying the box.
        let first = scrolls ? min(top, lines.count - rows) : 0
        for row in 0..<rows where first + row < lines.count {
            grid.write(lines[first + row], x: inner.x + 1, y: inner.y + row, width: inner.width - 2, style: theme[.overlay])
        }
        if inner.height > 0 {
            grid.write(footer, x: inner.x + 1, y: inner.maxY - 1, width: inner.width - 2, style: theme[.muted])
        }
    }
}
