import Foundation
import LiaisonTestSupport
import LiaisonCore
import TerminalUI
import Testing
@testable import Dashboard

/// The demo dashboard at three terminal sizes, whole, with a fixed clock and seed: columns grow
/// with the terminal, panes take the lines their content needs, and the narrow screen keeps
/// where each piece of advice stands in writing (issue 13, part 6).
@Suite struct ScreenUseTests {
    /// The demo made at Tue 24 Nov 2026 10:00 UTC with seed 1, in a store at the same moment.
    static func demo() throws -> DashboardScreen {
        let clock = ManualClock(DashboardFixture.now)
        let store = try Store.inMemory(staff: "Sam Lead", clock: clock, calendar: DashboardFixture.calendar)
        var generator = DemoGenerator(seed: 1, now: DashboardFixture.now, calendar: DashboardFixture.calendar)
        try store.importDocument(generator.generate())
        return try DashboardScreen(store: store)
    }

    @Test func theDemoAtEightyByTwentyFour() throws {
        expectScreen(render(try Self.demo(), 80, 24), """
            ┌─ People ─────────────────────┐┌─ Contacts ───────────────────────────────────┐
            │Name         Sharing      Open││Tue 24 Nov (today) · 0 of 1 reviewed          │
            │Abdirahman … ✓ consent    1   ││Owed 42 chase, 2 decide, 4 late, 5 esc.       │
            │Amélie Lefè… ✓ safeguard  2   ││Time  Person  Partner  Advice      Written   ✓│
            │Anjali Desai ✓ attorney   2   ││08:30 Leïla   Beth Ll… Offer the … chase      │
            │Aroha Ngata  ✓ consent    1   ││                                              │
            │Ayşe Yılmaz  ✓ consent    2   ││                                              │
            │Björn Lindq… ✓ consent    2   ││                                              │
            │Chukwuemeka… ✓ consent    2   ││                                              │
            │Dafydd ap R… ! REVIEW DUE     ││                                              │
            │Dorothy Pem… ✓ consent    1   ││                                              │
            └────────────────── ↓ 31 more ─┘└──────────────────────────────────────────────┘
            ┌─ Tasks ──────────────────────────────┐┌─ Escalations ────────────────────────┐
            │Due         State     Task            ││Age  About        Next                │
            │Sat 21 Nov  ⚠ OVERDUE Zofia · promise…││3d   Nguyễn Thị … ⚠ URGENT… Sat 21 Nov│
            │Sat 21 Nov  ⚠ OVERDUE Gráinne · Book …││5d   Grace Achie… ⚠ ack by Sat 21 Nov │
            │Mon 23 Nov  ⚠ OVERDUE Xiuying · Send …││1d   Fatima Al-S… ack by Sat 28 Nov   │
            │Mon 23 Nov  ⚠ OVERDUE Sunita · Email …││9d   José Luis G… resolve … Sun 29 Nov│
            │Wed 25 Nov            Anjali · promis…││6d   王秀英       resolve by Wed 2 Dec│
            │Thu 26 Nov            Øyvind · promis…││                                      │
            │Thu 26 Nov            Fatima · Update…││                                      │
            │Fri 27 Nov            Ioana · Arrange…││                                      │
            └──────────────────────────────────────┘└──────────────────────────────────────┘
             Tab pane  Enter open  a add  ? help  q quit  [ ] day  r R review  / search
            """, "demo-80x24")
    }

    @Test func theDemoAtOneHundredTwentyByForty() throws {
        expectScreen(render(try Self.demo(), 120, 40), """
            ┌─ People ─────────────────────────────────────┐┌─ Contacts ───────────────────────────────────────────────────────────┐
            │Name                         Sharing      Open││Tue 24 Nov (today) · 1 contact · 0 of 1 reviewed                      │
            │Abdirahman Hassan            ✓ consent    1   ││Owed: 42 chase, 2 decide, 4 overdue, 5 escalated                      │
            │Amélie Lefèvre               ✓ safeguard  2   ││Time  Person         Partner        Advice              Written      ✓│
            │Anjali Desai                 ✓ attorney   2   ││08:30 Leïla Benali   Beth Llewelly… Offer the picture … to chase      │
            │Aroha Ngata                  ✓ consent    1   ││                                                                      │
            │Ayşe Yılmaz                  ✓ consent    2   ││                                                                      │
            │Björn Lindqvist              ✓ consent    2   ││                                                                      │
            │Chukwuemeka Okonkwo (Emeka)  ✓ consent    2   ││                                                                      │
            │Dafydd ap Rhys               ! REVIEW DUE     ││                                                                      │
            │Dorothy Pemberton (Dot)      ✓ consent    1   ││                                                                      │
            │Edith Brown (Edie)           ✓ consent    2   ││                                                                      │
            │Ewan McAllister              ✓ consent        ││                                                                      │
            │Fatima Al-Sayed              ✓ consent    2   ││                                                                      │
            │Grace Achieng                ✓ consent    4   ││                                                                      │
            │Gráinne O'Sullivan           ! REVIEW DUE 2   ││                                                                      │
            │Harold Finch                 ✗ WITHDRAWN      ││                                                                      │
            │Hiroshi Tanaka               ✗ NO BASIS   2   ││                                                                      │
            │Ioana Popescu                ✓ consent    1   ││                                                                      │
            │José Luis García (Pepe)      ✓ consent    2   ││                                                                      │
            │Jürgen Müller                ✓ consent        ││                                                                      │
            │Kwame Mensah                 ✓ consent    1   ││                                                                      │
            │Leïla Benali                 ✓ consent    2   ││                                                                      │
            │Margaret Thornton (Peggy)    ✓ consent    1   ││                                                                      │
            │María Ñúñez                  ✓ consent    2   ││                                                                      │
            │Mehmet Demir                 ✓ consent    1   ││                                                                      │
            │Nguyễn Thị Lan (Lan)         ✓ consent    3   ││                                                                      │
            └────────────────────────────────── ↓ 15 more ─┘└──────────────────────────────────────────────────────────────────────┘
            ┌─ Tasks ──────────────────────────────────────────────────┐┌─ Escalations ────────────────────────────────────────────┐
            │Due         State     Task                                ││Age  About          Kind            Next                  │
            │Sat 21 Nov  ⚠ OVERDUE Zofia · promise: Return the advocat…││3d   Nguyễn Thị Lan URGENT their p… ⚠ ack by Sat 21 Nov   │
            │Sat 21 Nov  ⚠ OVERDUE Gráinne · Book the dental check-up  ││5d   Grace Achieng  disagreement    ⚠ ack by Sat 21 Nov   │
            │Mon 23 Nov  ⚠ OVERDUE Xiuying · Send the weight chart to …││1d   Fatima Al-Say… our complaint   ack by Sat 28 Nov     │
            │Mon 23 Nov  ⚠ OVERDUE Sunita · Email the SALT the meal ob…││9d   José Luis Gar… their concern   resolve by Sun 29 Nov │
            │Wed 25 Nov            Anjali · promise: Ring the pharmacy…││6d   王秀英         disagreement    resolve by Wed 2 Dec  │
            │Thu 26 Nov            Øyvind · promise: Call Dr Patel bac…││                                                          │
            │Thu 26 Nov            Fatima · Update the moving-and-hand…││                                                          │
            │Fri 27 Nov            Ioana · Arrange the best-interests …││                                                          │
            └──────────────────────────────────────────────────────────┘└──────────────────────────────────────────────────────────┘
             Tab pane  Enter open  a add  ? help  q quit  [ ] day  r R review  / search  Space person  ↑↓ move
            """, "demo-120x40")
    }

    @Test func theDemoAtTwoHundredBySixty() throws {
        expectScreen(render(try Self.demo(), 200, 60), """
            ┌─ People ─────────────────────────────────────────────────────────────┐┌─ Contacts ───────────────────────────────────────────────────────────────────────────────────────────────────────────────────┐
            │Name                  Location       Key worker      Sharing      Open││Tue 24 Nov (today) · 1 contact · 0 of 1 reviewed                                                                              │
            │Abdirahman Hassan     Room 6         Priya Raman     ✓ consent    1   ││Owed: 42 to chase · 2 decide: ask in writing · 4 overdue tasks · 5 open escalations · o: list                                 │
            │Amélie Lefèvre        Room 3         Lena Fischer    ✓ safeguard  2   ││Time  Person           Partner          Role        Via     Summary — advice                                    Written      ✓│
            │Anjali Desai          Room 22        Jamal Haddad    ✓ attorney   2   ││08:30 Leïla Benali     Beth Llewellyn   Community … video   Community nurse reviewed anxiety plan — Offer the   to chase      │
            │Aroha Ngata           Room 10        Tom Whitfield   ✓ consent    1   ││                                                            picture timetable each morning and give ten                       │
            │Ayşe Yılmaz           Room 13        Tom Whitfield   ✓ consent    2   ││                                                            minutes' warning before any change.                               │
            │Björn Lindqvist       Room 14        Priya Raman     ✓ consent    2   ││                                                                                                                              │
            │Chukwuemeka Okonkwo … Room 5         Jamal Haddad    ✓ consent    2   ││                                                                                                                              │
            │Dafydd ap Rhys        Flat 3, Elm H… Kasia Nowak     ! REVIEW DUE     ││                                                                                                                              │
            │Dorothy Pemberton (D… Room 20        Jamal Haddad    ✓ consent    1   ││                                                                                                                              │
            │Edith Brown (Edie)    Room 9         Tom Whitfield   ✓ consent    2   ││                                                                                                                              │
            │Ewan McAllister       Room 23        Jamal Haddad    ✓ consent        ││                                                                                                                              │
            │Fatima Al-Sayed       Room 11        Tom Whitfield   ✓ consent    2   ││                                                                                                                              │
            │Grace Achieng         Flat 2, Elm H… Kasia Nowak     ✓ consent    4   ││                                                                                                                              │
            │Gráinne O'Sullivan    Room 15        Lena Fischer    ! REVIEW DUE 2   ││                                                                                                                              │
            │Harold Finch          Room 10        Jamal Haddad    ✗ WITHDRAWN      ││                                                                                                                              │
            │Hiroshi Tanaka        Room 18        Amara Okafor    ✗ NO BASIS   2   ││                                                                                                                              │
            │Ioana Popescu         Room 8         Kasia Nowak     ✓ consent    1   ││                                                                                                                              │
            │José Luis García (Pe… Room 16        Jamal Haddad    ✓ consent    2   ││                                                                                                                              │
            │Jürgen Müller         Room 11        Tom Whitfield   ✓ consent        ││                                                                                                                              │
            │Kwame Mensah          Room 21        Priya Raman     ✓ consent    1   ││                                                                                                                              │
            │Leïla Benali          Room 24        Kasia Nowak     ✓ consent    2   ││                                                                                                                              │
            │Margaret Thornton (P… Room 7         Amara Okafor    ✓ consent    1   ││                                                                                                                              │
            │María Ñúñez           Room 3         Priya Raman     ✓ consent    2   ││                                                                                                                              │
            │Mehmet Demir          Cedar Bungalow Priya Raman     ✓ consent    1   ││                                                                                                                              │
            │Nguyễn Thị Lan (Lan)  Room 6         Priya Raman     ✓ consent    3   ││                                                                                                                              │
            │Olamide Adeyemi       Room 17        Amara Okafor    ✓ consent        ││                                                                                                                              │
            │Øyvind Haugen         Room 8         Kasia Nowak     ✓ consent    1   ││                                                                                                                              │
            │Patrick Byrne (Paddy) Room 2         Priya Raman     ✓ consent    2   ││                                                                                                                              │
            │Rajesh Kumar (Raj)    Room 12        Tom Whitfield   ✓ best int.      ││                                                                                                                              │
            │Samuel Cohen (Sam)    Room 4         Amara Okafor    ✓ consent        ││                                                                                                                              │
            │Siobhán Ní Bhriain    Room 7         Kasia Nowak     ✓ attorney   1   ││                                                                                                                              │
            │Sunita Sharma         Room 1         Tom Whitfield   ✓ consent    3   ││                                                                                                                              │
            │Tomasz Wiśniewski (T… Flat 1, Elm H… Amara Okafor    ✓ consent        ││                                                                                                                              │
            │Winston Clarke        Room 9         Jamal Haddad    ✓ consent    2   ││                                                                                                                              │
            │Zofia Kowalczyk       Room 4         Priya Raman     ✗ NO BASIS   3   ││                                                                                                                              │
            │Αλέξανδρος Παπαδόπου… Room 2         Lena Fischer    ! REVIEW DUE     ││                                                                                                                              │
            │Мария Иванова (Masha) Room 19        Kasia Nowak     ✓ consent    3   ││                                                                                                                              │
            │王秀英 (Xiuying)      Room 1         Lena Fischer    ✓ consent    4   ││                                                                                                                              │
            │김민준 (Min-jun)      Room 5         Tom Whitfield   ✓ consent        ││                                                                                                                              │
            │Precious Moyo — moved Room 12        Amara Okafor    ✓ consent        ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            └──────────────────────────────────────────────────────────────────────┘└──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┘
            ┌─ Tasks ──────────────────────────────────────────────────────────────────────────────────────────┐┌─ Escalations ────────────────────────────────────────────────────────────────────────────────────┐
            │Due         State     Task                                      For              Owner            ││Age  About         Kind            Summary                     Manager       Next                 │
            │Sat 21 Nov  ⚠ OVERDUE promise: Return the advocate's call befo… Zofia Kowalczyk  Tom Whitfield    ││3d   Nguyễn Thị L… URGENT their p… Two insulin visits missed   Ruth Okafor   ⚠ ack by Sat 21 Nov  │
            │Sat 21 Nov  ⚠ OVERDUE Book the dental check-up                  Gráinne O'Sulli… Priya Raman      ││                                   this week with no call                                         │
            │Mon 23 Nov  ⚠ OVERDUE Send the weight chart to the dietician    王秀英           Amara Okafor     ││5d   Grace Achieng disagreement    Psychiatrist declined an    Ruth Okafor   ⚠ ack by Sat 21 Nov  │
            │Mon 23 Nov  ⚠ OVERDUE Email the SALT the meal observations (de… Sunita Sharma    Lena Fischer     ││                                   earlier review                                                 │
            │Wed 25 Nov            promise: Ring the pharmacy about the mis… Anjali Desai     Tom Whitfield    ││1d   Fatima Al-Sa… our complaint   Formal complaint to the     Ruth Okafor   ack by Sat 28 Nov    │
            │Thu 26 Nov            promise: Call Dr Patel back with blood p… Øyvind Haugen    Jamal Haddad     ││                                   trust about the missed                                         │
            │Thu 26 Nov            Update the moving-and-handling plan with… Fatima Al-Sayed  Priya Raman      ││                                   visits                                                         │
            │Fri 27 Nov            Arrange the best-interests meeting        Ioana Popescu    Kasia Nowak      ││9d   José Luis Ga… their concern   Nurse concerned about fluid Ruth Okafor   resolve by Sun 29 Nov│
            │                                                                                                  ││                                   charts not being kept                                          │
            │                                                                                                  ││6d   王秀英        disagreement    We disagree with the plan   Ruth Okafor   resolve by Wed 2 Dec │
            │                                                                                                  ││                                   to stop physiotherapy after                                    │
            │                                                                                                  ││                                   one fall-free week                                             │
            └──────────────────────────────────────────────────────────────────────────────────────────────────┘└──────────────────────────────────────────────────────────────────────────────────────────────────┘
             Tab pane  Enter open  a add  ? help  q quit  [ ] day  r R review  / search  Space person  ↑↓ move
            """, "demo-200x60")
    }

    /// The Tasks pane's rows with their styles in the default theme: the overdue mark in the
    /// alert colour, "due soon" in amber, and the highlighted row whole in the selection colour.
    @Test func anOverdueTaskAndTheSelectedRowInColour() throws {
        let screen = try DashboardFixture().screen()
        _ = screen.handle(.tab)
        _ = screen.handle(.tab)
        _ = screen.handle(.down)
        var grid = CellGrid(size: Size(width: 80, height: 24))
        let theme = Theme.default
        grid.clear(style: theme[.text])
        screen.draw(into: &grid, theme: theme)
        let layout = screen.layout(for: grid.size, header: DayHeader(screen.state))
        let tasks = layout[.tasks]
        let rows = (tasks.y + 1...tasks.y + 4).map { grid.styledRow($0, base: theme[.text]) }.joined(separator: "\n")
        #expect(rows == """
            {colour 75}│{/}{bold underline}Due         State     Task            {/}{colour 75}│{/}{colour 240}│{/}{bold underline}Age  About        Next                {/}{colour 240}│{/}
            {colour 75}│{/}today 09:00 {bold colour 231 on colour 160}⚠ OVERDUE{/} Edie · Send the…{colour 75}│{/}{colour 240}│{/}{colour 231 on colour 240}2d   王秀英       ack by Tue 24 Nov   {/}{colour 240}│{/}
            {colour 75}│{/}{colour 231 on colour 25}today 15:00 due soon  王秀英 · promis…{/}{colour 75}│{/}{colour 240}│{/}                                      {colour 240}│{/}
            {colour 75}│{/}Fri 27 Nov            Νίκος · Order t…{colour 75}│{/}{colour 240}│{/}                                      {colour 240}│{/}
            """)
    }

    /// A short terminal cuts every list; each pane says on its border how many rows are out of
    /// sight, above and below, so a shift lead never takes the four overdue tasks shown for all
    /// that is owed.
    @Test func theDemoAtSixtyBySixteenSaysWhatIsOutOfSight() throws {
        let screen = try Self.demo()
        _ = screen.handle(.tab)
        _ = screen.handle(.tab)
        _ = render(screen, 60, 16)
        for _ in 0..<4 { _ = screen.handle(.down) }
        expectScreen(render(screen, 60, 16), """
            ┌─ People ─────────────┐┌─ Contacts ───────────────────────┐
            │Name      Sharing     ││Tue 24 Nov · 0/1 reviewed         │
            │Abdirahm… ✓ consent   ││Owed 42 chase, 2 decide, 4 late, …│
            │Amélie L… ✓ safeguard ││Time  Person Advice    Written   ✓│
            │Anjali D… ✓ attorney  ││08:30 Leïla  Offer th… chase      │
            │Aroha Ng… ✓ consent   ││                                  │
            │Ayşe Yıl… ✓ consent   ││                                  │
            └────────── ↓ 35 more ─┘└──────────────────────────────────┘
            ┌─ Tasks ────────────────────┐┌─ Escalations ──────────────┐
            │Due         State     Task  ││Age  About    Next          │
            │Sat 21 Nov  ⚠ OVERDUE Gráin…││3d   Nguyễn … ⚠ … Sat 21 Nov│
            │Mon 23 Nov  ⚠ OVERDUE Xiuyi…││5d   Grace A… ⚠ … Sat 21 Nov│
            │Mon 23 Nov  ⚠ OVERDUE Sunit…││1d   Fatima … ac… Sat 28 Nov│
            │Wed 25 Nov            Anjal…││9d   José Lu… re… Sun 29 Nov│
            └─────────── ↑ 1 · ↓ 3 more ─┘└───────────────── ↓ 1 more ─┘
             Tab pane  Enter open  a add  ? help  q quit  [ ] day
            """, "demo-60x16")
    }

    /// The same in monochrome, where reverse video and bold carry the meaning alone.
    @Test func anOverdueTaskAndTheSelectedRowInMonochrome() throws {
        let screen = try DashboardFixture().screen()
        _ = screen.handle(.tab)
        _ = screen.handle(.tab)
        let grid = render(screen, 80, 24)
        let layout = screen.layout(for: grid.size, header: DayHeader(screen.state))
        let tasks = layout[.tasks]
        let rows = (tasks.y + 1...tasks.y + 4).map { grid.styledRow($0) }.joined(separator: "\n")
        #expect(rows == """
            {bold}│{/}{underline}Due         State     Task            {/}{bold}│{/}│{underline}Age  About        Next                {/}│
            {bold}│{/}{reverse}today 09:00 ⚠ OVERDUE Edie · Send the…{/}{bold}│{/}│{underline}2d   王秀英       ack by Tue 24 Nov   {/}│
            {bold}│{/}today 15:00 {bold}due soon{/}  王秀英 · promis…{bold}│{/}│                                      │
            {bold}│{/}Fri 27 Nov            Νίκος · Order t…{bold}│{/}│                                      │
            """)
    }
}
