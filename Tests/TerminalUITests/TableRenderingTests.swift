import Testing
@testable import TerminalUI

/// Whole screens compared as text, the way a person reads them.
@Suite struct TableRenderingTests {
    static let rows = [
        ["Zoë Ångström", "Room 4", "Dr Patel"],
        ["王秀英", "Flat 2", "Nurse Ito"],
        ["👩‍⚕️ Dr Okafor", "Office", "SALT team"],
    ]

    func render(width: Int, rows: [[String]] = rows, selected: Int = 0) -> CellGrid {
        var grid = CellGrid(size: Size(width: width, height: 7))
        let table = Table(columns: [
            TableColumn("Name", width: .flexible(2)),
            TableColumn("Where", width: .fixed(6)),
            TableColumn("Partner", width: .flexible(1)),
        ], text: rows, emptyMessage: "No one recorded yet")
        var state = TableState()
        state.select(selected, rowCount: rows.count)
        let inside = Pane(title: "People", isFocused: true).draw(in: grid.bounds, grid: &grid, theme: .monochrome)
        table.draw(in: inside, grid: &grid, theme: .monochrome, isFocused: true, state: &state)
        return grid
    }

    @Test func wideNamesKeepTheRightBorderInItsColumn() {
        let grid = render(width: 50)
        #expect(grid.dump() == """
            ┌─ People ───────────────────────────────────────┐
            │Name                       Where  Partner       │
            │Zoë Ångström               Room 4 Dr Patel      │
            │王秀英                     Flat 2 Nurse Ito     │
            │👩‍⚕️ Dr Okafor               Office SALT team     │
            │                                                │
            └────────────────────────────────────────────────┘
            """)
        for y in 0..<grid.size.height {
            #expect(grid[49, y].text != "" && grid[49, y].text != " ", "row \(y) lost its border")
        }
        #expect(grid[1, 3].text == "王" && grid[2, 3].isContinuation)
        #expect(grid[1, 4].text == "👩‍⚕️" && grid[2, 4].isContinuation)
    }

    @Test func atFortyColumnsLongNamesEndInAnEllipsis() {
        let grid = render(width: 40, rows: Self.rows + [["Bartholomew Featherstonehaugh", "Room 12", "Community nurse team"]], selected: 3)
        #expect(grid.dump() == """
            ┌─ People ─────────────────────────────┐
            │Name                 Where  Partner   │
            │Zoë Ångström         Room 4 Dr Patel  │
            │王秀英               Flat 2 Nurse Ito │
            │👩‍⚕️ Dr Okafor         Office SALT team │
            │Bartholomew Feather… Room … Community…│
            └──────────────────────────────────────┘
            """)
        #expect(grid[2, 5].style == Theme.monochrome[.selection])
    }

    @Test func wideCharacterThatDoesNotFitLeavesAGapNotHalfACharacter() {
        let grid = render(width: 20, rows: [["王秀英王秀英", "x", "y"]])
        // Name column is 6 wide: 王秀 and an ellipsis fill 5, the sixth stays blank.
        #expect(grid.row(2) == "│王秀…  x      y   │")
        #expect(grid[6, 2].text == " ")
    }

    /// All three names in one row (person, relative, partner), then how the contact was made.
    func renderOneRow(width: Int) -> CellGrid {
        var grid = CellGrid(size: Size(width: width, height: 4))
        let table = Table(columns: [TableColumn("Person"), TableColumn("Relative"), TableColumn("Partner"),
                                    TableColumn("Via", width: .fixed(5))],
                          text: [["Zoë Ångström", "王秀英", "👩‍⚕️ Dr Okafor", "phone"]])
        var state = TableState()
        let inside = Pane(title: "Contacts").draw(in: grid.bounds, grid: &grid, theme: .monochrome)
        table.draw(in: inside, grid: &grid, theme: .monochrome, isFocused: false, state: &state)
        return grid
    }

    @Test func oneRowWithAllThreeNamesFitsAtSixtyColumns() {
        #expect(renderOneRow(width: 60).dump() == """
            ┌─ Contacts ───────────────────────────────────────────────┐
            │Person           Relative          Partner           Via  │
            │Zoë Ångström     王秀英            👩‍⚕️ Dr Okafor      phone│
            └──────────────────────────────────────────────────────────┘
            """)
    }

    @Test func oneRowWithAllThreeNamesIsClippedAtFortyColumns() {
        let grid = renderOneRow(width: 40)
        #expect(grid.dump() == """
            ┌─ Contacts ───────────────────────────┐
            │Person     Relative   Partner    Via  │
            │Zoë Ångst… 王秀英     👩‍⚕️ Dr Oka… phone│
            └──────────────────────────────────────┘
            """)
        #expect(grid[39, 2].text == "│")
    }

    @Test func fixedColumnsWiderThanTheirPaneStopAtItsBorder() {
        // As the dashboard's Tasks pane at 41–44 columns: a date and a state, each a fixed
        // width, together wider than the pane; the border beside them must stay.
        var grid = CellGrid(size: Size(width: 24, height: 4))
        let table = Table(columns: [
            TableColumn("Due", width: .fixed(11)),
            TableColumn("State", width: .fixed(9)),
            TableColumn("Task", width: .flexible(1)),
        ], text: [["Thu 3 Dec", "⚠ OVERDUE", "Return the call"]])
        var state = TableState()
        let inside = Pane(title: "Tasks", isFocused: true).draw(in: Rect(x: 0, y: 0, width: 20, height: 4), grid: &grid, theme: .monochrome)
        table.draw(in: inside, grid: &grid, theme: .monochrome, isFocused: true, state: &state)
        #expect(grid.dump() == """
            ┌─ Tasks ──────────┐
            │Due         State │
            │Thu 3 Dec   ⚠ OVE…│
            └──────────────────┘
            """)
    }

    @Test func emptyTableSaysSo() {
        let grid = render(width: 30, rows: [])
        #expect(grid.row(2) == "│No one recorded yet         │")
    }

    /// Too long for the pane, the message is wrapped at spaces, not cut: its end is often what it
    /// is about (the day); and it stops at the pane's last row.
    @Test func anEmptyTablesLongMessageIsWrappedWithinThePane() {
        #expect(render(width: 16, rows: []).dump() == """
            ┌─ People ─────┐
            │Name Where  P…│
            │No one        │
            │recorded yet  │
            │              │
            │              │
            └──────────────┘
            """)
        var grid = CellGrid(size: Size(width: 12, height: 4))
        let table = Table(columns: [TableColumn("Name", width: .flexible(1))], text: [],
                          emptyMessage: "No contacts recorded on Mon 24 Nov 2025")
        var state = TableState()
        table.draw(in: grid.bounds, grid: &grid, theme: .monochrome, isFocused: true, state: &state)
        #expect(grid.dump() == """
            Name
            No contacts
            recorded on
            Mon 24 Nov
            """)
    }
}
