/// A single-line text input. The cursor counts grapheme clusters, so é typed as e + combining
/// accent, 日 and 👩‍⚕️ are each one step of ← → and one Backspace.
public struct TextField: Equatable, Sendable {
    public private(set) var text: String
    /// The cursor, as a number of characters (clusters) from the start: 0…text.count.
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        self.text = text
        self.cursor = text.count
    }

    /// Edits for a key; returns whether the key was an editing key. Tab, Enter and Esc are left to
    /// the form or screen.
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .character(let c):
            insert(c)
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(text.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = text.count
        case .backspace:
            guard cursor > 0 else { return true }
            text.remove(at: index(cursor - 1))
            cursor -= 1
        case .delete, .control("d"):
            guard cursor < text.count else { return true }
            text.remove(at: index(cursor))
        case .control("u"):
            text.removeSubrange(text.startIndex..<index(cursor))
            cursor = 0
        case .control("k"):
            text.removeSubrange(index(cursor)..<text.endIndex)
        default:
            return false
        }
        return true
    }

    public mutating func setText(_ newText: String) {
        text = newText
        cursor = text.count
    }

    private mutating func insert(_ character: Character) {
        let before = text.count
        text.insert(character, at: index(cursor))
        // A combining mark typed on its own merges into the previous cluster: the count may not grow.
        cursor += text.count - before
    }

    private func index(_ offset: Int) -> String.Index {
        text.index(text.startIndex, offsetBy: offset)
    }

    /// Draws the text in one row of `width` columns, scrolled so the cursor is visible; the
    /// cursor cell is shown in reverse when focused.
    public func draw(x: Int, y: Int, width: Int, grid: inout CellGrid, theme: Theme, isFocused: Bool) {
        guard width > 0 else { return }
        let style = theme[isFocused ? .inputFocused : .input]
        grid.fill(Rect(x: x, y: y, width: width, height: 1), style: style)
        let characters = Array(text)
        // Start far enough right that the text up to the cursor plus the cursor cell fits.
        var start = 0
        var used = characters[..<cursor].reduce(1) { $0 + $1.displayWidth }
        while used > width && start < cursor {
            used -= characters[start].displayWidth
            start += 1
        }
        let visible = String(characters[start...])
        grid.write(visible, x: x, y: y, width: width, style: style, ellipsis: "")
        if isFocused {
            let cursorX = x + characters[start..<cursor].reduce(0) { $0 + $1.displayWidth }
            var cursorStyle = style
            cursorStyle.attributes.formSymmetricDifference(.reverse)
            let cursorWidth = cursor < characters.count ? max(1, characters[cursor].displayWidth) : 1
            grid.restyle(Rect(x: cursorX, y: y, width: min(cursorWidth, x + width - cursorX), height: 1),
                         style: cursorStyle)
        }
    }
}
