import Testing
@testable import TerminalUI

@Suite struct KeyDecoderTests {
    @Test func unicodeCharactersComeThroughWhole() {
        #expect(KeyDecoder.decode(character: 0xE9) == .character("é"))
        #expect(KeyDecoder.decode(character: 0x65E5) == .character("日"))
        #expect(KeyDecoder.decode(character: 0x1F600) == .character("😀"))
        #expect(KeyDecoder.decode(character: 0x71) == .character("q"))
    }

    @Test func controlCharacters() {
        #expect(KeyDecoder.decode(character: 9) == .tab)
        #expect(KeyDecoder.decode(character: 13) == .enter)
        #expect(KeyDecoder.decode(character: 10) == .enter)
        #expect(KeyDecoder.decode(character: 27) == .escape)
        #expect(KeyDecoder.decode(character: 127) == .backspace)
        #expect(KeyDecoder.decode(character: 8) == .backspace)
        #expect(KeyDecoder.decode(character: 12) == .control("l"))
        #expect(KeyDecoder.decode(character: 1) == .control("a"))
        #expect(KeyDecoder.decode(character: 26) == .control("z"))
        #expect(KeyDecoder.decode(character: 0) == .unknown(0))
    }

    @Test func functionKeyCodes() {
        typealias C = KeyDecoder.Code
        #expect(KeyDecoder.decode(keyCode: 0o403) == .up)  // ncurses' KEY_UP
        #expect(KeyDecoder.decode(keyCode: C.down) == .down)
        #expect(KeyDecoder.decode(keyCode: C.left) == .left)
        #expect(KeyDecoder.decode(keyCode: C.right) == .right)
        #expect(KeyDecoder.decode(keyCode: C.home) == .home)
        #expect(KeyDecoder.decode(keyCode: C.end) == .end)
        #expect(KeyDecoder.decode(keyCode: C.pageUp) == .pageUp)
        #expect(KeyDecoder.decode(keyCode: C.pageDown) == .pageDown)
        #expect(KeyDecoder.decode(keyCode: C.backTab) == .backTab)
        #expect(KeyDecoder.decode(keyCode: C.backspace) == .backspace)
        #expect(KeyDecoder.decode(keyCode: C.delete) == .delete)
        #expect(KeyDecoder.decode(keyCode: C.enter) == .enter)
        #expect(KeyDecoder.decode(keyCode: C.resize) == .resize)
        #expect(KeyDecoder.decode(keyCode: C.f0 + 1) == .function(1))
        #expect(KeyDecoder.decode(keyCode: C.f0 + 12) == .function(12))
        #expect(KeyDecoder.decode(keyCode: 0o777) == .unknown(0o777))
    }

    @Test func keysNameThemselvesForHelpText() {
        #expect(Key.control("l").description == "Ctrl-L")
        #expect(Key.backTab.description == "Shift-Tab")
        #expect(Key.character(" ").description == "Space")
        #expect(Key.function(5).description == "F5")
    }
}
