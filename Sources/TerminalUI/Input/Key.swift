/// A key press, decoded from whatever the terminal sent.
public enum Key: Hashable, Sendable {
    /// Any printable character, including accented letters, CJK and emoji.
    case character(Character)
    /// Control plus a letter, given in lower case: `.control("l")` is Ctrl-L.
    case control(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case tab, backTab
    case enter, escape, backspace, delete, insert
    /// F1 … F24.
    case function(Int)
    /// The terminal changed size; the loop has already measured the new size.
    case resize
    /// A code the decoder does not know; kept so a key map can still log it.
    case unknown(Int)
    /// Text pasted at once (bracketed paste): taken by a field whole, line breaks and all, and
    /// never read as commands. Screens without a field ignore it.
    case paste(String)
}

extension Key {
    /// Typed or pasted text, as opposed to a key that moves or commands.
    public var isText: Bool {
        switch self {
        case .character, .paste: return true
        default: return false
        }
    }
}

extension Key: CustomStringConvertible {
    /// The key as a footer or help screen names it.
    public var description: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let c): return String(c)
        case .control(let c): return "Ctrl-\(c.uppercased())"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case .insert: return "Insert"
        case .function(let n): return "F\(n)"
        case .resize: return "resize"
        case .unknown(let code): return "key \(code)"
        case .paste(let text): return "paste of \(text.count) characters"
        }
    }
}
