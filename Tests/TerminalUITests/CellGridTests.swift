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
