import Testing
@testable import TerminalUI

@Suite struct TextFieldTests {
    func typed(_ text: String) -> TextField {
        var field = TextField()
        for character in text { _ = field.handle(.character(character)) }
        return field
    }

    @Test func typingUnicodeKeepsTheCursorAtTheEnd() {
        let field = typed("Zoë 王👩‍⚕️")
        #expect(field.text == "Zoë 王👩‍⚕️")
        #expect(field.cursor == 6)
    }

    @Test func cursorMovesByWholeCharacters() {
        var field = typed("a日👩‍⚕️b")
        let r1 = field.handle(.left)
        #expect(r1)
        let r2 = field.handle(.left)
        #expect(r2)
        #expect(field.cursor == 2)
        let r3 = field.handle(.backspace)
        #expect(r3)
        #expect(field.text == "a👩‍⚕️b")
        let r4 = field.handle(.delete)
        #expect(r4)
        #expect(field.text == "ab")
        #expect(field.cursor == 1)
    }

    @Test func combiningAccentTypedAloneJoinsThePreviousLetter() {
        var field = typed("Zoe")
        _ = field.handle(.character("\u{308}"))
        #expect(field.text == "Zoe\u{308}")
        #expect(field.text.count == 3)
        #expect(field.cursor == 3)
        _ = field.handle(.backspace)
        #expect(field.text == "Zo")  // one Backspace removes the accented letter whole
    }

    @Test func homeEndAndInsertInTheMiddle() {
        var field = typed("ngström")
        _ = field.handle(.home)
        _ = field.handle(.character("Å"))
        #expect(field.text == "Ångström")
        #expect(field.cursor == 1)
        _ = field.handle(.end)
        #expect(field.cursor == 8)
        _ = field.handle(.right)
        #expect(field.cursor == 8)
    }

    @Test func killToStartAndToEnd() {
        var field = typed("Dr Okafor")
        for _ in 0..<6 { _ = field.handle(.left) }
        _ = field.handle(.control("k"))
        #expect(field.text == "Dr ")
        _ = field.handle(.control("u"))
        #expect(field.text == "")
        #expect(field.cursor == 0)
    }

    @Test func navigationKeysForTheFormAreNotEaten() {
        var field = typed("x")
        let r5 = field.handle(.tab)
        #expect(!r5)
        let r6 = field.handle(.enter)
        #expect(!r6)
        let r7 = field.handle(.escape)
        #expect(!r7)
    }

    @Test func longTextScrollsToShowTheCursor() {
        let field = typed("王秀英 Ångström")
        var grid = CellGrid(size: Size(width: 8, height: 1))
        field.draw(x: 0, y: 0, width: 8, grid: &grid, theme: .monochrome, isFocused: true)
        // The cursor after the last letter needs a cell of its own, so the Å scrolls off.
        #expect(grid.dump() == "ngström")
        #expect(grid.cursor == Position(x: 7, y: 0), "the terminal's cursor after the last letter")
        var start = field
        _ = start.handle(.home)
        grid = CellGrid(size: Size(width: 8, height: 1))
        start.draw(x: 0, y: 0, width: 8, grid: &grid, theme: .monochrome, isFocused: true)
        #expect(grid.dump() == "王秀英 Å")
        #expect(grid.cursor == Position(x: 0, y: 0))  // the cursor sits on 王
        var unfocused = CellGrid(size: Size(width: 8, height: 1))
        start.draw(x: 0, y: 0, width: 8, grid: &unfocused, theme: .monochrome, isFocused: false)
        #expect(unfocused.cursor == nil, "a field not being typed in shows no cursor")
    }
}
