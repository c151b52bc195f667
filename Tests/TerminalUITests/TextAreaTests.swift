import Testing
@testable import TerminalUI

/// ↑ ↓ in a text area move by the rows a person sees once long lines wrap, keeping the column the
/// way editors do, and never land inside a wide character.
@Suite struct TextAreaTests {
    /// After each key, handled at `width`: whether it was used, the typed line, the cursor.
    private func steps(_ area: inout TextArea, _ keys: [Key], width: Int?) -> [(used: Bool, line: Int, cursor: Int)] {
        keys.map { key in
            let used = area.handle(key, width: width)
            return (used, area.current, area.lines[area.current].cursor)
        }
    }

    @Test func upAndDownMoveByWrappedRowThroughCJKKeepingTheColumn() {
        // Width 7 draws rows of 6 columns: 日本語 | の文章 | です, one typed line.
        var area = TextArea("日本語の文章です")
        #expect(area.height(width: 7, minimum: 1) == 3)
        let moves = steps(&area, [.up, .up, .up, .down, .down, .down], width: 7)
        // From after です (column 4): before 章 (column 4); then after 本, the last place on a row
        // that wraps (the place after 語 is drawn at the start of the next row); then ↑ on the
        // first row and ↓ on the last are left to the form.
        #expect(moves.map(\.used) == [true, true, false, true, true, false])
        #expect(moves.map(\.cursor) == [5, 2, 2, 5, 8, 8])
    }

    @Test func withoutAWidthTheyMoveByTypedLine() {
        var area = TextArea("日本語の文章です\nx")
        let moves = steps(&area, [.up, .up], width: nil)
        #expect(moves.map(\.used) == [true, false])
        #expect(moves.map(\.line) == [0, 0])
    }

    @Test func aWideCharacterUnderTheColumnIsSteppedBeforeNeverSplit() {
        // Rows of 6 columns: a日本 | 語x. After 語 is column 2, the middle of 日 above.
        var area = TextArea("a日本語x")
        let moves = steps(&area, [.left, .up], width: 7)
        #expect(moves.map(\.cursor) == [4, 1], "before 日, not inside it")
    }

    @Test func emojiRowsAcrossTypedLinesKeepTheGoalColumn() {
        // Line 0 is "x"; line 1 wraps as 👩‍⚕️👩‍⚕️👩‍⚕️ | 👩‍⚕️ (each two columns).
        var area = TextArea("x\n👩‍⚕️👩‍⚕️👩‍⚕️👩‍⚕️")
        #expect(area.height(width: 7, minimum: 1) == 3)
        let moves = steps(&area, [.up, .up, .down, .down], width: 7)
        #expect(moves.map(\.line) == [1, 0, 1, 1])
        // Column 2 throughout: after the first emoji, the end of "x", after the first emoji
        // again (the goal is kept past the short line), then after the fourth.
        #expect(moves.map(\.cursor) == [1, 1, 1, 4])
    }

    @Test func anyOtherKeyForgetsTheGoalColumn() {
        var kept = TextArea("abcdef\nx\nabcdef")
        #expect(steps(&kept, [.up, .up], width: 20).map(\.cursor) == [1, 6], "the column survives the short line")
        var forgotten = TextArea("abcdef\nx\nabcdef")
        #expect(steps(&forgotten, [.up, .end, .up], width: 20).map(\.cursor) == [1, 1, 1], "after End on \"x\" the column is 1")
    }
}
