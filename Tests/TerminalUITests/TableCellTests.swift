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
        // Too narrow to keep the end and a letter before it: as much of the end as fits after
        // "…", so two Harold Finches still differ; too narrow for four columns of it, the table
        // cuts from the end as it cuts any cell.
        #expect(cell.fitted(toWidth: 11) == "…(Room 14)")
        #expect(cell.fitted(toWidth: 9) == "…Room 14)")
        #expect(cell.fitted(toWidth: 8) == "Harold Finch (Room 14)", "not \"…oom 14)\", and \"…14)\" says too little")
        #expect(cell.fitted(toWidth: 4) == "Harold Finch (Room 14)")
        for width in 9...30 { #expect(cell.fitted(toWidth: width).displayWidth <= width, "\(width)") }
        #expect(TableCell("Harold Finch (Room 14)").fitted(toWidth: 16) == "Harold Finch (Room 14)", "no kept end: the table cuts it")
    }

    @Test func wideCharactersAreCutWhole() {
        let cell = TableCell("王秀英 (Room 34)", keptEnd: " (Room 34)")
        #expect(cell.fitted(toWidth: 14) == "王… (Room 34)")
        #expect(cell.fitted(toWidth: 14).displayWidth <= 14)
        #expect(cell.fitted(toWidth: 9) == "…Room 34)")
        #expect(TableCell("Harold Finch (房间 14)", keptEnd: " (房间 14)").fitted(toWidth: 9) == "…房间 14)")
        // Each wide letter starts a word: a long room in Chinese keeps what fits of its end.
        #expect(TableCell("王秀英 (东楼三层三十一号房)", keptEnd: " (东楼三层三十一号房)").fitted(toWidth: 12) == "…三十一号房)")
    }

    /// An end that says something of the text before it is kept only beside some of it (a
    /// letter and "…" at least); with no room for that, the cell is cut from the end as any is
    /// (the table cuts it).
    @Test func anEndThatNeedsItsHeadIsNeverShownAlone() {
        var cell = TableCell("Sunita Sharma — moved", keptEnd: " — moved")
        cell.keptEndNeedsHead = true
        #expect(cell.fitted(toWidth: 13) == "Suni… — moved")
        #expect(cell.fitted(toWidth: 10) == "S… — moved", "a letter of the name is enough beside it")
        #expect(cell.fitted(toWidth: 9) == "Sunita Sharma — moved", "too narrow for both: the table cuts it from the end")
        #expect(cell.fitted(toWidth: 30) == "Sunita Sharma — moved")
    }

    /// A kept part with words after it: the words are cut first, then the text before it.
    @Test func aKeptPartWithWordsAfterItLosesTheWordsFirst() {
        var cell = TableCell("Edith Brown (died) · Call Dr Patel back", keptEnd: " (died)")
        cell.keptEndNeedsHead = true
        #expect(cell.fitted(toWidth: 40) == "Edith Brown (died) · Call Dr Patel back")
        #expect(cell.fitted(toWidth: 19) == "Edith Brown (died) · Call Dr Patel back", "the table cuts it after the mark")
        #expect(cell.fitted(toWidth: 18) == "Edith Brown (died)", "the words go whole when only the name and mark fit")
        #expect(cell.fitted(toWidth: 17) == "Edith Bro… (died)")
        #expect(cell.fitted(toWidth: 11) == "Edi… (died)")
        #expect(cell.fitted(toWidth: 9) == "E… (died)")
        #expect(cell.fitted(toWidth: 8) == "Edith Brown (died)", "too narrow for both: the table cuts it from the end")
    }
}
