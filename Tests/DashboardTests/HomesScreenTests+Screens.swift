import Foundation
import LiaisonCore
import LiaisonTestSupport
import Testing
import TerminalUI
@testable import Dashboard

/// The expected screens of `HomesScreenTests`, whole, at 80×24 and 200×60 (monochrome, fixed
/// clock): the wall with names in full, so the two Ediths can be told apart, and the dashboard
/// over the same records in memory.
extension HomesScreenTests {
    @Test func theWallOfTheGroupAt80() throws {
        let files = try Files()
        let memory = try HomesFixture()
        _ = (files, memory)
        let screen = Self.wallDump(files.wall(home: nil), 80, 24)
        #expect(screen == """
             LIAISON · partnership working                                Wed 25 Nov  13:00
             ▲ 3 need action now   ● 3 due soon   2 contacts today
            ┌─ Today's contacts ───────────────────┐┌─ Open escalations ───────────────────┐
            │ 2 today · latest 09:30               ││ ● 1 open · 0 overdue                 │
            │ 09:30  Elm       Edith Browne · Roo… ││ ● due soon  27 Nov  Elm  Edith Brow… │
            │ 09:00  Rosewood  Edith Brown · Room… ││                                      │
            │                                      ││                                      │
            │                                      ││                                      │
            └──────────────────────────────────────┘│                                      │
            ┌─ Confirmations awaited ──────────────┐│                                      │
            │ ● 1 to decide · 1 awaited · oldest … ││                                      │
            │ ● DECIDE   3 h  Elm       Edith Bro… │└──────────────────────────────────────┘
            │ ✓ waiting  4 h  Rosewood  Edith Bro… │┌─ Sharing basis ──────────────────────┐
            │                                      ││ ▲ 1 person needs attention           │
            │                                      ││ Elm  1 person has no basis to share… │
            └──────────────────────────────────────┘│                                      │
            ┌─ Tasks due ──────────────────────────┐│                                      │
            │ ▲ 2 overdue · 1 due within 4 h       ││                                      │
            │ ▲ OVERDUE   2 h late  Rosewood  Edi… ││                                      │
            │ ▲ OVERDUE   1 h late  –         Boo… ││                                      │
            │ ● due soon  14:00     Elm       Edi… ││                                      │
            │                                      ││                                      │
            └──────────────────────────────────────┘└──────────────────────────────────────┘
             b blank screen  ? help  q quit          read-only · names: full · group.sqlite
            """)
    }

    @Test func theWallOfTheGroupAt200() throws {
        let files = try Files()
        let memory = try HomesFixture()
        _ = (files, memory)
        let screen = Self.wallDump(files.wall(home: nil), 200, 60)
        #expect(screen == """
             LIAISON · partnership working                                                                                                                                                         █  ███   ███ ███
             ▲ 3 need action now   ● 3 due soon   2 contacts today                                                                                                                                ██    █ █ █ █ █ █
                                                                                                                                                                                      Wed 25 Nov   █  ███   █ █ █ █
                                                                                                                                                                                                   █    █ █ █ █ █ █
                                                                                                                                                                                                  ███ ███   ███ ███
            
            ┌─ Today's contacts ─────────────────────────────────────────────┐┌─ Tasks due ─────────────────────────────────────────────────────┐┌─ Sharing basis ─────────────────────────────────────────────────┐
            │ 2 today · latest 09:30                                         ││ ▲ 2 overdue · 1 due within 4 h                                  ││ ▲ 1 person needs attention                                      │
            │ 09:30  Elm       Edith Browne · Room 1 · District nurse · vis… ││ ▲ OVERDUE   2 h late  Rosewood  Edith Brown · Room 1 · Call Dr… ││ Elm  1 person has no basis to share on                          │
            │ 09:00  Rosewood  Edith Brown · Room 1 · GP · phone             ││ ▲ OVERDUE   1 h late  –         Book fire training · owner Rut… ││                                                                 │
            │                                                                ││ ● due soon  14:00     Elm       Edith Browne · Room 1 · Order … ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            └────────────────────────────────────────────────────────────────┘└─────────────────────────────────────────────────────────────────┘│                                                                 │
            ┌─ Confirmations awaited ────────────────────────────────────────┐┌─ Open escalations ──────────────────────────────────────────────┐│                                                                 │
            │ ● 1 to decide · 1 awaited · oldest 4 h                         ││ ● 1 open · 0 overdue                                            ││                                                                 │
            │ ● DECIDE   3 h  Elm       Edith Browne · Room 1 · District nu… ││ ● due soon  27 Nov  Elm  Edith Browne · Room 1 · Disagreement … ││                                                                 │
            │ ✓ waiting  4 h  Rosewood  Edith Brown · Room 1 · GP            ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            └────────────────────────────────────────────────────────────────┘└─────────────────────────────────────────────────────────────────┘└─────────────────────────────────────────────────────────────────┘
             b blank screen  ? help  q quit                                                                                                                                  read-only · names: full · group.sqlite
            """)
    }

    @Test func theWallOfElmAt80() throws {
        let files = try Files()
        let memory = try HomesFixture()
        _ = (files, memory)
        let screen = Self.wallDump(files.wall(home: Self.elm), 80, 24)
        #expect(screen == """
             LIAISON · Elm House                                          Wed 25 Nov  13:00
             ▲ 1 need action now   ● 3 due soon   1 contact today
            ┌─ Today's contacts ───────────────────┐┌─ Open escalations ───────────────────┐
            │ 1 today · latest 09:30               ││ ● 1 open · 0 overdue                 │
            │ 09:30  Edith Browne · Room 1 · Dist… ││ ● due soon  27 Nov  Edith Browne · … │
            │                                      ││                                      │
            │                                      ││                                      │
            │                                      ││                                      │
            └──────────────────────────────────────┘│                                      │
            ┌─ Confirmations awaited ──────────────┐│                                      │
            │ ● 1 to decide · 0 awaited            ││                                      │
            │ ● DECIDE  3 h  Edith Browne · Room … │└──────────────────────────────────────┘
            │                                      │┌─ Sharing basis ──────────────────────┐
            │                                      ││ ▲ 1 person needs attention           │
            │                                      ││ 1 person has no basis to share on    │
            └──────────────────────────────────────┘│                                      │
            ┌─ Tasks due ──────────────────────────┐│                                      │
            │ ● 0 overdue · 1 due within 4 h       ││                                      │
            │ ● due soon  14:00  Edith Browne · R… ││                                      │
            │                                      ││                                      │
            │                                      ││                                      │
            │                                      ││                                      │
            └──────────────────────────────────────┘└──────────────────────────────────────┘
             b blank screen  ? help  q quit          read-only · names: full · group.sqlite
            """)
    }

    @Test func theWallOfElmAt200() throws {
        let files = try Files()
        let memory = try HomesFixture()
        _ = (files, memory)
        let screen = Self.wallDump(files.wall(home: Self.elm), 200, 60)
        #expect(screen == """
             LIAISON · Elm House                                                                                                                                                                   █  ███   ███ ███
             ▲ 1 need action now   ● 3 due soon   1 contact today                                                                                                                                 ██    █ █ █ █ █ █
                                                                                                                                                                                      Wed 25 Nov   █  ███   █ █ █ █
                                                                                                                                                                                                   █    █ █ █ █ █ █
                                                                                                                                                                                                  ███ ███   ███ ███
            
            ┌─ Today's contacts ─────────────────────────────────────────────┐┌─ Tasks due ─────────────────────────────────────────────────────┐┌─ Sharing basis ─────────────────────────────────────────────────┐
            │ 1 today · latest 09:30                                         ││ ● 0 overdue · 1 due within 4 h                                  ││ ▲ 1 person needs attention                                      │
            │ 09:30  Edith Browne · Room 1 · District nurse · visit          ││ ● due soon  14:00  Edith Browne · Room 1 · Order dressings · o… ││ 1 person has no basis to share on                               │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            └────────────────────────────────────────────────────────────────┘└─────────────────────────────────────────────────────────────────┘│                                                                 │
            ┌─ Confirmations awaited ────────────────────────────────────────┐┌─ Open escalations ──────────────────────────────────────────────┐│                                                                 │
            │ ● 1 to decide · 0 awaited                                      ││ ● 1 open · 0 overdue                                            ││                                                                 │
            │ ● DECIDE  3 h  Edith Browne · Room 1 · District nurse · ask i… ││ ● due soon  27 Nov  Edith Browne · Room 1 · Disagreement · to … ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            │                                                                ││                                                                 ││                                                                 │
            └────────────────────────────────────────────────────────────────┘└─────────────────────────────────────────────────────────────────┘└─────────────────────────────────────────────────────────────────┘
             b blank screen  ? help  q quit                                                                                                                                  read-only · names: full · group.sqlite
            """)
    }

    @Test func theWallOfRosewoodAt80() throws {
        let files = try Files()
        let memory = try HomesFixture()
        _ = (files, memory)
        let screen = Self.wallDump(files.wall(home: Self.rosewood), 80, 24)
        #expect(screen == """
             LIAISON · Rosewood                                           Wed 25 Nov  13:00
             ▲ 1 need action now   1 contact today
            ┌─ Today's contacts ───────────────────┐┌─ Open escalations ───────────────────┐
            │ 1 today · latest 09:00               ││ ✓ 0 open · 0 overdue                 │
            │ 09:00  Edith Brown · Room 1 · GP · … ││ ✓ No open escalations                │
            │                                      ││                                      │
            │                                      ││                                      │
            │                                      ││                                      │
            └──────────────────────────────────────┘│                                      │
            ┌─ Confirmations awaited ──────────────┐│                                      │
            │ ✓ 1 awaited · oldest 4 h             ││                                      │
            │ ✓ waiting  4 h  Edith Brown · Room … │└──────────────────────────────────────┘
            │                                      │┌─ Sharing basis ──────────────────────┐
            │                                      ││ ✓ all current                        │
            │                                      ││ ✓ Every basis is current             │
            └──────────────────────────────────────┘│                                      │
            ┌─ Tasks due ──────────────────────────┐│                                      │
            │ ▲ 1 overdue · 0 due within 4 h       ││                                      │
            │ ▲ OVERDUE  2 h late  Edith Brown · … ││                                      │
            │                                      ││                                      │
            │                                      ││                                      │
            │                                      ││                                      │
            └──────────────────────────────────────┘└──────────────────────────────────────┘
             b blank screen  ? help  q quit          read-only · names: full · group.sqlite
            """)
    }

    @Test func theDashboardOfTheGroupAt80() throws {
        let files = try Files()
        let memory = try HomesFixture()
        _ = (files, memory)
        let screen = render(try DashboardScreen(store: memory.store, home: nil), 80, 24).dump()
        #expect(screen == """
            ┌─ People ─────────────────────┐┌─ Contacts ───────────────────────────────────┐
            │Name       ⌂ Sharing      Open││Wed 25 Nov (today) · 0 of 2 reviewed          │
            │Edith Bro… R ✓ consent    2   ││Owed 1 chase, 1 decide, 2 late, 1 esc.        │
            │Edith Bro… E ✗ NO BASIS   3   ││Time  Person  ⌂ Partner Advice     Written   ✓│
            │                              ││09:00 Edith … R Dr Ani… Increase … chase      │
            │                              ││09:30 Edith … E Ola Nu… Keep the … decide     │
            │                              ││                                              │
            │                              ││                                              │
            │                              ││                                              │
            │                              ││                                              │
            │                              ││                                              │
            │                              ││                                              │
            │                              ││                                              │
            │                              ││                                              │
            │                              ││                                              │
            │                              ││                                              │
            └──────────────────────────────┘└──────────────────────────────────────────────┘
            ┌─ Tasks ──────────────────────────────┐┌─ Escalations ────────────────────────┐
            │Due         State     ⌂ Task          ││Age  ⌂ About        Next              │
            │today 11:00 ⚠ OVERDUE R Edith Brown ·…││0d   E Edith Browne ack by Fri 27 Nov │
            │today 12:00 ⚠ OVERDUE – Book fire tra…││                                      │
            │today 14:00 due soon  E Edith Browne …││                                      │
            └──────────────────────────────────────┘└──────────────────────────────────────┘
             Tab pane  Enter open  a add  ? help  q quit  [ ] day  r R review  / search
            """)
    }

    @Test func theDashboardOfTheGroupAt200() throws {
        let files = try Files()
        let memory = try HomesFixture()
        _ = (files, memory)
        let screen = render(try DashboardScreen(store: memory.store, home: nil), 200, 60).dump()
        #expect(screen == """
            ┌─ People ─────────────────────────────────────────────────────────────┐┌─ Contacts ───────────────────────────────────────────────────────────────────────────────────────────────────────────────────┐
            │Name              Home     Location     Key worker   Sharing      Open││Wed 25 Nov (today) · 2 contacts · 0 of 2 reviewed                                                                             │
            │Edith Brown       Rosewood Room 1                    ✓ consent    2   ││Owed: 1 to chase · 1 decide: ask in writing · 2 overdue tasks · 1 open escalation · o: list                                   │
            │Edith Browne      Elm      Room 1                    ✗ NO BASIS   3   ││Time  Person          Home     Partner         Role       Via     Summary — advice                              Written      ✓│
            │                                                                      ││09:00 Edith Brown     Rosewood Dr Anil Patel   GP         phone   Rang about Edith Brown's cough — Increase     to chase      │
            │                                                                      ││                                                                  fluids                                                      │
            │                                                                      ││09:30 Edith Browne    Elm      Ola Nurse       District … visit   Dressing changed for Edith Browne — Keep the  decide        │
            │                                                                      ││                                                                  leg raised                                                  │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            └──────────────────────────────────────────────────────────────────────┘└──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┘
            ┌─ Tasks ──────────────────────────────────────────────────────────────────────────────────────────┐┌─ Escalations ────────────────────────────────────────────────────────────────────────────────────┐
            │Due         State     Home     Task                                 For            Owner          ││Age  Home     About       Kind            Summary                  Manager      Next              │
            │today 11:00 ⚠ OVERDUE Rosewood Call Dr Patel back                   Edith Brown    Kim Night      ││0d   Elm      Edith Brow… disagreement    Nurse declined a second  Ruth Okafor  ack by Fri 27 Nov │
            │today 12:00 ⚠ OVERDUE –        Book fire training                                  Ruth Okafor    ││                                          visit                                                   │
            │today 14:00 due soon  Elm      Order dressings                      Edith Browne   Kim Night      ││                                                                                                  │
            └──────────────────────────────────────────────────────────────────────────────────────────────────┘└──────────────────────────────────────────────────────────────────────────────────────────────────┘
             Tab pane  Enter open  a add  ? help  q quit  [ ] day  r R review  / search  Space person  ↑↓ move
            """)
    }

    @Test func theDashboardOfElmAt80() throws {
        let files = try Files()
        let memory = try HomesFixture()
        _ = (files, memory)
        let screen = render(try DashboardScreen(store: memory.store, home: Self.elm), 80, 24).dump()
        #expect(screen == """
            ┌─ People — Elm House ─────────┐┌─ Contacts ───────────────────────────────────┐
            │Name         Sharing      Open││Wed 25 Nov (today) · 0 of 1 reviewed          │
            │Edith Browne ✗ NO BASIS   3   ││Owed 0 chase, 1 decide, 0 late, 1 esc.        │
            │                              ││Time  Person  Partner  Advice      Written   ✓│
            │                              ││09:30 Edith … Ola Nur… Keep the l… decide     │
            │                              ││                                              │
            │                              ││                                              │
            │                              ││                                              │
            │                              ││                                              │
            │                              ││                                              │
            │                              ││                                              │
            │                              ││                                              │
            │                              ││                                              │
            │                              ││                                              │
            │                              ││                                              │
            │                              ││                                              │
            │                              ││                                              │
            │                              ││                                              │
            └──────────────────────────────┘└──────────────────────────────────────────────┘
            ┌─ Tasks ──────────────────────────────┐┌─ Escalations ────────────────────────┐
            │Due         State     Task            ││Age  About        Next                │
            │today 14:00 due soon  Edith Browne · …││0d   Edith Browne ack by Fri 27 Nov   │
            └──────────────────────────────────────┘└──────────────────────────────────────┘
             Tab pane  Enter open  a add  ? help  q quit  [ ] day  r R review  / search
            """)
    }

    @Test func theDashboardOfElmAt200() throws {
        let files = try Files()
        let memory = try HomesFixture()
        _ = (files, memory)
        let screen = render(try DashboardScreen(store: memory.store, home: Self.elm), 200, 60).dump()
        #expect(screen == """
            ┌─ People — Elm House ─────────────────────────────────────────────────┐┌─ Contacts ───────────────────────────────────────────────────────────────────────────────────────────────────────────────────┐
            │Name                  Location       Key worker      Sharing      Open││Wed 25 Nov (today) · 1 contact · 0 of 1 reviewed                                                                              │
            │Edith Browne          Room 1                         ✗ NO BASIS   3   ││Owed: 0 to chase · 1 decide: ask in writing · 0 overdue tasks · 1 open escalation · o: list                                   │
            │                                                                      ││Time  Person           Partner          Role        Via     Summary — advice                                    Written      ✓│
            │                                                                      ││09:30 Edith Browne     Ola Nurse        District n… visit   Dressing changed for Edith Browne — Keep the leg    decide        │
            │                                                                      ││                                                            raised                                                            │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            │                                                                      ││                                                                                                                              │
            └──────────────────────────────────────────────────────────────────────┘└──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┘
            ┌─ Tasks ──────────────────────────────────────────────────────────────────────────────────────────┐┌─ Escalations ────────────────────────────────────────────────────────────────────────────────────┐
            │Due         State     Task                                      For              Owner            ││Age  About         Kind            Summary                     Manager       Next                 │
            │today 14:00 due soon  Order dressings                           Edith Browne     Kim Night        ││0d   Edith Browne  disagreement    Nurse declined a second     Ruth Okafor   ack by Fri 27 Nov    │
            │                                                                                                  ││                                   visit                                                          │
            └──────────────────────────────────────────────────────────────────────────────────────────────────┘└──────────────────────────────────────────────────────────────────────────────────────────────────┘
             Tab pane  Enter open  a add  ? help  q quit  [ ] day  r R review  / search  Space person  ↑↓ move
            """)
    }

    @Test func theDashboardOfRosewoodAt80() throws {
        let files = try Files()
        let memory = try HomesFixture()
        _ = (files, memory)
        let screen = render(try DashboardScreen(store: memory.store, home: Self.rosewood), 80, 24).dump()
        #expect(screen == """
            ┌─ People — Rosewood ──────────┐┌─ Contacts ───────────────────────────────────┐
            │Name         Sharing      Open││Wed 25 Nov (today) · 0 of 1 reviewed          │
            │Edith Brown  ✓ consent    2   ││Owed: 1 chase, 1 overdue, 0 escalated         │
            │                              ││Time  Person  Partner  Advice      Written   ✓│
            │                              ││09:00 Edith … Dr Anil… Increase f… chase      │
            │                              ││                                              │
            │                              ││                                              │
            │                              ││                                              │
            │                              ││                                              │
            │                              ││                                              │
            │                              ││                                              │
            │                              ││                                              │
            │                              ││                                              │
            │                              ││                                              │
            │                              ││                                              │
            │                              ││                                              │
            │                              ││                                              │
            └──────────────────────────────┘└──────────────────────────────────────────────┘
            ┌─ Tasks ──────────────────────────────────────────────────────────────────────┐
            │Due         State     Task                           For          Owner       │
            │today 11:00 ⚠ OVERDUE Call Dr Patel back             Edith Brown  Kim Night   │
            └──────────────────────────────────────────────────────────────────────────────┘
            ─ Escalations ─ No open escalations ────────────────────────────────────────────
             Tab pane  Enter open  a add  ? help  q quit  [ ] day  r R review  / search
            """)
    }

}
