/// A single-line text input. The cursor counts grapheme clusters, so é typed as e + combining
/// accent, 日 and 👩‍⚕️ are each one step of ← → and one Backspace.
///
/// It holds at most `limit` characters: a paste beyond that is cut there (`wasCut` says so, for
/// the form to tell the user), and typing past it does nothing. Typing at the end, which is
/// nearly all typing, costs the same however long the text already is.
public struct TextField: Equatable, Sendable {
    /// Enough for any field a person fills in by hand; the app's own, smaller limits are
    /// checked with a message when the form is saved.
    public static let defaultLimit = 20_000

    public private(set) var text: String
    /// The cursor, as a number of characters (clusters) from the start: 0…text.count.
    public private(set) var cursor: Int
    public let limit: Int
    /// Whether the last paste or key was refused in part because the field was full.
    public private(set) var wasCut = false
    /// `text.count`, kept: counting a String walks all of it.
    private var count: Int

    public init(_ text: String = "", limit: Int = TextField.defaultLimit) {
        self.text = text
        self.limit = limit
        self.count = text.count
        self.cursor = count
    }

    /// Edits for a key; returns whether the key was an editing key. Tab, Enter and Esc are left to
    /// the form or screen.
    public mutating func handle(_ key: Key) -> Bool {
        wasCut = false
        switch key {
        case .character(let c):
            insert(String(c))
        case .paste(let pasted):
            insert(Self.oneLine(pasted))
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = count
        case .backspace:
            guard cursor > 0 else { return true }
            text.remove(at: index(cursor - 1))
            recount()
            cursor -= 1
        case .delete, .control("d"):
            guard cursor < count else { return true }
            text.remove(at: index(cursor))
            recount()
        case .control("u"):
            text.removeSubrange(text.startIndex..<index(cursor))
            recount()
            cursor = 0
        case .control("k"):
            text.removeSubrange(index(cursor)..<text.endIndex)
            recount()
        default:
            return false
        }
        return true
    }

    public mutating func setText(_ newText: String) {
        text = newText
        count = text.count
        cursor = count
    }

    /// Puts the cursor `offset` characters from the start (clamped to the text).
    public mutating func moveCursor(to offset: Int) {
        cursor = min(max(0, offset), count)
    }

    /// Pasted text as one line: line breaks and tabs become spaces, and other control
    /// characters, which no one means to paste into a name, are dropped.
    public static func oneLine(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A where previous == "\r": break
            case 0x09, 0x0A, 0x0D: scalars.append(" ")
            case 0x00..<0x20, 0x7F...0x9F: break
            default: scalars.append(scalar)
            }
            previous = scalar
        }
        return String(scalars)
    }

    /// Inserts at the cursor as much of `piece` as fits under the limit.
    private mutating func insert(_ piece: String) {
        guard !piece.isEmpty else { return }
        var piece = piece
        let room = limit - count
        if room <= 0 { wasCut = true; return }
        if piece.utf8.count > room, piece.count > room {
            piece = String(piece.prefix(room))
            wasCut = true
        }
        if cursor == count {
            // A combining mark typed on its own merges into the last cluster, so the count
            // grows by the clusters from the old last one on, less that one: only the tail is counted.
            // An index must not outlive a mutation (it caches the old cluster's size), so the
            // old last cluster is found again by its UTF-8 offset.
            let lastOffset = text.isEmpty ? nil : text.utf8.count - text[text.index(before: text.endIndex)...].utf8.count
            text += piece
            count = lastOffset.map { count + text[text.utf8.index(text.utf8.startIndex, offsetBy: $0)...].count - 1 } ?? text.count
            cursor = count
        } else {
            let before = count
            text.insert(contentsOf: piece, at: index(cursor))
            recount()
            cursor += count - before
        }
    }

    private mutating func recount() { count = text.count }

    private func index(_ offset: Int) -> String.Index {
        text.index(text.startIndex, offsetBy: offset)
    }

    /// Draws the text in one row of `width` columns, scrolled so the cursor is visible; when
    /// focused, the terminal's cursor is put at the insertion point.
    public func draw(x: Int, y: Int, width: Int, grid: inout CellGrid, theme: Theme, isFocused: Bool) {
        guard width > 0 else { return }
        let style = theme[isFocused ? .inputFocused : .input]
        grid.fill(Rect(x: x, y: y, width: width, height: 1), style: style)
        // Not being typed into, a field shows how its value begins and marks the rest cut
        // ("…"): scrolled to the cursor it had read "ow inter-agency formal indirect".
        guard isFocused else {
            grid.write(text, x: x, y: y, width: width, style: style, ellipsis: "…")
            return
        }
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
        grid.cursor = Position(x: min(x + width - 1, x + characters[start..<cursor].reduce(0) { $0 + $1.displayWidth }), y: y)
    }
}
