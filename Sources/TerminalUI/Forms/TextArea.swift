/// Text over several lines, for words that must be read back whole (a long note): Enter
/// starts a new line inside the field (saving is a separate key), Backspace at a line's start
/// joins it to the one above, ↑ ↓ move by the rows shown (as an editor does: the column is kept
/// across a run of them, and a wide character is never split). Drawn wrapped at spaces to the width it
/// is given and as tall as its text, so nothing is scrolled sideways out of sight. Each line is
/// a `TextField`, so editing by grapheme is shared.
public struct TextArea: Equatable, Sendable {
    public private(set) var lines: [TextField]
    public private(set) var current: Int
    /// Whether the last paste was cut short at the field's limit.
    public private(set) var wasCut = false
    /// The column ↑ ↓ aim for, kept across a run of them so a short row on the way does not pull
    /// the cursor left for good; any other key forgets it.
    private var goalColumn: Int?

    public init(_ text: String = "") {
        lines = text.components(separatedBy: "\n").map { TextField($0) }
        current = lines.count - 1
    }

    public var text: String { lines.map(\.text).joined(separator: "\n") }

    /// Whether the key was used; ↑ on the first row and ↓ on the last are left to the form.
    /// `width` is the width the area is drawn at, so ↑ ↓ move by wrapped row; without it they
    /// move by typed line.
    public mutating func handle(_ key: Key, width: Int? = nil) -> Bool {
        wasCut = false
        let goal = goalColumn
        goalColumn = nil
        switch key {
        case .up, .down:
            guard let width else { return moveByLine(up: key == .up) }
            return moveByRow(up: key == .up, width: width, goal: goal)
        case .enter:
            let line = lines[current]
            let head = String(line.text.prefix(line.cursor)), tail = String(line.text.dropFirst(line.cursor))
            lines[current] = TextField(head)
            var next = TextField(tail)
            next.moveCursor(to: 0)
            lines.insert(next, at: current + 1)
            current += 1
        case .backspace where lines[current].cursor == 0 && current > 0:
            let tail = lines.remove(at: current).text
            current -= 1
            let joinAt = lines[current].text.count
            lines[current] = TextField(lines[current].text + tail)
            lines[current].moveCursor(to: joinAt)
        case .paste(let pasted):
            paste(pasted)
        default:
            return lines[current].handle(key)
        }
        return true
    }

    private mutating func moveByLine(up: Bool) -> Bool {
        let next = current + (up ? -1 : 1)
        guard lines.indices.contains(next) else { return false }
        current = next
        return true
    }

    /// Moves to the row above or below as drawn at `width`, to the character at or before the
    /// goal column: a wide character under it is stepped before, never split.
    private mutating func moveByRow(up: Bool, width: Int, goal: Int?) -> Bool {
        let shown = lines.enumerated().flatMap { index, line in
            Self.rows(of: line.text, width: width - 1).map { (line: index, range: $0) }
        }
        let cursor = lines[current].cursor
        guard let here = shown.lastIndex(where: { $0.line == current && $0.range.lowerBound <= cursor }) else { return false }
        let there = here + (up ? -1 : 1)
        guard shown.indices.contains(there) else { return false }
        let characters = Array(lines[current].text)
        let column = goal ?? characters[shown[here].range.lowerBound..<cursor].reduce(0) { $0 + $1.displayWidth }
        let target = shown[there], targetCharacters = Array(lines[target.line].text)
        // A row that wraps on to another ends before its last character: the cursor after it is
        // drawn at the start of the next row.
        let endsLine = there == shown.count - 1 || shown[there + 1].line != target.line
        let last = endsLine ? target.range.upperBound : target.range.upperBound - 1
        var index = target.range.lowerBound, used = 0
        while index < last, used + targetCharacters[index].displayWidth <= column {
            used += targetCharacters[index].displayWidth
            index += 1
        }
        current = target.line
        lines[current].moveCursor(to: index)
        goalColumn = column
        return true
    }

    /// A paste keeps its line breaks as lines of the field, whatever the terminal used for
    /// them, and is cut where the whole field would pass `TextField.defaultLimit` characters.
    private mutating func paste(_ pasted: String) {
        let unified = pasted.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        let room = TextField.defaultLimit - lines.reduce(0) { $0 + $1.text.count } - (lines.count - 1)
        wasCut = unified.count > room
        guard room > 0 else { return }
        let parts = String(unified.prefix(room)).split(separator: "\n", omittingEmptySubsequences: false).map { TextField.oneLine(String($0)) }
        let line = lines[current]
        let head = String(line.text.prefix(line.cursor)), tail = String(line.text.dropFirst(line.cursor))
        guard parts.count > 1 else {
            _ = lines[current].handle(.paste(parts.first ?? ""))
            return
        }
        var replacement = [TextField(head + parts[0])]
        replacement += parts.dropFirst().dropLast().map { TextField($0) }
        var last = TextField(parts[parts.count - 1] + tail)
        last.moveCursor(to: parts[parts.count - 1].count)
        replacement.append(last)
        lines.replaceSubrange(current...current, with: replacement)
        current += replacement.count - 1
    }

    /// Rows it takes at `width`: every line wrapped, and at least `minimum`.
    public func height(width: Int, minimum: Int) -> Int {
        max(minimum, lines.reduce(0) { $0 + Self.rows(of: $1.text, width: width - 1).count })
    }

    /// Where each wrapped row of `text` starts and ends, in characters: broken after the last
    /// space that fits, or mid-word when a word is wider than the row. Never empty.
    static func rows(of text: String, width: Int) -> [Range<Int>] {
        let characters = Array(text), width = max(1, width)
        var rows: [Range<Int>] = []
        var start = 0
        while start < characters.count {
            var used = 0, end = start, lastBreak: Int?
            while end < characters.count, used + characters[end].displayWidth <= width || end == start {
                used += characters[end].displayWidth
                if characters[end] == " " { lastBreak = end + 1 }
                end += 1
            }
            if end < characters.count, characters[end] == " " {
                end += 1  // a word that ends at the edge stays whole; its space ends the row
            } else if end < characters.count, let lastBreak, lastBreak > start {
                end = lastBreak
            }
            rows.append(start..<end)
            start = end
        }
        return rows.isEmpty ? [0..<0] : rows
    }

    /// Draws every line wrapped to `width`, filling `rows` rows; when focused, the terminal's
    /// cursor goes where the next character will be typed.
    public func draw(x: Int, y: Int, width: Int, rows: Int, grid: inout CellGrid, theme: Theme, isFocused: Bool) {
        let style = theme[isFocused ? .inputFocused : .input]
        grid.fill(Rect(x: x, y: y, width: width, height: rows), style: style)
        var row = y
        for (index, line) in lines.enumerated() {
            let characters = Array(line.text)
            let wrapped = Self.rows(of: line.text, width: width - 1)
            for (part, range) in wrapped.enumerated() {
                grid.write(String(characters[range]), x: x, y: row, width: width, style: style, ellipsis: "")
                let isLast = part == wrapped.count - 1
                if isFocused, index == current, range.contains(line.cursor) || (isLast && line.cursor == range.upperBound) {
                    let column = characters[range.lowerBound..<line.cursor].reduce(0) { $0 + $1.displayWidth }
                    grid.cursor = Position(x: x + min(column, width - 1), y: row)
                }
                row += 1
            }
        }
    }
}
