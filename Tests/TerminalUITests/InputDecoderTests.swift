import Testing
@testable import TerminalUI

/// Feeds `bytes` as one read from the terminal: each byte, then the end of what was available.
func decode(_ bytes: [UInt8], into decoder: inout InputDecoder) -> [Key] {
    var keys: [Key] = []
    for byte in bytes { keys += decoder.feed(byte: byte) }
    return keys + decoder.flush()
}

func decode(_ bytes: [UInt8]) -> [Key] {
    var decoder = InputDecoder()
    return decode(bytes, into: &decoder)
}

@Suite struct InputDecoderTests {
    @Test func utf8IsAssembledIntoCharacters() {
        #expect(decode(Array("é日😀q".utf8)) == [.character("é"), .character("日"), .character("😀"), .character("q")])
        #expect(decode([9, 13, 127, 12]) == [.tab, .enter, .backspace, .control("l")])
    }

    /// What ended the dashboard: bytes that are not UTF-8 are shown as �, and what follows them
    /// is read as usual. None of them is an end of input.
    @Test func invalidUTF8IsReplacedNeverTheEndOfInput() {
        let r = InputDecoder.replacement
        #expect(decode([0xFF, 0xFE, 0xFD]) == [r, r, r])
        #expect(decode([0xC3, 0x28]) == [r, .character("(")])       // a lead byte without its continuation
        #expect(decode([0xE2, 0x82]) == [r])                           // cut short at the end of a read
        #expect(decode([0x80, 0x61]) == [r, .character("a")])         // a continuation on its own
        #expect(decode([0xC0, 0xAF]) == [r, r])                        // an overlong slash
        #expect(decode([0xED, 0xA0, 0x80]) == [r])                     // a UTF-16 surrogate
        #expect(decode([0xF4, 0x90, 0x80, 0x80]) == [r])               // past U+10FFFF
    }

    @Test func escAloneIsTheEscKeyAndEscFollowedByTextIsBoth() {
        #expect(decode([0x1B]) == [.escape])
        #expect(decode([0x1B, 0x71]) == [.escape, .character("q")])
        // The start of a paste marker waits for the next read, then is what it was: a control
        // sequence with no key, read whole and let go.
        var decoder = InputDecoder()
        #expect(decode(Array("\u{1B}[20".utf8), into: &decoder) == [])
        #expect(decode([0x78], into: &decoder) == [.unknown(EscapeSequence.unknownCode)])
        // ESC then a byte no sequence holds: Esc, and the rest as typed.
        #expect(decode(Array("\u{1B}[2\u{7}b".utf8)) == [.escape, .character("["), .character("2"), .control("g"), .character("b")])
    }

    /// Sequences ncurses leaves untranslated when the terminal's entry does not list them
    /// (PuTTY or tmux under TERM=xterm send ESC [1~ for Home): each is its key, never Esc and
    /// text, which in a form asked "Discard?" and let the next "y" answer it.
    @Test func keySequencesNcursesLeavesAreTheirKeysNotEscAndText() {
        let cases: [(String, Key)] = [
            ("[1~", .home), ("[4~", .end), ("[7~", .home), ("[8~", .end), ("[H", .home), ("[F", .end),
            ("[2~", .insert), ("[3~", .delete), ("[5~", .pageUp), ("[6~", .pageDown),
            ("[A", .up), ("[1;5B", .down), ("[1;2C", .right), ("[D", .left), ("[Z", .backTab),
            ("OH", .home), ("OF", .end), ("OA", .up), ("OM", .enter), ("OP", .function(1)), ("[11~", .function(1)),
            ("[24~", .function(12)), ("[1;2P", .function(1)), ("[99~", .unknown(EscapeSequence.unknownCode)),
            ("[?1;2c", .unknown(EscapeSequence.unknownCode)),
        ]
        for (sequence, key) in cases {
            #expect(decode(Array("\u{1B}\(sequence)y".utf8)) == [key, .character("y")], "ESC \(sequence)")
        }
        // Split over reads, as a slow link sends it.
        var decoder = InputDecoder()
        #expect(decode(Array("\u{1B}[".utf8), into: &decoder) == [])
        #expect(decode(Array("1".utf8), into: &decoder) == [])
        #expect(decode(Array("~".utf8), into: &decoder) == [.home])
        // A run of parameters too long to be a sequence is read as typed.
        let long = "[" + String(repeating: "1", count: EscapeSequence.longest)
        #expect(decode(Array("\u{1B}\(long)".utf8)).first == .escape)
    }

    @Test func aBracketedPasteIsOneKeyWithItsLineBreaksAndEscapes() {
        let text = "line one\r\nline two\twith tab \u{1B}[2J and Zoë"
        let bytes = Array("\u{1B}[200~".utf8) + Array(text.utf8) + Array("\u{1B}[201~".utf8) + [0x71]
        #expect(decode(bytes) == [.paste(text), .character("q")])
    }

    /// A large paste arrives over many reads: it is still one key, given when it ends.
    @Test func aPasteSpreadOverManyReadsIsGivenWhole() {
        let text = String(repeating: "王秀英 said: call back. ", count: 5_000)
        let bytes = Array("\u{1B}[200~".utf8) + Array(text.utf8) + Array("\u{1B}[201~".utf8)
        var decoder = InputDecoder()
        var keys: [Key] = []
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + 4095)  // odd sizes split characters and the marker
            keys += decode(Array(bytes[start..<end]), into: &decoder)
            start = end
        }
        #expect(keys == [.paste(text)])
        #expect(!decoder.isPasting)
    }

    @Test func aPasteWithNoEndIsGivenInPartsNotSwallowed() {
        var decoder = InputDecoder()
        let body = [UInt8](repeating: 0x61, count: InputDecoder.pasteChunk + 10)
        let keys = decode(Array("\u{1B}[200~".utf8) + body, into: &decoder)
        guard case .paste(let part)? = keys.first else { Issue.record("no paste key"); return }
        #expect(part.count > InputDecoder.pasteChunk - 10)
        #expect(decoder.isPasting)
    }

    @Test func aKeyCodeAfterAHeldMarkerStartComesAfterIt() {
        var decoder = InputDecoder()
        #expect(decode(Array("\u{1B}[2".utf8), into: &decoder) == [])
        #expect(decoder.feed(keyCode: KeyDecoder.Code.down) == [.escape, .character("["), .character("2"), .down])
    }

    @Test func keyCodesComeThroughAndEndAHalfReadCharacter() {
        var decoder = InputDecoder()
        #expect(decoder.feed(byte: 0xC3) == [])
        #expect(decoder.feed(keyCode: KeyDecoder.Code.up) == [InputDecoder.replacement, .up])
    }
}

@Suite struct TextFieldPasteTests {
    @Test func aPasteIsOneLineInASingleLineField() {
        var field = TextField("Dr ")
        _ = field.handle(.paste("Anil\r\nPatel\t\u{1B}[2J"))
        #expect(field.text == "Dr Anil Patel [2J")
        #expect(field.cursor == field.text.count)
    }

    @Test func aFieldStopsAtItsLimitAndSaysSo() {
        var field = TextField(limit: 10)
        _ = field.handle(.paste(String(repeating: "x", count: 100_000)))
        #expect(field.text.count == 10)
        #expect(field.wasCut)
        _ = field.handle(.character("y"))
        #expect(field.text.count == 10)
        _ = field.handle(.backspace)
        #expect(field.text.count == 9 && !field.wasCut)
    }

    @Test func aHundredThousandCharactersPastedOrTypedAreTakenUpToTheLimit() {
        var field = TextField()
        _ = field.handle(.paste(String(repeating: "王", count: 100_000)))
        #expect(field.text.count == TextField.defaultLimit)
        var typed = TextField()
        for _ in 0..<30_000 { _ = typed.handle(.character("a")) }
        #expect(typed.text.count == TextField.defaultLimit)
    }

    @Test func combiningMarksStillMergeWhenTypedAtTheEnd() {
        var field = TextField("Zoe")
        _ = field.handle(.character("\u{0308}"))
        #expect(field.text == "Zoë" && field.cursor == 3)
        _ = field.handle(.paste("\u{0301}x"))
        #expect(field.cursor == 4 && field.text.count == 4)
    }
}

@Suite struct TextFieldDrawingTests {
    /// Typed into, a long value scrolls to keep the cursor in sight; left, it shows how it
    /// begins with "…" where it is cut, so a reader sees "Now inter-agency…", not its tail.
    @Test func aLongValueShowsItsEndWhileTypedAndItsStartOnceLeft() {
        let field = TextField("Now inter-agency formal indirect")
        var grid = CellGrid(size: Size(width: 20, height: 1))
        field.draw(x: 0, y: 0, width: 20, grid: &grid, theme: .monochrome, isFocused: true)
        #expect(grid.dump() == "ncy formal indirect")  // and the cursor cell after it
        #expect(grid.cursor == Position(x: 19, y: 0))
        grid = CellGrid(size: Size(width: 20, height: 1))
        field.draw(x: 0, y: 0, width: 20, grid: &grid, theme: .monochrome, isFocused: false)
        #expect(grid.dump() == "Now inter-agency fo…")
        #expect(grid.cursor == nil)
    }

    @Test func aWideValueIsCutOnACharacterAndAShortOneWhole() {
        var grid = CellGrid(size: Size(width: 9, height: 1))
        TextField("王芳 李明 张伟").draw(x: 0, y: 0, width: 9, grid: &grid, theme: .monochrome, isFocused: false)
        #expect(grid.dump() == "王芳 李…")  // 李明 and … would need ten columns
        grid = CellGrid(size: Size(width: 9, height: 1))
        TextField("Ana").draw(x: 0, y: 0, width: 9, grid: &grid, theme: .monochrome, isFocused: false)
        #expect(grid.dump() == "Ana")
    }
}
