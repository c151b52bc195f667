/// Turns what `wget_wch` returns into a `Key`. Pure, so every mapping is unit-tested without a
/// terminal; the numbers are ncurses' own key codes (`KEY_UP` is 0o403 in every ncurses).
public enum KeyDecoder {
    /// ncurses key codes used here, spelled out so the decoder needs no C import.
    public enum Code {
        public static let down = 0o402, up = 0o403, left = 0o404, right = 0o405
        public static let home = 0o406, backspace = 0o407, f0 = 0o410
        public static let delete = 0o512, insert = 0o513
        public static let pageDown = 0o522, pageUp = 0o523
        public static let enter = 0o527, backTab = 0o541, end = 0o550
        public static let shiftDelete = 0o577, resize = 0o632
    }

    /// A character read in text mode (`wget_wch` returned OK).
    public static func decode(character value: UInt32) -> Key {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace  // terminals disagree on which one Backspace sends
        case 1...26: return .control(Character(Unicode.Scalar(value + 0x60)!))
        case 0..<32: return .unknown(Int(value))
        default:
            guard let scalar = Unicode.Scalar(value) else { return .unknown(Int(value)) }
            return .character(Character(scalar))
        }
    }

    /// A function-key code (`wget_wch` returned KEY_CODE_YES).
    public static func decode(keyCode code: Int) -> Key {
        switch code {
        case Code.up: return .up
        case Code.down: return .down
        case Code.left: return .left
        case Code.right: return .right
        case Code.home: return .home
        case Code.end: return .end
        case Code.pageUp: return .pageUp
        case Code.pageDown: return .pageDown
        case Code.backspace: return .backspace
        case Code.delete, Code.shiftDelete: return .delete
        case Code.insert: return .insert
        case Code.enter: return .enter
        case Code.backTab: return .backTab
        case Code.resize: return .resize
        case (Code.f0 + 1)...(Code.f0 + 24): return .function(code - Code.f0)
        default: return .unknown(code)
        }
    }
}
