import Testing
@testable import TerminalUI

@Suite struct CellGridTests {
    @Test func wideCharacterTakesTwoCellsAndDumpsOnce() {
        var grid = CellGrid(size: Size(width: 8, height: 1))
        let used = grid.write("王a", x: 1, y: 0)
        #expect(used == 3)
        #expect(grid[1, 0].text == "王")
        #expect(grid[2, 0].isContinuation)
        #expect(grid[3, 0].text == "a")
        #expect(grid.dump() == " 王a")
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var grid = CellGrid(size: Size(width: 6, height: 1))
        grid.write("王秀", x: 0, y: 0)
        grid.write("x", x: 1, y: 0)  // lands on 王's right half
        #expect(grid.dump() == " x秀")
        grid.write("y", x: 2, y: 0)  // lands on 秀's left half
        #expect(grid.dump() == " xy")
        #expect(!grid[3, 0].isContinuation)
    }

    @Test func wideCharacterAtTheRightEdgeBecomesASpace() {
        var grid = CellGrid(size: Size(width: 3, height: 1))
        grid.set(x: 2, y: 0, Cell("英"))
        #expect(grid[2, 0].text == " ")
        grid.write("ab英", x: 0, y: 0, ellipsis: "")
        #expect(grid.dump() == "ab")
    }

    /// Printable ASCII is written a byte a cell without grapheme clusters; it must land exactly
    /// as the general rule puts it, over wide characters, off the left edge and clipped.
    @Test func asciiLandsAsTheGeneralRulePutsIt() {
        var generator = SystemRandomNumberGenerator()
        let printable = (0x20..<0x7F).map { Character(UnicodeScalar(UInt8($0))) }
        for _ in 0..<500 {
            let text = String((0..<Int.random(in: 0...14, using: &generator)).map { _ in printable.randomElement(using: &generator)! })
            let x = Int.random(in: -4...9, using: &generator), width = Int.random(in: 0...12, using: &generator)
            var written = CellGrid(size: Size(width: 10, height: 1))
            var expected = written
            // Wide characters under both ends of the write, and within it, in every alignment.
            let wideAt = Int.random(in: 0...3, using: &generator)
            written.write("王秀英", x: wideAt, y: 0)
            expected.write("王秀英", x: wideAt, y: 0)
            let used = written.write(text, x: x, y: 0, width: width)
            // The general rule, a cluster at a time, on what the clipping keeps.
            let limit = min(width, 10 - x)
            var column = x
            if limit > 0 {
                for character in text.clipped(toWidth: limit) {
                    if column >= 0 { expected.set(x: column, y: 0, Cell(String(character))) }
                    column += character.displayWidth
                }
            }
            #expect(written == expected, "\(text) at \(x), width \(width)")
            #expect(used == column - x, "\(text) at \(x), width \(width)")
        }
    }

    @Test func writesNeverLeaveTheirWidth() {
        var grid = CellGrid(size: Size(width: 10, height: 2))
        grid.write("Zoë Ångström", x: 2, y: 1, width: 6)
        #expect(grid.dump() == "\n  Zoë Å…")
        grid.write("far away", x: 20, y: 0)
        grid.write("below", x: 0, y: 5)
        #expect(grid.dump() == "\n  Zoë Å…")
    }

    @Test func changesListOnlyDifferingCells() {
        var before = CellGrid(size: Size(width: 4, height: 2))
        before.write("ab", x: 0, y: 0)
        var after = before
        after.write("c", x: 1, y: 1)
        #expect(after.changes(since: before).map { [$0.x, $0.y] } == [[1, 1]])
        #expect(after.changes(since: nil).count == 8)
        #expect(after.changes(since: CellGrid(size: Size(width: 3, height: 2))).count == 8)
    }

    @Test func styleChangeAloneCountsAsAChange() {
        var before = CellGrid(size: Size(width: 2, height: 1))
        before.write("ab", x: 0, y: 0)
        var after = before
        after.restyle(Rect(x: 1, y: 0, width: 1, height: 1), style: Style(attributes: .bold))
        #expect(after.changes(since: before).map(\.x) == [1])
    }

    @Test func boxTitleIsClippedInsideTheCorners() {
        var grid = CellGrid(size: Size(width: 12, height: 3))
        grid.drawBox(grid.bounds, style: .plain, title: "Escalations")
        #expect(grid.dump() == """
            ┌─ Escal… ─┐
            │          │
            └──────────┘
            """)
    }
}
