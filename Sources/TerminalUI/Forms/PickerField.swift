/// One thing a picker can offer: a record, or the "new…" entry that creates one.
public struct PickerItem: Equatable, Sendable {
    public var id: String
    public var title: String
    /// Shown after the title: where someone lives, a role and organisation, a date.
    public var detail: String
    /// Everything typing may match (names, role, organisation).
    public var searchTexts: [String]

    public init(id: String, title: String, detail: String, searchTexts: [String]) {
        self.id = id
        self.title = title
        self.detail = detail
        self.searchTexts = searchTexts
    }
}

/// Type-ahead choice of a record: typing narrows the list, ↑ ↓ move the highlight, Enter takes
/// it. Typing after a choice drops it and searches afresh, so what is shown is what is saved.
public struct PickerField: Equatable, Sendable {
    /// Ranks the items for what was typed, best first; the app brings its own matching rules.
    public typealias Matcher = @Sendable (String, [PickerItem]) -> [PickerItem]

    /// The id offered last when the picker can create a record; never saved as a choice.
    public static let newItemID = "+new"
    public static let visibleMatches = 5

    public private(set) var query: TextField
    public private(set) var chosen: PickerItem?
    public private(set) var highlight = 0

    public init(query: String = "", chosen: PickerItem? = nil) {
        self.query = TextField(query)
        self.chosen = chosen
    }

    /// Matches for the current text, best first, with the creating entry last when offered.
    public func matches(in items: [PickerItem], newLabel: String?, rank: Matcher) -> [PickerItem] {
        matchList(in: items, newLabel: newLabel, rank: rank).shown
    }

    /// `matches`, and how many items match beyond those it shows: said under them, so someone
    /// who does not see the record they want types more of it rather than creating it a second
    /// time. One ranking serves both.
    public func matchList(in items: [PickerItem], newLabel: String?, rank: Matcher) -> (shown: [PickerItem], unshown: Int) {
        guard chosen == nil, !query.text.allSatisfy(\.isWhitespace) else { return ([], 0) }
        let ranked = rank(query.text, items)
        var found = Array(ranked.prefix(Self.visibleMatches))
        if let newLabel {
            found.append(PickerItem(id: Self.newItemID, title: newLabel, detail: "", searchTexts: []))
        }
        return (found, max(0, ranked.count - Self.visibleMatches))
    }

    public enum Outcome: Equatable, Sendable { case edited, moved, picked(PickerItem), unused }

    public mutating func handle(_ key: Key, matches: [PickerItem]) -> Outcome {
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
            // A chosen record's name is not text to edit: typing starts a new search, as
            // typing over selected text does, and Backspace lets go of the record whole.
            if chosen != nil {
                switch key {
                case .character, .paste: query.setText("")
                case .backspace, .delete, .control("u"):
                    query.setText("")
                    (chosen, highlight) = (nil, 0)
                    return .edited
                default: break
                }
            }
            guard query.handle(key) else { return .unused }
            if query.text != before {
                chosen = nil
                highlight = 0
            }
            return .edited
        }
    }

    public mutating func choose(_ item: PickerItem) {
        chosen = item
        query.setText(item.title)
        highlight = 0
    }

    /// Rows the field takes at `width`: one while typing; a chosen record's title and detail
    /// wrapped whole, so a long item picked is read in full, not its last few words.
    public func height(width: Int) -> Int {
        guard let chosen else { return 1 }
        return TextArea.rows(of: Self.shown(chosen), width: width - 1).count
    }

    private static func shown(_ item: PickerItem) -> String {
        item.detail.isEmpty ? item.title : item.title + "  " + item.detail
    }

    public func draw(x: Int, y: Int, width: Int, grid: inout CellGrid, theme: Theme, isFocused: Bool) {
        guard let chosen else {
            query.draw(x: x, y: y, width: width, grid: &grid, theme: theme, isFocused: isFocused)
            return
        }
        let style = theme[isFocused ? .inputFocused : .input]
        let text = Array(Self.shown(chosen)), titleLength = chosen.title.count
        let rows = TextArea.rows(of: String(text), width: width - 1)
        grid.fill(Rect(x: x, y: y, width: width, height: rows.count), style: style)
        for (row, range) in rows.enumerated() {
            var column = x
            for index in range {
                let part = String(text[index])
                column += grid.write(part, x: column, y: y + row, width: x + width - column, style: index < titleLength ? style : theme[.muted], ellipsis: "")
            }
            // The cursor stays after the title, where a Backspace starts typing afresh.
            if isFocused, range.contains(titleLength - 1) || (titleLength == 0 && row == 0) {
                let before = text[range.lowerBound..<titleLength].reduce(0) { $0 + $1.displayWidth }
                grid.cursor = Position(x: min(x + width - 1, x + before), y: y + row)
            }
        }
    }

    /// The match list under the field, highlighted row in the selection style; `unshown` more
    /// matches are counted on a row of their own after the matches, before the creating entry.
    public func drawMatches(_ matches: [PickerItem], unshown: Int = 0, x: Int, y: Int, width: Int, grid: inout CellGrid, theme: Theme) {
        let countAt = unshown > 0 ? (matches.firstIndex { $0.id == Self.newItemID } ?? matches.count) : nil
        var row = y
        for (index, item) in matches.enumerated() {
            if index == countAt {
                grid.write(Self.unshownWords(unshown), x: x, y: row, width: width, style: theme[.muted])
                row += 1
            }
            let selected = index == min(highlight, matches.count - 1)
            let style = theme[selected ? .selection : .text]
            grid.fill(Rect(x: x, y: row, width: width, height: 1), style: style)
            let used = grid.write((selected ? "▸ " : "  ") + item.title, x: x, y: row, width: width, style: style)
            if !item.detail.isEmpty, used + 3 < width {
                grid.write(item.detail, x: x + used + 2, y: row, width: width - used - 2, style: selected ? style : theme[.muted])
            }
            row += 1
        }
        if countAt == matches.count { grid.write(Self.unshownWords(unshown), x: x, y: row, width: width, style: theme[.muted]) }
    }

    /// The row that counts matches out of sight, short enough for a 60-column form:
    /// "  … and 12 more: keep typing".
    static func unshownWords(_ count: Int) -> String {
        "  … and \(count) more: keep typing"
    }
}
