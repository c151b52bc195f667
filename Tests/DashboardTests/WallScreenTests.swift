import Foundation
import Testing
import LiaisonCore
import TerminalUI
@testable import Dashboard

/// The wall drawn into a cell grid and read back as text, at fixed times over the demo store.
@Suite struct WallScreenTests {
    @Test func eightyByTwentyFourShowsEverySectionAsText() throws {
        let fixture = try WallFixture()
        let grid = WallFixture.render(fixture.screen(), 80, 24)
        #expect(grid.dump() == """
             LIAISON · partnership working                                Fri 15 Jan  16:00
             ▲ 43 need action now   ● 11 due soon   4 contacts today
            ┌─ Today's contacts ───────────────────┐┌─ Open escalations ───────────────────┐
            │ 4 today · latest 14:44               ││ ▲ 5 open · 2 overdue                 │
            │ 14:44  D.A.R. · Psychiatrist · video ││ ▲ OVERDUE   12 Jan  G.A. · Disagree… │
            │ 12:14  J.L.G. · Dentist · visit      ││ ▲ OVERDUE   12 Jan  N.T.L. · Their … │
            │ 10:00  М.И. · Community group · pho… ││ ✓ on track  19 Jan  F.A. · Our comp… │
            │ 08:30  L.B. · Community nurse · vid… ││ ✓ on track  20 Jan  J.L.G. · Their … │
            └──────────────────────────────────────┘│ ✓ on track  23 Jan  王. · Disagreem… │
            ┌─ Confirmations awaited ──────────────┐│                                      │
            │ ▲ 2 to decide · 44 awaited · oldest… ││                                      │
            │ ● DECIDE   9 days   H.T. · District… │└──────────────────────────────────────┘
            │ ● DECIDE   26 h     Z.K. · District… │┌─ Sharing basis ──────────────────────┐
            │ ▲ CHASE    29 days  B.L. · Dentist … ││ ▲ 6 people need attention            │
            │ ▲ CHASE    29 days  P.B. · Psychiat… ││ 3 people have no basis to share on   │
            └────────────────────────── page 1/12 ─┘│ 3 people need their basis reviewed   │
            ┌─ Tasks due ──────────────────────────┐│                                      │
            │ ▲ 4 overdue · 0 due within 4 h       ││                                      │
            │ ▲ OVERDUE  3 days late  Z.K. · Prom… ││                                      │
            │ ▲ OVERDUE  3 days late  G.O. · Dent… ││                                      │
            │ ▲ OVERDUE  25 h late    王. · Dieti… ││                                      │
            │ ▲ OVERDUE  25 h late    S.S. · SALT… ││                                      │
            └──────────────────────────────────────┘└──────────────────────────────────────┘
             b blank screen  ? help  q quit                     read-only · names: initials
            """)
    }

    @Test func threeHundredByEightyGivesEachSectionItsOwnFullHeightColumnAndALargeClock() throws {
        let fixture = try WallFixture()
        let grid = WallFixture.render(fixture.screen(), 300, 80)
        let rows = grid.dump().components(separatedBy: "\n")
        #expect(rows.count == 80)
        #expect(rows[0].hasPrefix(" LIAISON · partnership working"))
        #expect(rows[1].hasPrefix(" ▲ 43 need action now   ● 11 due soon   4 contacts today  "))
        // 16:00 in digits five rows tall at the top right, the date beside it.
        let digits = BigClock(text: "16:00")
        #expect(digits.rows[0] == " █  ███   ███ ███")
        for (index, row) in digits.rows.enumerated() {
            let drawn = rows[index].padding(toLength: 300, withPad: " ", startingAt: 0)
            #expect(drawn.hasSuffix(row + " "), "clock row \(index)")
        }
        #expect(rows[2].contains("Fri 15 Jan   █"))
        // Five columns, one section each, side by side under the header.
        var titles = rows[6]
        for kind in WallSectionKind.allCases {
            let range = try #require(titles.range(of: "─ \(kind.title) ─"))
            titles = String(titles[range.upperBound...])
        }
        #expect(WallLayout(size: grid.size).columnCount == 5)
        // Every list fits at this height, so nothing pages: all 44 confirmations and 2 decisions are there at once.
        #expect(!grid.dump().contains("page "))
        let awaited = ["▲ CHASE", "● chase", "✓ waiting"].map { grid.dump().components(separatedBy: $0).count - 1 }
        #expect(awaited.reduce(0, +) == 44)
        #expect(grid.dump().components(separatedBy: "● DECIDE").count - 1 == 2)
        #expect(rows[7].contains("│ ▲ 2 to decide · 44 awaited · oldest 29 days"))
        #expect(rows[8].hasPrefix("│ 14:44  D.A.R. · Psychiatrist · video                     ││ ● DECIDE   9 days   H.T. · District nurse"))
        #expect(rows[10].contains("││ ▲ CHASE    29 days  B.L."))
        #expect(rows[79].hasPrefix(" b blank screen  ? help  q quit") && rows[79].hasSuffix("read-only · names: initials · store.sqlite"))
    }

    @Test func peopleAppearAsInitialsUnlessFullNamesAreAskedFor() throws {
        let fixture = try WallFixture()
        let names = WallFixture.demoFullNames
        #expect(names.count == 40)
        let initials = WallFixture.render(fixture.screen(), 300, 80).dump()
        for name in names { #expect(!initials.contains(name), "\(name) on the wall") }
        #expect(initials.contains("D.A.R. · Psychiatrist"))
        #expect(!initials.contains("Flat 3, Elm House"))
        let full = WallFixture.render(fixture.screen(names: .full), 300, 80).dump()
        #expect(full.contains("Dafydd ap Rhys · Flat 3, Elm House"))
        #expect(names.filter { full.contains($0) }.count >= 10)
        #expect(full.contains("names: full"))
    }

    /// Leaving closes none of the work about someone: the wall's lines of it say they left, in
    /// every naming mode, and never how (a death is for the dashboard, not a screen anyone reads).
    /// A line of today's contacts is what happened, and needs no mark.
    @Test func openWorkAboutSomeoneWhoLeftSaysSoButNotHow() throws {
        let fixture = try WallFixture()
        let store = try fixture.writer()
        let wang = try #require(store.people.first { $0.name == "王秀英" })
        _ = try store.leave(wang, as: .died, on: WallFixture.now, note: nil, reason: "")
        let text = WallFixture.render(fixture.screen(), 80, 24).dump()
        #expect(text.contains("│ ▲ OVERDUE  25 h late    王. (left) … │"), "\(text)")
        #expect(text.contains("│ ✓ on track  23 Jan  王. (left) · Di… │"), "who an escalation is about leads its line: \(text)")
        let wide = WallFixture.render(fixture.screen(), 300, 80).dump()
        #expect(wide.contains("王. (left) · Dietician"), "\(wide)")
        #expect(wide.components(separatedBy: "(left)").count - 1 == 4, "the task, the escalation and both chases: \(wide)")
        #expect(!wide.contains("died"))
        let rooms = WallFixture.render(fixture.screen(names: .room), 300, 80).dump()
        #expect(rooms.contains("Room 1 (has left) · Dietician"), "not the room that left: \(rooms)")
        let full = WallFixture.render(fixture.screen(names: .full), 300, 80).dump()
        #expect(full.contains("▲ OVERDUE  25 h late    王秀英 (left) · Room 1 · Send t"), "whom a task is about leads its line: \(full)")
    }

    @Test func noSummaryAdviceOrNoteTextEverReachesTheWall() throws {
        let fixture = try WallFixture()
        let store = try fixture.writer()
        let screen = fixture.screen(names: .full)
        let text = WallFixture.render(screen, 300, 80).dump()
        var secrets = store.recentContacts.flatMap { [$0.summary, $0.advice].compactMap { $0 } }
        secrets += store.openEscalations.flatMap { [$0.summary] + $0.notes.map(\.text) }
        #expect(secrets.count > 20)
        for secret in Set(secrets) { #expect(!text.contains(secret), "\(secret) on the wall") }
    }
}
