import Testing
@testable import TerminalUI

@Suite struct OverlayTests {
    @Test func messageClosesOnEscapeAndConfirmAnswers() {
        let help = Overlay(title: "Keys", lines: ["q quit"])
        #expect(help.handle(.escape) == .closed)
        #expect(help.handle(.character("x")) == .stillOpen)
        let confirm = Overlay(title: "Quit?", lines: ["Leave the form?"], kind: .confirm)
        #expect(confirm.handle(.character("y")) == .confirmed)
        #expect(confirm.handle(.escape) == .declined)
        #expect(confirm.handle(.character("q")) == .stillOpen)
    }

    @Test func overlayIsCentredOverWhatIsBelow() {
        var grid = CellGrid(size: Size(width: 24, height: 7))
        grid.fill(grid.bounds, with: ".")
        Overlay(title: "Quit?", lines: ["Leave now?"], kind: .confirm).draw(in: grid.bounds, grid: &grid, theme: .monochrome)
        #expect(grid.dump() == """
            ........................
            ....┌─ Quit? ──────┐....
            ....│ Leave now?   │....
            ....│              │....
            ....│ y yes   n no │....
            ....└──────────────┘....
            ........................
            """)
    }

    @Test func aListLongerThanTheScreenScrollsAndSaysSo() {
        var help = Overlay(title: "Keys", lines: (1...6).map { "key \($0)" })
        func drawn(_ overlay: Overlay) -> [String] {
            var grid = CellGrid(size: Size(width: 24, height: 6))
            overlay.draw(in: grid.bounds, grid: &grid, theme: .monochrome)
            return grid.dump().components(separatedBy: "\n")
        }
        // One column short of the screen, the box takes the whole width: no sliver beside it.
        #expect(drawn(help) == [
            "┌─ Keys ───────────────┐",
            "│ key 1                │",
            "│ key 2                │",
            "│                      │",
            "│ ↑↓ more   Esc close  │",
            "└──────────────────────┘",
        ])
        let scrolledToEnd = help.scroll(.end)
        #expect(scrolledToEnd)
        #expect(drawn(help)[1...2] == ["│ key 5                │", "│ key 6                │"])
        let scrolledHome = help.scroll(.home)
        #expect(scrolledHome && drawn(help)[1].contains("key 1"))
        let scrolledByQ = help.scroll(.character("q"))
        #expect(!scrolledByQ)
        #expect(help.handle(.character("q")) == .closed)
    }
}

@Suite struct FooterBarTests {
    @Test func hintsThatDoNotFitAreLeftOffWhole() {
        var grid = CellGrid(size: Size(width: 22, height: 1))
        FooterBar([("Tab", "next pane"), ("?", "help"), ("q", "quit")]).draw(in: grid.bounds, grid: &grid, theme: .monochrome)
        #expect(grid.dump() == " Tab next pane  ? help")
        #expect(grid[1, 0].style == Theme.monochrome[.footerKey])
    }
}

@Suite struct TooSmallViewTests {
    @Test func saysWhatSizeIsNeeded() {
        var grid = CellGrid(size: Size(width: 20, height: 6))
        TooSmallView(needed: Size(width: 40, height: 12)).draw(into: &grid, theme: .monochrome)
        #expect(grid.dump() == """

             Terminal too small
                needs 40×12
                  now 20×6
             typing is ignored

            """)
    }
}
