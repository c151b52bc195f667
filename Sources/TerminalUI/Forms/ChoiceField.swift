/// One of a few fixed answers (a channel, a kind, yes or no). ← → or Space step through them,
/// and nothing else changes the answer: letters typed here by someone typing ahead must never
/// pick an answer they did not see (the form sends such typing on to the next text input).
/// A choice can also hold no answer yet (`clear()`), where every answer on offer would be a guess
/// someone could save without seeing it: its value is empty until ← or → picks one, and typing
/// ahead stops on it.
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
    /// The chosen answer's position; nil while the choice holds no answer yet.
    public private(set) var index: Int? = 0
    /// Shown after the answers while the field is focused, so the keys that change it are known.
    public static let keysHint = "← → change"

    public init(_ options: [(value: String, label: String)], selected: String? = nil) {
        self.options = options.map { Option(value: $0.value, label: $0.label) }
        if let selected { select(selected) }
    }

    /// The chosen answer's value, or "" while there is none.
    public var value: String { index.map { options[$0].value } ?? "" }
    public var label: String { index.map { options[$0].label } ?? "" }
    public var isAnswered: Bool { index != nil }

    public mutating func select(_ value: String) {
        if let found = options.firstIndex(where: { $0.value == value }) { index = found }
    }

    /// Takes the answer away, so one must be chosen before the form can mean anything by it.
    public mutating func clear() { index = nil }

    /// Whether the key changed the answer.
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        // With no answer yet only the arrows choose, → from the first answer and ← from the
        // last: a space there is more likely a typed sentence's than a choice.
        case .character(" ") where index == nil: return false
        case .right, .character(" "): index = index.map { ($0 + 1) % options.count } ?? 0
        case .left: index = index.map { ($0 + options.count - 1) % options.count } ?? options.count - 1
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
        if index == nil, isFocused, let first = placed.first { grid.cursor = Position(x: x + first.x + 1, y: y + first.row) }
    }
}
