import LiaisonCore
import TerminalUI

/// One thing a picker can offer: a person or a partner, or the "new partner…" entry.
struct PickerItem: Equatable {
    var id: String
    var title: String
    /// Shown after the title: location, or role and organisation.
    var detail: String
    /// Everything typing may match (names, role, organisation).
    var searchTexts: [String]
}

/// Type-ahead choice of a record: typing narrows the list, ↑ ↓ move the highlight, Enter takes
/// it. Editing the text after a choice drops the choice, so what is shown is what is saved.
struct PickerField: Equatable {
    /// The id offered last when the picker can create a record; never saved as a choice.
    static let newItemID = "+new"
    static let visibleMatches = 5

    private(set) var query: TextField
    private(set) var chosen: PickerItem?
    private(set) var highlight = 0

    init(query: String = "", chosen: PickerItem? = nil) {
        self.query = TextField(query)
        self.chosen = chosen
    }

    /// Matches for the current text, best first, with the creating entry last when offered.
    func matches(in items: [PickerItem], newLabel: String?) -> [PickerItem] {
        guard chosen == nil, !query.text.trimmingCharacters(in: .whitespaces).isEmpty else { return [] }
        var found = Array(NameMatcher.rank(query.text, in: items, texts: \.searchTexts).prefix(Self.visibleMatches))
        if let newLabel {
            found.append(PickerItem(id: Self.newItemID, title: newLabel, detail: "", searchTexts: []))
        }
        return found
    }

    enum Outcome: Equatable { case edited, moved, picked(PickerItem), unused }

    mutating func handle(_ key: Key, matches: [PickerItem]) -> Outcome {
        switch key {
        case .up where !matches.isEmpty:
            highlight = max(0, highlight - 1)
            return .moved
        case .down where !matches.isEmpty:
            highlight = min(matches.count - 1, highlight + 1)
            return .moved
        case .enter:
            guard !matches.isEmpty else { return .unused }
            return .picked(matches[min(highlight, matches.count - 1)])
        default:
            let before = query.text
            guard query.handle(key) else { return .unused }
            if query.text != before {
                chosen = nil
                highlight = 0
            }
            return .edited
        }
    }

    mutating func choose(_ item: PickerItem) {
        chosen = item
        query.setText(item.title)
        highlight = 0
    }

    func draw(x: Int, y: Int, width: Int, grid: inout CellGrid, theme: Theme, isFocused: Bool) {
        query.draw(x: x, y: y, width: width, grid: &grid, theme: theme, isFocused: isFocused)
        if let chosen, !chosen.detail.isEmpty {
            let used = query.text.displayWidth + 2
            if used < width - 4 {
                grid.write(chosen.detail, x: x + used, y: y, width: width - used, style: theme[.muted])
            }
        }
    }

    /// The match list under the field, highlighted row in the selection style.
    func drawMatches(_ matches: [PickerItem], x: Int, y: Int, width: Int, grid: inout CellGrid, theme: Theme) {
        for (row, item) in matches.enumerated() {
            let selected = row == min(highlight, matches.count - 1)
            let style = theme[selected ? .selection : .text]
            grid.fill(Rect(x: x, y: y + row, width: width, height: 1), style: style)
            let used = grid.write((selected ? "▸ " : "  ") + item.title, x: x, y: y + row, width: width, style: style)
            if !item.detail.isEmpty, used + 3 < width {
                grid.write(item.detail, x: x + used + 2, y: y + row, width: width - used - 2, style: selected ? style : theme[.muted])
            }
        }
    }
}
