import Testing
@testable import TerminalUI

/// The table as a value drawn with a state kept apart (as ratatui's `Table`/`TableState`), cells
/// with their own styles, wrapped rows, and the styled dump that shows colour and bold in a test.
@Suite struct TableStateTests {
    static let columns = [TableColumn("Due", width: .fixed(6)), TableColumn("State", width: .fixed(9)),
                          TableColumn("Task", width: .flexible(1))]

    func tasks(_ count: Int) -> [[TableCell]] {
        (0..<count).map { i in
            [TableCell("0\(i):00"), TableCell(i == 1 ? "⚠ OVERDUE" : "", role: i == 1 ? .alert : nil), TableCell("Task \(i)")]
        }
    }

    func draw(_ table: Table, _ state: inout TableState, width: Int = 30, height: Int = 5, focused: Bool = true) -> CellGrid {
        var grid = CellGrid(size: Size(width: width, height: height))
        table.draw(in: grid.bounds, grid: &grid, theme: .monochrome, isFocused: focused, state: &state)
        return grid
    }

    @Test func theSelectedRowIsReverseVideoWholeAndAnOverdueCellKeepsItsOwnStyle() {
        var state = TableState()
        state.select(2, rowCount: 3)
        let grid = draw(Table(columns: Self.columns, rows: tasks(3)), &state)
        #expect(grid.styledDump() == """
            {underline}Due    State     Task         {/}
            00:00            Task 0
            01:00  {bold reverse}⚠ OVERDUE{/} Task 1
            {reverse}02:00            Task 2       {/}

            """)
    }

    @Test func anOverdueRowSelectedShowsTheSelectionNotTheAlert() {
        var state = TableState()
        state.select(1, rowCount: 3)
        let grid = draw(Table(columns: Self.columns, rows: tasks(3)), &state, focused: false)
        #expect(grid.styledRow(2) == "{underline}01:00  ⚠ OVERDUE Task 1       {/}")
    }

    @Test func stateScrollsToFollowTheSelectionAndPagesByWhatShowed() {
        let table = Table(columns: Self.columns, rows: tasks(10))
        var state = TableState()
        _ = draw(table, &state)
        #expect(state.visibleRowCount == 4)
        let end = state.handle(.end, rowCount: 10)
        #expect(end)
        let grid = draw(table, &state)
        #expect(state.scrollOffset == 6)
        #expect(grid.row(4) == "09:00            Task 9")
        let page = state.handle(.pageUp, rowCount: 10)
        #expect(page)
        #expect(state.selectedIndex == 5)
        _ = draw(table, &state)
        #expect(state.scrollOffset == 5)
        let other = state.handle(.character("x"), rowCount: 10)
        #expect(!other)
    }

    @Test func aPaneSaysOnItsBorderHowManyRowsAreOutOfSight() {
        let table = Table(columns: Self.columns, rows: tasks(10))
        var state = TableState()
        var grid = CellGrid(size: Size(width: 32, height: 7))
        let pane = Pane(title: "Tasks")
        func frame() -> [String] {
            grid.clear(style: Theme.monochrome[.text])
            let inside = pane.draw(in: grid.bounds, grid: &grid, theme: .monochrome)
            table.draw(in: inside, grid: &grid, theme: .monochrome, isFocused: true, state: &state)
            pane.drawScrollMark(state, in: grid.bounds, grid: &grid, theme: .monochrome)
            return (0..<grid.size.height).map { grid.row($0) }
        }
        // Four of ten rows fit: the six below are counted, then those above and below as the
        // selection moves down, then only those above at the end.
        #expect(frame().last == "└─────────────────── ↓ 6 more ─┘")
        state.select(5, rowCount: 10)
        #expect(frame().last == "└───────────── ↑ 2 · ↓ 4 more ─┘")
        state.select(9, rowCount: 10)
        #expect(frame() == [
            "┌─ Tasks ──────────────────────┐",
            "│Due    State     Task         │",
            "│06:00            Task 6       │",
            "│07:00            Task 7       │",
            "│08:00            Task 8       │",
            "│09:00            Task 9       │",
            "└─────────────────── ↑ 6 more ─┘",
        ])
        // Every row showing, nothing is said.
        let few = Table(columns: Self.columns, rows: tasks(4))
        state = TableState()
        let inside = pane.draw(in: grid.bounds, grid: &grid, theme: .monochrome)
        few.draw(in: inside, grid: &grid, theme: .monochrome, isFocused: true, state: &state)
        #expect(state.scrollOffset == 0 && state.rowsBelow == 0)
    }

    @Test func theMarkIsShorterOnANarrowPaneAndLeftOffWhereNothingFits() {
        #expect(Pane.scrollMark(above: 0, below: 0, room: 40) == nil)
        #expect(Pane.scrollMark(above: 3, below: 120, room: 40) == " ↑ 3 · ↓ 120 more ")
        #expect(Pane.scrollMark(above: 3, below: 120, room: 12) == " ↑3 ↓120 ")
        #expect(Pane.scrollMark(above: 0, below: 120, room: 8) == " ↓120 ")
        #expect(Pane.scrollMark(above: 0, below: 120, room: 5) == nil)
    }

    @Test func fewerRowsThanBeforeBringTheSelectionBackAndFillTheSpace() {
        var state = TableState()
        state.select(9, rowCount: 10)
        _ = draw(Table(columns: Self.columns, rows: tasks(10)), &state)
        let grid = draw(Table(columns: Self.columns, rows: tasks(3)), &state)
        #expect(state.selectedIndex == 2 && state.scrollOffset == 0)
        #expect(grid.row(1) == "00:00            Task 0")
    }

    @Test func aWrappingColumnShowsLongTextWholeOnTheRowsLines() {
        let columns = [TableColumn("Who", width: .fixed(6)), TableColumn("Advice", width: .flexible(1), wraps: true)]
        var table = Table(columns: columns, text: [
            ["Edith", "Take readings twice a day and phone if over 160"],
            ["王秀英", "Level 2 thickened fluids; 王秀英 sits upright"],
        ])
        table.maxRowLines = 3
        var state = TableState()
        state.select(1, rowCount: 2)
        let grid = draw(table, &state, width: 24, height: 7)
        #expect(grid.dump() == """
            Who    Advice
            Edith  Take readings
                   twice a day and
                   phone if over 160
            王秀英 Level 2 thickened
                   fluids; 王秀英
                   sits upright
            """)
        // The selection covers every line of its row.
        #expect(grid[0, 6].style == Theme.monochrome[.selection] && grid[20, 4].style == Theme.monochrome[.selection])
        #expect(state.visibleRowCount == 2)
    }

    @Test func aWrappedRowThatCannotFitEndsInAnEllipsis() {
        var table = Table(columns: [TableColumn("Advice", wraps: true)], text: [["one two three four five six"]])
        table.maxRowLines = 2
        var state = TableState()
        let grid = draw(table, &state, width: 9, height: 3)
        #expect(grid.dump() == "Advice\none two\nthree fo…")
    }

    @Test func wrappingBreaksOverlongWordsBetweenCharactersNeverInsideAWideOne() {
        #expect("王秀英王秀英".wrapped(toWidth: 5) == ["王秀", "英王", "秀英"])
        #expect("https://example.org/x".wrapped(toWidth: 8) == ["https://", "example.", "org/x"])
        #expect("a\n\nb".wrapped(toWidth: 4) == ["a", "", "b"])
        #expect("👩‍⚕️ nurse".wrapped(toWidth: 3) == ["👩‍⚕️", "nur", "se"])
    }

    @Test func styledDumpNamesColoursAndKeepsWideCharactersWhole() {
        var grid = CellGrid(size: Size(width: 12, height: 1))
        grid.write("王 ok", x: 0, y: 0, style: Style(foreground: .red, background: .indexed(236), attributes: .bold))
        grid.write("x", x: 8, y: 0, style: Style(foreground: .rgb(255, 8, 0)))
        #expect(grid.styledDump() == "{bold red on colour 236}王 ok{/}   {#ff0800}x{/}")
        #expect(grid.styledDump(base: Style(foreground: .rgb(255, 8, 0))) == "{bold red on colour 236}王 ok{/}{default}   {/}x{default}   {/}")
    }
}
