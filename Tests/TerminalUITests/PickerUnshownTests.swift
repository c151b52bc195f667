import Testing
@testable import TerminalUI

/// A picker shows five matches; more than that are counted under them, before the entry that
/// creates a record, so nobody takes "not listed" for "not there" and makes a second one.
@Suite struct PickerUnshownTests {
    static let partners = (1...8).map { n in
        PickerItem(id: "\(n)", title: "Dr Smith \(n)", detail: "GP", searchTexts: ["Dr Smith \(n)"])
    }

    func drawn(typing text: String, newLabel: String?) -> String {
        var form = FormModel(inputs: [.picker("partner", "With", Self.partners, newLabel: newLabel), .text("summary", "Summary")])
        for c in text { _ = form.handle(.character(c)) }
        var grid = CellGrid(size: Size(width: 60, height: 9))
        var top = 0
        FormView().draw(form, in: Rect(x: 0, y: 0, width: 60, height: 9), scrollTop: &top, grid: &grid, theme: .monochrome)
        return grid.dump()
    }

    @Test func matchesBeyondFiveAreCountedBeforeTheNewEntry() {
        let screen = drawn(typing: "smith", newLabel: "New partner…")
        #expect(screen == """
            With                   smith
                                   ▸ Dr Smith 1  GP
                                     Dr Smith 2  GP
                                     Dr Smith 3  GP
                                     Dr Smith 4  GP
                                     Dr Smith 5  GP
                                     … and 3 more: keep typing
                                     New partner…
            Summary
            """, "\n\(screen)")
    }

    @Test func withoutANewEntryTheCountIsLast() {
        let screen = drawn(typing: "smith", newLabel: nil)
        #expect(screen.contains("Dr Smith 5  GP\n                         … and 3 more: keep typing\nSummary"), "\n\(screen)")
    }

    @Test func fiveOrFewerMatchesSayNothingMore() {
        let screen = drawn(typing: "smith 7", newLabel: "New partner…")
        #expect(!screen.contains("more"), "\n\(screen)")
        var picker = PickerField(query: "smith")
        #expect(picker.matchList(in: Self.partners, newLabel: nil, rank: Self.contains).unshown == 3)
        picker.choose(Self.partners[0])
        #expect(picker.matchList(in: Self.partners, newLabel: nil, rank: Self.contains).unshown == 0, "a chosen record lists nothing")
    }

    static let contains: PickerField.Matcher = { query, items in items.filter { $0.title.lowercased().contains(query.lowercased()) } }
}
