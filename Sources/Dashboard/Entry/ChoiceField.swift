import LiaisonCore
import TerminalUI

/// One of a few fixed answers (channel, direction, confirmation). ← → or Space step through
/// them, and typing a letter jumps to the first answer starting with it, so `e` on the
/// channel picks email without counting presses.
struct ChoiceField: Equatable {
    struct Option: Equatable {
        var value: String
        var label: String
    }

    let options: [Option]
    private(set) var index = 0

    init(_ options: [(value: String, label: String)], selected: String? = nil) {
        self.options = options.map { Option(value: $0.value, label: $0.label) }
        if let selected { select(selected) }
    }

    var value: String { options[index].value }
    var label: String { options[index].label }

    mutating func select(_ value: String) {
        if let found = options.firstIndex(where: { $0.value == value }) { index = found }
    }

    /// Whether the key was used.
    mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .right, .character(" "): index = (index + 1) % options.count
        case .left: index = (index + options.count - 1) % options.count
        case .character(let c):
            let letter = NameMatcher.fold(String(c))
            // Pressing the same letter again moves to the next answer with that letter.
            let order = (1...options.count).map { (index + $0) % options.count }
            guard let next = order.first(where: { NameMatcher.fold(options[$0].label).hasPrefix(letter) }) else { return false }
            index = next
        default: return false
        }
        return true
    }

    /// Draws every answer on one row, the chosen one marked, so all choices are visible at once.
    func draw(x: Int, y: Int, width: Int, grid: inout CellGrid, theme: Theme, isFocused: Bool) {
        grid.fill(Rect(x: x, y: y, width: width, height: 1), style: theme[isFocused ? .inputFocused : .input])
        var column = x
        for (position, option) in options.enumerated() {
            let chosen = position == index
            let text = chosen ? "[\(option.label)]" : " \(option.label) "
            let style = chosen ? theme[.emphasis] : theme[isFocused ? .inputFocused : .muted]
            let remaining = x + width - column
            guard remaining > 0 else { break }
            column += grid.write(text, x: column, y: y, width: remaining, style: style)
        }
    }
}
