/// The screen as text that also shows how it is drawn, so a screen test covers colour and bold
/// as well as words: what ratatui's test buffers do with their style runs.
///
/// Each run of cells in a style other than `base` is wrapped in its style's words, e.g.
/// `{reverse}Edith Brown  {/}` or `{bold red}⚠ OVERDUE{/}`; text in `base` is bare. Trailing
/// spaces in `base` are dropped, as in `dump()`; styled ones stay, so a selection bar that runs
/// to the edge shows its full length. Wide characters appear once, like in `dump()`.
extension CellGrid {
    public func styledDump(base: Style = .plain) -> String {
        (0..<size.height).map { styledRow($0, base: base) }.joined(separator: "\n")
    }

    /// One row with its style runs; see `styledDump(base:)`.
    public func styledRow(_ y: Int, base: Style = .plain) -> String {
        var end = size.width
        while end > 0, self[end - 1, y].style == base, self[end - 1, y].text == " " || self[end - 1, y].isContinuation { end -= 1 }
        var line = ""
        var current = base
        for x in 0..<end {
            let cell = self[x, y]
            if cell.isContinuation { continue }
            if cell.style != current {
                if current != base { line += "{/}" }
                if cell.style != base { line += "{\(cell.style.words)}" }
                current = cell.style
            }
            line += cell.text
        }
        if current != base { line += "{/}" }
        return line
    }
}

extension Style {
    /// The style in words for a styled dump: attributes, then the foreground, then "on" the
    /// background; "default" when it has none of them.
    public var words: String {
        var words: [String] = []
        if attributes.contains(.bold) { words.append("bold") }
        if attributes.contains(.dim) { words.append("dim") }
        if attributes.contains(.reverse) { words.append("reverse") }
        if attributes.contains(.underline) { words.append("underline") }
        if foreground != .terminalDefault { words.append(foreground.name) }
        if background != .terminalDefault { words.append("on " + background.name) }
        return words.isEmpty ? "default" : words.joined(separator: " ")
    }
}

extension Color {
    /// The palette's name for one of the first sixteen colours, else its number or hex value.
    public var name: String {
        switch self {
        case .terminalDefault: return "default"
        case .indexed(let n) where n < 16:
            let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]
            return (n >= 8 ? "bright " : "") + names[Int(n % 8)]
        case .indexed(let n): return "colour \(n)"
        case .rgb(let r, let g, let b):
            return "#" + [r, g, b].map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
        }
    }
}
