import TerminalUI

/// Text over several lines, for advice in the partner's own words: Enter starts a new line
/// inside the field (saving is a separate key), Backspace at a line's start joins it to the one
/// above, ↑ ↓ move between lines. Each line is a `TextField`, so editing by grapheme is shared.
struct MultilineText: Equatable {
    private(set) var lines: [TextField]
    private(set) var current: Int
    /// Whether the last paste was cut short at the field's limit.
    private(set) var wasCut = false

    init(_ text: String = "") {
        lines = text.components(separatedBy: "\n").map { TextField($0) }
        current = lines.count - 1
    }

    var text: String { lines.map(\.text).joined(separator: "\n") }

    /// Whether the key was used; ↑ on the first line and ↓ on the last are left to the form.
    mutating func handle(_ key: Key) -> Bool {
        wasCut = false
        switch key {
        case .enter:
            let line = lines[current]
            let head = String(line.text.prefix(line.cursor)), tail = String(line.text.dropFirst(line.cursor))
            lines[current] = TextField(head)
            var next = TextField(tail)
            _ = next.handle(.home)
            lines.insert(next, at: current + 1)
            current += 1
        case .backspace where lines[current].cursor == 0 && current > 0:
            let tail = lines.remove(at: current).text
            current -= 1
            let joinAt = lines[current].text.count
            lines[current] = TextField(lines[current].text + tail)
            _ = lines[current].handle(.home)
            for _ in 0..<joinAt { _ = lines[current].handle(.right) }
        case .paste(let pasted):
            paste(pasted)
        case .up:
            guard current > 0 else { return false }
            current -= 1
        case .down:
            guard current < lines.count - 1 else { return false }
            current += 1
        default:
            return lines[current].handle(key)
        }
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

    /// Rows it takes on screen: its lines, at least `minimum`.
    func height(minimum: Int) -> Int { max(lines.count, minimum) }

    func draw(x: Int, y: Int, width: Int, rows: Int, grid: inout CellGrid, theme: Theme, isFocused: Bool) {
        for row in 0..<rows {
            if row < lines.count {
                lines[row].draw(x: x, y: y + row, width: width, grid: &grid, theme: theme, isFocused: isFocused && row == current)
            } else {
                grid.fill(Rect(x: x, y: y + row, width: width, height: 1), style: theme[isFocused ? .inputFocused : .input])
            }
        }
    }
}
