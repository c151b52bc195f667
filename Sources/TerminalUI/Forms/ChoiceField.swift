/// One of a few fixed answers (a channel, a kind, yes or no). ← → or Space step through them,
/// and nothing else changes the answer: letters typed here by someone typing ahead must never
/// pick an answer they did not see (the form sends such typing on to the next text input).
public struct ChoiceField: Equatable, Sendable {
    public struct Option: Equatable, Sendable {
        public var value: String
        public var label: String

        public init(value: String, label: String) {
            self.value = value
            self.label = label
        }
    }

    public let options: [Option]
    public private(set) var index = 0
    /// Shown after the answers while the field is focused, so the keys that change it are known.
    public static let keysHint = "← → change"

    public init(_ options: [(value: String, label: String)], selected: String? = nil) {
        self.options = options.map { Option(value: $0.value, label: $0.label) }
        if let selected { select(selected) }
    }

    public var value: String { options[index].value }
    public var label: String { options[index].label }

    public mutating func select(_ value: String) {
        if let found = options.firstIndex(where: { $0.value == value }) { index = found }
    }

    /// Whether the key changed the answer.
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .right, .character(" "): index = (index + 1) % options.count
        case .left: index = (index + options.count - 1) % options.count
        default: return false
        }
        return true
    }

    /// Each answer as drawn, the chosen one in brackets, with the keys hint last when focused.
    private func pieces(isFocused: Bool) -> [(text: String, chosen: Bool)] {
        var pieces = options.enumerated().map { position, option in
            position == index ? ("[\(option.label)]", true) : (" \(option.label) ", false)
        }
        if isFocused { pieces.append(("  " + Self.keysHint, false)) }
        return pieces
    }

    /// Where each answer goes when they are laid out in `width` columns, flowing onto more rows
    /// rather than being cut off.
    private func layout(width: Int, isFocused: Bool) -> [(text: String, chosen: Bool, x: Int, row: Int)] {
        var placed: [(String, Bool, Int, Int)] = []
        var x = 0, row = 0
        for piece in pieces(isFocused: isFocused) {
            let w = piece.text.displayWidth
            if x > 0, x + w > width { x = 0; row += 1 }
            placed.append((piece.text, piece.chosen, x, row))
            x += w
        }
        return placed
    }

    /// Rows the answers take at `width`.
    public func height(width: Int, isFocused: Bool) -> Int {
        (layout(width: width, isFocused: isFocused).last?.row ?? 0) + 1
    }

    /// Draws every answer, the chosen one marked, so all are visible at once; when focused the
    /// terminal's cursor sits on the chosen one.
    public func draw(x: Int, y: Int, width: Int, grid: inout CellGrid, theme: Theme, isFocused: Bool) {
        let placed = layout(width: width, isFocused: isFocused)
        let rows = (placed.last?.row ?? 0) + 1
        grid.fill(Rect(x: x, y: y, width: width, height: rows), style: theme[isFocused ? .inputFocused : .input])
        for piece in placed {
            let style = piece.chosen ? theme[.emphasis] : theme[isFocused ? .inputFocused : .muted]
            grid.write(piece.text, x: x + piece.x, y: y + piece.row, width: width - piece.x, style: style)
            if piece.chosen, isFocused { grid.cursor = Position(x: x + piece.x + 1, y: y + piece.row) }
        }
    }
}
