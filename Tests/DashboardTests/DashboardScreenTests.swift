import Testing
import TerminalUI
@testable import Dashboard

@Suite struct DashboardScreenTests {
    @Test func anEmptyStoreSaysSoInEveryPaneAtSixtyByFifteen() throws {
        let screen = try DashboardFixture(empty: ()).screen()
        expectScreen(render(screen, 60, 15), """
            ─ People ─ No one recorded yet ─────────────────────────────
            ┌─ Contacts ───────────────────────────────────────────────┐
            │Tue 24 Nov (today) · 0 contacts · 0 of 0 reviewed         │
            │Nothing owed                                              │
            │Time  Person     Partner    Advice          Written      ✓│
            │No contacts recorded on Tue 24 Nov                        │
            │                                                          │
            │                                                          │
            │                                                          │
            │                                                          │
            │                                                          │
            │                                                          │
            └──────────────────────────────────────────────────────────┘
            ─ Tasks ─ Nothing owed or du…── Escalations ─ No open esca…─
             Tab pane  Enter open  a add  ? help  q quit  [ ] day
            """, "empty-60x15")
    }

    @Test func tabAndShiftTabMoveFocusAroundThePanes() throws {
        let screen = try DashboardFixture(empty: ()).screen()
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

    /// G goes to the last row as End does, as in less and vi (j and k move already).
    @Test func capitalGGoesToTheLastRowAsEndDoes() throws {
        let screen = try DashboardFixture().screen()
        let last = screen.rows(of: .people).count - 1
        #expect(last > 0)
        _ = screen.handle(.end)
        let end = screen.selectedID(in: .people)
        _ = screen.handle(.home)
        #expect(screen.selectedID(in: .people) != end)
        _ = screen.handle(.character("G"))
        #expect(screen.selectedID(in: .people) == end)
    }

    @Test func focusedPaneLooksDifferent() throws {
        let screen = try DashboardFixture(empty: ()).screen()
        _ = screen.handle(.tab)
        let grid = render(screen, 60, 15)
        let layout = screen.layout(for: grid.size, header: DayHeader(screen.state))
        #expect(layout.collapsed == [.people, .tasks, .escalations])
        let contacts = layout[.contacts], people = layout[.people]
        #expect(grid[contacts.x + 3, contacts.y].style == Theme.monochrome[.titleFocused])
        #expect(grid[people.x + 3, people.y].style == Theme.monochrome[.title])
        #expect(grid[contacts.x, contacts.y + 1].style == Theme.monochrome[.borderFocused])
    }

    @Test func helpOverlayListsEveryKeyAndTakesKeysUntilClosed() throws {
        let screen = try DashboardFixture(empty: ()).screen()
        #expect(screen.handle(.character("?")) == .handled)
        // More keys than 24 rows hold: the help scrolls, and every key is on one of its screens.
        var text = render(screen, 80, 24).dump()
        #expect(text.contains("↑↓ more"))
        #expect(screen.handle(.end) == .handled)
        text += render(screen, 80, 24).dump()
        for binding in KeyMap.bindings {
            #expect(text.contains(binding.label), "help lacks \(binding.label)")
        }
        #expect(screen.handle(.character("q")) == .handled)  // closes help rather than quitting
        #expect(screen.presentedScreen == nil)
        #expect(screen.handle(.character("q")) == .quit)
    }

    @Test func unknownKeysAreIgnored() throws {
        #expect(try DashboardFixture(empty: ()).screen().handle(.function(9)) == .ignored)
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
        #expect(KeyMap.action(for: .pageDown) == .move(.pageDown))
        #expect(KeyMap.action(for: .character("j")) == .move(.character("j")))
    }
}
