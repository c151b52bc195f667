import Testing
@testable import TerminalUI

/// A cell cut to its column keeps the end that tells it apart, when it has one that fits.
@Suite struct TableCellTests {
    @Test func aKeptEndSurvivesTheCut() {
        let cell = TableCell("Harold Finch (Room 14)", keptEnd: " (Room 14)")
        #expect(cell.fitted(toWidth: 30) == "Harold Finch (Room 14)", "room for all of it: nothing cut")
        #expect(cell.fitted(toWidth: 16) == "Harol… (Room 14)")
        #expect(cell.fitted(toWidth: 16).displayWidth == 16)
        #expect(cell.fitted(toWidth: 12) == "H… (Room 14)")
        // Too narrow to keep the end and a letter before it: cut from the end as any cell is.
        #expect(TableCell("Harold Finch (Room 14)", keptEnd: " (Room 14)").fitted(toWidth: 11) == "Harold Finch (Room 14)")
        #expect(TableCell("Harold Finch (Room 14)").fitted(toWidth: 16) == "Harold Finch (Room 14)", "no kept end: the table cuts it")
    }

    @Test func wideCharactersAreCutWhole() {
        let cell = TableCell("王秀英 (Room 34)", keptEnd: " (Room 34)")
        #expect(cell.fitted(toWidth: 14) == "王… (Room 34)")
        #expect(cell.fitted(toWidth: 14).displayWidth <= 14)
    }
}
