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

    /// Draws centred in `area`, sized to the text, and never larger than `area`.
    public func draw(in area: Rect, grid: inout CellGrid, theme: Theme) {
        let footer = kind == .confirm ? "y yes   n no" : "Esc close"
        let textWidth = (lines + [footer, title + "  "]).map(\.displayWidth).max() ?? 0
        let box = area.centered(width: textWidth + 4, height: lines.count + 4)
        grid.fill(box, style: theme[.overlay])
        grid.drawBox(box, style: theme[.overlayBorder], title: title, titleStyle: theme[.overlayBorder])
        let inner = box.inset(by: 1)
        for (index, line) in lines.enumerated() where index < inner.height - 2 {
            grid.write(line, x: inner.x + 1, y: inner.y + index, width: inner.width - 2, style: theme[.overlay])
        }
        if inner.height > 0 {
            grid.write(footer, x: inner.x + 1, y: inner.maxY - 1, width: inner.width - 2, style: theme[.muted])
        }
    }
}
