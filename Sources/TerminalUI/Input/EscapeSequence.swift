/// Keys from the escape sequences a terminal sends that ncurses did not translate: those its
/// terminfo entry does not list. PuTTY and tmux under `TERM=xterm` send `ESC [1~` for Home and
/// `ESC [4~` for End where xterm's entry lists `ESC OH`; read byte by byte, such a sequence was
/// Esc and three characters, and in a form Esc asks "Discard?" and the next "y" answered it.
///
/// A control sequence (ECMA-48: `ESC [`, parameter and intermediate bytes, one final byte) or
/// an SS3 sequence (`ESC O` and one byte) is read whole and becomes one key, or `.unknown` when
/// no key is known for it: never an Esc followed by text.
enum EscapeSequence {
    /// The longest control sequence read; a longer run is not one, and is read as typed.
    static let longest = 32

    /// What to do with the bytes after an ESC so far (`bytes` does not include the ESC).
    enum Reading: Equatable {
        /// Part of a sequence: wait for the next byte.
        case incomplete
        /// A whole sequence, read as this key.
        case key(Key)
        /// Not a sequence: the ESC was the Esc key, and the bytes are ordinary input.
        case notASequence
    }

    static func read(_ bytes: [UInt8]) -> Reading {
        guard let introducer = bytes.first else { return .incomplete }
        switch introducer {
        case UInt8(ascii: "["):
            guard bytes.count > 1 else { return .incomplete }
            let last = bytes[bytes.count - 1]
            // Parameters (0-9 ; < = > ?) and intermediates (space to /) come before the final byte.
            if (0x20...0x3F).contains(last) { return bytes.count < longest ? .incomplete : .notASequence }
            guard (0x40...0x7E).contains(last) else { return .notASequence }
            return .key(control(parameters: bytes[1..<(bytes.count - 1)], final: last))
        case UInt8(ascii: "O"):
            guard bytes.count > 1 else { return .incomplete }
            guard bytes.count == 2, (0x40...0x7E).contains(bytes[1]) else { return .notASequence }
            return .key(singleShift(bytes[1]))
        default:
            return .notASequence
        }
    }

    /// `ESC [ parameters final`: the cursor keys (a modifier such as `1;5` for Ctrl is let go:
    /// Ctrl-↑ moves as ↑ does), and the `~` keys by their first number.
    static func control(parameters: ArraySlice<UInt8>, final: UInt8) -> Key {
        if let key = lettered(final) { return key }
        let numbers = String(decoding: parameters, as: UTF8.self).split(separator: ";", omittingEmptySubsequences: false)
        switch final {
        case UInt8(ascii: "Z"): return .backTab
        case UInt8(ascii: "~"):
            switch numbers.first.flatMap({ Int($0) }) {
            case 1, 7: return .home
            case 4, 8: return .end
            case 2: return .insert
            case 3: return .delete
            case 5: return .pageUp
            case 6: return .pageDown
            case let n? where (11...15).contains(n): return .function(n - 10)
            case let n? where (17...21).contains(n): return .function(n - 11)
            case let n? where (23...26).contains(n): return .function(n - 12)
            default: return .unknown(unknownCode)
            }
        default: return .unknown(unknownCode)
        }
    }

    /// `ESC O x`: the cursor keys in application mode, Home, End, F1–F4 and the keypad's Enter.
    static func singleShift(_ final: UInt8) -> Key {
        if let key = lettered(final) { return key }
        return final == UInt8(ascii: "M") ? .enter : .unknown(unknownCode)
    }

    /// The final letters both kinds of sequence share: the arrows, Home, End and F1–F4.
    private static func lettered(_ final: UInt8) -> Key? {
        switch final {
        case UInt8(ascii: "A"): .up
        case UInt8(ascii: "B"): .down
        case UInt8(ascii: "C"): .right
        case UInt8(ascii: "D"): .left
        case UInt8(ascii: "H"): .home
        case UInt8(ascii: "F"): .end
        case UInt8(ascii: "P"), UInt8(ascii: "Q"), UInt8(ascii: "R"), UInt8(ascii: "S"): .function(Int(final) - Int(UInt8(ascii: "P")) + 1)
        default: nil
        }
    }

    /// The code an escape sequence with no key is kept under: ESC's own.
    static let unknownCode = 0x1B
}
