import Testing
import TerminalUI
@testable import Dashboard

@Suite struct DashboardScreenTests {
    func render(_ screen: DashboardScreen, _ width: Int, _ height: Int) -> CellGrid {
        var grid = CellGrid(size: Size(width: width, height: height))
        screen.draw(into: &grid, theme: .monochrome)
        return grid
    }

    @Test func fourEmptyPanesAndTheFooterAtSixtyByFifteen() {
        let grid = render(DashboardScreen(), 60, 15)
        #expect(grid.dump() == """
            ┌─ People ───────────────────┐┌─ Contacts ─────────────────┐
            │Name             Location   ││Time  Person     Partner    │
            │No one recorded yet         ││No partner contacts today   │
            │                            ││                            │
            │                            ││                            │
            │                            ││                            │
            └────────────────────────────┘└────────────────────────────┘
            ┌─ Tasks ────────────────────┐┌─ Escalations ──────────────┐
            │Due   Task           Owner  ││Stage    Summary            │
            │Nothing owed or due         ││No open escalations         │
            │                            ││                            │
            │                            ││                            │
            │                            ││                            │
            └────────────────────────────┘└────────────────────────────┘
             Tab next pane  ↑↓ move  ? help  q quit
            """)
    }

    @Test func tabAndShiftTabMoveFocusAroundThePanes() {
        let screen = DashboardScreen()
        #expect(screen.focused == .people)
        var order: [DashboardPane] = []
        for _ in 0..<4 {
            _ = screen.handle(.tab)
            order.append(screen.focused)
        }
        #expect(order == [.contacts, .tasks, .escalations, .people])
        _ = screen.handle(.backTab)
        #expect(screen.focused == .escalations)
    }

    @Test func focusedPaneLooksDifferent() {
        let screen = DashboardScreen()
        _ = screen.handle(.tab)
        let grid = render(screen, 60, 15)
        let layout = DashboardLayout(size: grid.size)
        let contacts = layout[.contacts], people = layout[.people]
        #expect(grid[contacts.x + 3, contacts.y].style == Theme.monochrome[.titleFocused])
        #expect(grid[people.x + 3, people.y].style == Theme.monochrome[.title])
        #expect(grid[contacts.x, contacts.y + 1].style == Theme.monochrome[.borderFocused])
    }

    @Test func helpOverlayListsTheKeysAndTakesKeysUntilClosed() {
        let screen = DashboardScreen()
        #expect(screen.handle(.character("?")) == .handled)
        let text = render(screen, 100, 30).dump()
        for line in ["Tab", "Shift-Tab", "next pane", "this help", "quit"] {
            #expect(text.contains(line), "help lacks \(line)")
        }
        #expect(screen.handle(.character("q")) == .handled)  // closes help rather than quitting
        #expect(screen.help == nil)
        #expect(screen.handle(.character("q")) == .quit)
    }

    @Test func rowsFromTheCallerScrollWithTheSelection() {
        let screen = DashboardScreen()
        screen.setRows((1...20).map { ["Person \($0)", "Room \($0)"] }, for: .people)
        _ = render(screen, 60, 15)  // as in the loop, a frame is drawn before the first key
        for _ in 0..<6 { _ = screen.handle(.down) }
        let grid = render(screen, 60, 15)
        // Four rows fit under the heading; the seventh row selected scrolls three off the top.
        #expect(grid.row(2) == "│Person 4         Room 4     ││No partner contacts today   │")
        #expect(grid.row(5) == "│Person 7         Room 7     ││                            │")
        #expect(grid[1, 5].style == Theme.monochrome[.selection])
        #expect(grid[1, 4].style == Theme.monochrome[.text])
    }

    @Test func unknownKeysAreIgnored() {
        #expect(DashboardScreen().handle(.function(9)) == .ignored)
    }
}

@Suite struct DashboardLayoutTests {
    @Test func panesTileTheScreenAboveTheFooter() {
        for size in [Size(width: 100, height: 30), Size(width: 60, height: 15), Size(width: 41, height: 13)] {
            let layout = DashboardLayout(size: size)
            let area = DashboardPane.allCases.map { layout[$0].width * layout[$0].height }.reduce(0, +)
            #expect(area == size.width * (size.height - 1))
            #expect(layout.footer == Rect(x: 0, y: size.height - 1, width: size.width, height: 1))
            #expect(layout[.people].maxX == layout[.contacts].x)
            #expect(layout[.people].maxY == layout[.tasks].y)
        }
    }

    @Test func minimumSizeIsBetweenTheTestedSizes() {
        #expect(Size(width: 60, height: 15).fits(DashboardLayout.minimumSize))
        #expect(!Size(width: 20, height: 6).fits(DashboardLayout.minimumSize))
    }

    @Test func everyBindingWithAnActionIsReachable() {
        for binding in KeyMap.bindings where binding.action != nil {
            for key in binding.keys {
                #expect(KeyMap.action(for: key) != nil, "\(key) does nothing")
            }
        }
        #expect(KeyMap.action(for: .character("z")) == nil)
    }
}
