import Testing
@testable import TerminalUI

@Suite struct LayoutTests {
    @Test func splitsCoverEveryCellOnce() {
        for width in [1, 7, 40, 99, 100] {
            let parts = Rect(x: 3, y: 0, width: width, height: 1).columns([1, 2, 1])
            #expect(parts.map(\.width).reduce(0, +) == width)
            #expect(parts[0].x == 3)
            #expect(parts[1].x == parts[0].maxX && parts[2].x == parts[1].maxX)
        }
    }

    @Test func evenSplitOfAnOddSizeGivesTheExtraToTheLastPart() {
        #expect(Rect(x: 0, y: 0, width: 10, height: 15).rows([1, 1]).map(\.height) == [7, 8])
    }

    @Test func splitBottomAndInset() {
        let (body, footer) = Rect(size: Size(width: 60, height: 15)).splitBottom(1)
        #expect(body == Rect(x: 0, y: 0, width: 60, height: 14))
        #expect(footer == Rect(x: 0, y: 14, width: 60, height: 1))
        #expect(body.inset(by: 1) == Rect(x: 1, y: 1, width: 58, height: 12))
        #expect(Rect(x: 0, y: 0, width: 1, height: 1).inset(by: 1).isEmpty)
    }

    @Test func centredRectIsClampedToItsContainer() {
        let area = Rect(x: 0, y: 0, width: 20, height: 6)
        #expect(area.centered(width: 10, height: 2) == Rect(x: 5, y: 2, width: 10, height: 2))
        #expect(area.centered(width: 50, height: 50) == area)
    }

    @Test func tableColumnsShareWhatFixedOnesLeave() {
        let table = Table(columns: [TableColumn("a", width: .fixed(5)), TableColumn("b", width: .flexible(2)),
                                    TableColumn("c", width: .flexible(1))])
        #expect(table.columnWidths(totalWidth: 38) == [5, 20, 11])
        #expect(table.columnWidths(totalWidth: 3) == [5, 0, 0])
    }
}
