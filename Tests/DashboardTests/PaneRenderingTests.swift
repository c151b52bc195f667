import Foundation
import LiaisonCore
import TerminalUI
import Testing
@testable import Dashboard

/// Whole screens as text, at the smallest common terminal and at a large one: every pane with
/// its columns, names in several scripts, badges in words, and the empty store.
@Suite struct PaneRenderingTests {
    @Test func theServiceAtEightyByTwentyFour() throws {
        let screen = try DashboardFixture().screen()
        expectScreen(render(screen, 80, 24), """
            ┌─ People ─────────────────────┐┌─ Contacts ───────────────────────────────────┐
            │Name         Sharing      Open││Tue 24 Nov · 0/3 · 1 entered for earlier days │
            │Edith Brown… ✓ consent    2   ││Owed: 1 chase, 1 overdue, 1 escalated         │
            │Νίκος Παππάς ✓ consent    1   ││Time  Person  Partner  Advice      Written   ✓│
            │Оксана Шевч… ✗ NO BASIS       ││08:15 Edie    Dr Hele… Take readi… chase      │
            │王秀英       ! REVIEW DUE 2   ││09:30 王秀英  田中 恵… Level 2 mi… ✓ got      │
            │                              ││09:45 Νίκος   Sue Pat… Dressing c… no advice  │
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
            │today 09:00 ⚠ OVERDUE Edie · Send the…││2d   王秀英       ack by Tue 24 Nov   │
            │today 15:00 due soon  王秀英 · promis…││                                      │
            │Fri 27 Nov            Νίκος · Order t…││                                      │
            └──────────────────────────────────────┘└──────────────────────────────────────┘
             Tab pane  Enter open  a add  ? help  q quit  [ ] day  r R review  / search
            """, "fixture-80x24")
    }

    @Test func theServiceAtTwoHundredBySixty() throws {
        let screen = try DashboardFixture().screen()
        expectScreen(render(screen, 200, 60), """
            ┌─ People ─────────────────────────────────────────────────────────────┐┌─ Contacts ───────────────────────────────────────────────────────────────────────────────────────────────────────────────────┐
            │Name                  Location       Key worker      Sharing      Open││Tue 24 Nov (today) · 3 contacts · 0 of 3 reviewed · 1 entered for Mon 23 Nov to review                                        │
            │Edith Brown (Edie)    Room 9         Priya Raman     ✓ consent    2   ││Owed: 1 to chase · 1 overdue task · 1 open escalation · o: list                                                               │
            │Νίκος Παππάς          Room 3         Tom Hughes      ✓ consent    1   ││Time  Person           Partner          Role        Via     Summary — advice                                    Written      ✓│
            │Оксана Шевченко       Flat 2         Priya Raman     ✗ NO BASIS       ││08:15 Edith Brown      Dr Helen Ward    GP          phone   Rang about her blood pressure — Take readings twice to chase      │
            │王秀英                Room 12        Tom Hughes      ! REVIEW DUE 2   ││                                                            a day for a week                                                  │
            │                                                                      ││09:30 王秀英           田中 恵          Speech and… visit   Swallow assessment — Level 2 mildly thick fluids    confirmed     │
            │                                                                      ││                                                            from today                                                        │
            │                                                                      ││09:45 Νίκος Παππάς     Sue Patel        District n… visit   Dressing changed on the left heel                   no advice     │
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
            │today 09:00 ⚠ OVERDUE Send the readings to Dr Ward              Edith Brown      Priya Raman      ││2d   王秀英        disagreement    We disagree with stopping   Ruth Okafor   ack by Tue 24 Nov    │
            │today 15:00 due soon  promise: Call the SALT back               王秀英           Tom Hughes       ││                                   the thickener review                                           │
            │Fri 27 Nov            Order the heel pads                       Νίκος Παππάς     Tom Hughes       ││                                                                                                  │
            └──────────────────────────────────────────────────────────────────────────────────────────────────┘└──────────────────────────────────────────────────────────────────────────────────────────────────┘
             Tab pane  Enter open  a add  ? help  q quit  [ ] day  r R review  / search  Space person  ↑↓ move
            """, "fixture-200x60")
    }

    @Test func anEmptyStoreAtEightyByTwentyFour() throws {
        let screen = try DashboardFixture(empty: ()).screen()
        expectScreen(render(screen, 80, 24), """
            ─ People ─ No one recorded yet ─────────────────────────────────────────────────
            ┌─ Contacts ───────────────────────────────────────────────────────────────────┐
            │Tue 24 Nov (today) · 0 contacts · 0 of 0 reviewed                             │
            │Nothing owed                                                                  │
            │Time  Person           Partner          Advice                  Written      ✓│
            │No contacts recorded on Tue 24 Nov                                            │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            └──────────────────────────────────────────────────────────────────────────────┘
            ─ Tasks ─ Nothing owed or due ─────────── Escalations ─ No open escalations ────
             Tab pane  Enter open  a add  ? help  q quit  [ ] day  r R review  / search
            """, "empty-80x24")
    }

    @Test func anEmptyStoreAtTwoHundredBySixtyNamesTheDay() throws {
        let screen = try DashboardFixture(empty: ()).screen()
        let text = render(screen, 200, 60).dump()
        #expect(text.contains("No contacts recorded on Tue 24 Nov"))
        #expect(text.contains("No one recorded yet"))
        #expect(text.contains("Nothing owed"))
    }

    @Test func narrowedToOnePersonAtEightyByTwentyFour() throws {
        let screen = try DashboardFixture().screen()
        _ = screen.handle(.down)  // 王秀英 sorts after the Latin names
        _ = screen.handle(.down)
        _ = screen.handle(.down)
        _ = screen.handle(.character(" "))
        expectScreen(render(screen, 80, 24), """
            ┌─ People ─────────────────────┐┌─ Contacts — 王秀英 only ─────────────────────┐
            │Name         Sharing      Open││Tue 24 Nov (today) · 0 of 1 reviewed          │
            │Edith Brown… ✓ consent    2   ││Owed: 0 chase, 0 overdue, 1 escalated         │
            │Νίκος Παππάς ✓ consent    1   ││Time  Person  Partner  Advice      Written   ✓│
            │Оксана Шевч… ✗ NO BASIS       ││09:30 王秀英  田中 恵… Level 2 mi… ✓ got      │
            │王秀英       ! REVIEW DUE 2   ││                                              │
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
            ┌─ Tasks — 王秀英 only ────────────────┐┌─ Escalations — 王秀英 only ──────────┐
            │Due         State     Task            ││Age  About        Next                │
            │today 15:00 due soon  王秀英 · promis…││2d   王秀英       ack by Tue 24 Nov   │
            └──────────────────────────────────────┘└──────────────────────────────────────┘
             Tab pane  Enter open  a add  ? help  q quit  [ ] day  r R review  / search
            """, "filtered-80x24")
    }

    /// Leaving closes no open work: a task or an escalation about someone who died stays on its
    /// pane, saying so, and the mark is what a cut column keeps, as the People pane keeps theirs.
    @Test func openWorkAboutSomeoneWhoLeftSaysSo() throws {
        let fixture = try DashboardFixture()
        let wang = try #require(fixture.store.people.first { $0.name == "王秀英" })
        _ = try fixture.store.leave(wang, as: .died, on: DashboardFixture.now, note: nil, reason: "")
        expectScreen(render(try fixture.screen(), 80, 24), """
            ┌─ People ─────────────────────┐┌─ Contacts ───────────────────────────────────┐
            │Name         Sharing      Open││Tue 24 Nov · 0/3 · 1 entered for earlier days │
            │Edith Brown… ✓ consent    2   ││Owed: 1 chase, 1 overdue, 1 escalated         │
            │Νίκος Παππάς ✓ consent    1   ││Time  Person  Partner  Advice      Written   ✓│
            │Оксана Шевч… ✗ NO BASIS       ││08:15 Edie    Dr Hele… Take readi… chase      │
            │王秀… — died ! REVIEW DUE 2   ││09:30 王秀英  田中 恵… Level 2 mi… ✓ got      │
            │                              ││09:45 Νίκος   Sue Pat… Dressing c… no advice  │
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
            │today 09:00 ⚠ OVERDUE Edie · Send the…││2d   王秀… (died) ack by Tue 24 Nov   │
            │today 15:00 due soon  王秀英 (died) ·…││                                      │
            │Fri 27 Nov            Νίκος · Order t…││                                      │
            └──────────────────────────────────────┘└──────────────────────────────────────┘
             Tab pane  Enter open  a add  ? help  q quit  [ ] day  r R review  / search
            """, "left-80x24")
        let wide = render(try fixture.screen(), 200, 60).dump()
        #expect(wide.contains("│王秀英 — died         Room 12"), "\(wide)")
        #expect(wide.contains("promise: Call the SALT back               王秀英 (died)"), "\(wide)")
        #expect(wide.contains("│2d   王秀英 (died) disagreement"), "\(wide)")
        #expect(wide.contains("│today 15:00 due soon  promise:"), "a wide pane's State says how due it is: \(wide)")

        // The task's record says it too, where it names them and links to them.
        let screen = try fixture.screen()
        _ = screen.handle(.tab)
        _ = screen.handle(.tab)
        _ = screen.handle(.down)
        _ = screen.handle(.enter)
        let record = render(screen, 100, 40).dump()
        #expect(record.contains("│For           王秀英 (died)   "), "\(record)")
        #expect(record.contains("Person: 王秀英 (died)"), "\(record)")

        // The mark beside whom, where a cut takes the task's words; the State still says how due it is.
        let edith = try #require(fixture.store.people(named: "Edith Brown").first)
        _ = try fixture.store.leave(edith, as: .moved, on: DashboardFixture.now, note: nil, reason: "")
        let moved = render(try fixture.screen(), 80, 24).dump()
        #expect(moved.contains("│today 09:00 ⚠ OVERDUE Edie (moved) · …│"), "\(moved)")
    }

    /// A date more than half a year away says its year where a near one says its weekday: a
    /// task due a year from today must not read as due today's weekday, nor a day a year back
    /// as this week's.
    @Test func datesFarFromTodaySayTheirYearAtEightyByTwentyFour() throws {
        let fixture = try DashboardFixture()
        let edith = try #require(fixture.store.people(named: "Edith Brown").first)
        try fixture.store.addTask(TaskDraft(title: "Renew the care plan", personID: edith.id, owner: "Priya Raman",
                                            due: DashboardFixture.now + 365 * 86_400))
        try fixture.store.addTask(TaskDraft(title: "File the old letter", personID: edith.id, owner: "Priya Raman",
                                            due: DashboardFixture.now - 400 * 86_400))
        let screen = try fixture.screen()
        expectScreen(render(screen, 80, 24), """
            ┌─ People ─────────────────────┐┌─ Contacts ───────────────────────────────────┐
            │Name         Sharing      Open││Tue 24 Nov · 0/3 · 1 entered for earlier days │
            │Edith Brown… ✓ consent    4   ││Owed: 1 chase, 2 overdue, 1 escalated         │
            │Νίκος Παππάς ✓ consent    1   ││Time  Person  Partner  Advice      Written   ✓│
            │Оксана Шевч… ✗ NO BASIS       ││08:15 Edie    Dr Hele… Take readi… chase      │
            │王秀英       ! REVIEW DUE 2   ││09:30 王秀英  田中 恵… Level 2 mi… ✓ got      │
            │                              ││09:45 Νίκος   Sue Pat… Dressing c… no advice  │
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
            │20 Oct 2025 ⚠ OVERDUE Edie · File the…││2d   王秀英       ack by Tue 24 Nov   │
            │today 09:00 ⚠ OVERDUE Edie · Send the…││                                      │
            │today 15:00 due soon  王秀英 · promis…││                                      │
            │Fri 27 Nov            Νίκος · Order t…││                                      │
            │24 Nov 2027           Edie · Renew th…││                                      │
            └──────────────────────────────────────┘└──────────────────────────────────────┘
             Tab pane  Enter open  a add  ? help  q quit  [ ] day  r R review  / search
            """, "far-dates-80x24")
        _ = screen.handle(.character("d"))
        for c in "2025-11-24" { _ = screen.handle(.character(c)) }
        _ = screen.handle(.enter)
        expectScreen(render(screen, 80, 24), """
            ┌─ People ─────────────────────┐┌─ Contacts ───────────────────────────────────┐
            │Name         Sharing      Open││Mon 24 Nov 2025 · 0 contacts · 0 of 0 reviewed│
            │Edith Brown… ✓ consent    4   ││Owed: 1 chase, 2 overdue, 1 escalated         │
            │Νίκος Παππάς ✓ consent    1   ││Time  Person  Partner  Advice      Written   ✓│
            │Оксана Шевч… ✗ NO BASIS       ││No contacts recorded on Mon 24 Nov 2025       │
            │王秀英       ! REVIEW DUE 2   ││                                              │
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
            │20 Oct 2025 ⚠ OVERDUE Edie · File the…││2d   王秀英       ack by Tue 24 Nov   │
            │today 09:00 ⚠ OVERDUE Edie · Send the…││                                      │
            │today 15:00 due soon  王秀英 · promis…││                                      │
            │Fri 27 Nov            Νίκος · Order t…││                                      │
            │24 Nov 2027           Edie · Renew th…││                                      │
            └──────────────────────────────────────┘└──────────────────────────────────────┘
             Tab pane  Enter open  a add  ? help  q quit  [ ] day  r R review  / search
            """, "a-year-back-80x24")
        // A narrower pane's shorter heading keeps the year, and the empty list's words are
        // wrapped, not cut before it.
        let narrow = render(screen, 60, 24)
        #expect(narrow.row(1).contains("Mon 24 Nov 2025 · 0 of 0 reviewed"))
        #expect(narrow.row(4).hasSuffix("││No contacts recorded on Mon 24 Nov│"), "\(narrow.dump())")
        #expect(narrow.row(5).hasSuffix("││2025                              │"), "\(narrow.dump())")
        // A year on, the escalation's step is overdue by a year: its narrow Next column cuts the
        // words before the day, never the year.
        fixture.clock.advance(by: 400 * 86_400)
        let later = try fixture.screen()
        for width in [60, 80, 100] {
            // The Escalations pane is the right half of the bottom row of panes.
            let escalations = render(later, width, 24).dump().split(separator: "\n")
                .compactMap { $0.components(separatedBy: "││").dropFirst().last }.filter { $0.contains("⚠") }
            #expect(escalations.count == 1 && escalations[0].contains(" 24 Nov 2026"), "\(width): \(escalations)")
        }
    }

    /// Two people who go by "Edie": at 80 columns each task says which one it is for.
    @Test func twoWhoGoByOneNameAreToldApartAtEightyByTwentyFour() throws {
        let fixture = try DashboardFixture()
        let edie = try fixture.store.addPerson(PersonDraft(name: "Edie Patel", location: "Room 2", basis: .consent))
        try fixture.store.addTask(TaskDraft(title: "Weigh her on Friday", personID: edie.id, owner: "Tom Hughes", due: DashboardFixture.at(11)))
        expectScreen(render(try fixture.screen(), 80, 24), """
            ┌─ People ─────────────────────┐┌─ Contacts ───────────────────────────────────┐
            │Name         Sharing      Open││Tue 24 Nov · 0/3 · 1 entered for earlier days │
            │Edie Patel   ✓ consent    1   ││Owed: 1 chase, 1 overdue, 1 escalated         │
            │Edith Brown… ✓ consent    2   ││Time  Person  Partner  Advice      Written   ✓│
            │Νίκος Παππάς ✓ consent    1   ││08:15 Edie B. Dr Hele… Take readi… chase      │
            │Оксана Шевч… ✗ NO BASIS       ││09:30 王秀英  田中 恵… Level 2 mi… ✓ got      │
            │王秀英       ! REVIEW DUE 2   ││09:45 Νίκος   Sue Pat… Dressing c… no advice  │
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
            │today 09:00 ⚠ OVERDUE Edie B. · Send …││2d   王秀英       ack by Tue 24 Nov   │
            │today 11:00 due soon  Edie P. · Weigh…││                                      │
            │today 15:00 due soon  王秀英 · promis…││                                      │
            │Fri 27 Nov            Νίκος · Order t…││                                      │
            └──────────────────────────────────────┘└──────────────────────────────────────┘
             Tab pane  Enter open  a add  ? help  q quit  [ ] day  r R review  / search
            """, "two-edies-80x24")
    }

    /// Two people of one whole name are told apart where whole names show too: by room.
    @Test func namesakesAreToldApartInWideColumnsByRoom() throws {
        let fixture = try DashboardFixture()
        let edith = try fixture.store.findPerson("Edith Brown")
        let other = try fixture.store.addPerson(PersonDraft(name: "Edith Brown", location: "Room 30", basis: .consent, namesake: true))
        let gp = try fixture.store.findPartner("Dr Helen Ward")
        try fixture.store.addContact(ContactDraft(
            personID: other.id, partnerID: gp.id, channel: .phone, happenedAt: DashboardFixture.at(9, 50), summary: "Rang about her hearing aid"))
        try fixture.store.addTask(TaskDraft(title: "Book the audiology clinic", personID: other.id, due: DashboardFixture.at(16)))
        let screen = try fixture.screen()
        let wide = render(screen, 200, 60).dump()
        // The column is cut before the room, which tells the two apart.
        #expect(wide.contains("08:15 Edith … (Room 9) Dr Helen Ward"), "\(wide)")
        #expect(wide.contains("09:50 Edith… (Room 30) Dr Helen Ward"), "\(wide)")
        #expect(wide.contains("Send the readings to Dr Ward              Edith … (Room 9) Priya Raman"), "\(wide)")
        // At 80 columns the one who prefers Edie goes by it; the other by her whole name and room.
        let narrow = render(screen, 80, 24).dump()
        #expect(narrow.contains("08:15 Edie    Dr Hele…") && narrow.contains("09:50 Edith … Dr Hele…"), "\(narrow)")
        #expect(narrow.contains("Edie · Send") && narrow.contains("due soon  Edith Brown (Ro…"), "\(narrow)")
        #expect(screen.state.personName(edith.id) == "Edith Brown (Room 9)")
        // The People pane shows rooms only from 56 cells; below, the two rows still differ.
        let people = render(screen, 120, 40).dump()
        #expect(!people.contains("Location"), "\(people)")
        #expect(people.contains("│Edith Brown (Edie, Room 9)") && people.contains("│Edith Brown (Room 30)"), "\(people)")
        // At 80 columns the Name column is cut before the room, not through it, for the one
        // who prefers Edie too; at 60, where a letter of the name and the room do not fit,
        // the room alone is kept.
        #expect(narrow.contains("│E… (Room 30)") && narrow.contains("│Edi… Room 9)"), "\(narrow)")
        let sixty = render(screen, 60, 24).dump()
        #expect(sixty.contains("│…Room 30) ✓ consent") && sixty.contains("│…Room 9)  ✓ consent"), "\(sixty)")
    }

    @Test func aContactInFullAtEightyByTwentyFour() throws {
        let screen = try DashboardFixture().screen()
        _ = screen.handle(.tab)
        _ = screen.handle(.enter)
        expectScreen(render(screen, 80, 24), """
            ┌─ Contact — Edith Brown, Tue 24 Nov 08:15 ────────────────────────────────────┐
            │Person                 Edith Brown                                            │
            │Partner                Dr Helen Ward (GP)                                     │
            │Channel                phone                                                  │
            │Direction              they contacted us                                      │
            │Happened               Tue 24 Nov 08:15                                       │
            │Entered                Tue 24 Nov 10:00                                       │
            │Recorded by            Sam Lead                                               │
            │Summary                Rang about her blood pressure                          │
            │Advice                 Take readings twice a day for a week                   │
            │Written confirmation   to chase                                               │
            │Requested              Tue 24 Nov 08:15                                       │
            │Asked how              asked on the call                                      │
            │We shared information  no                                                     │
            │Reviewed               not yet                                                │
            │Created                Tue 24 Nov 10:00 by Sam Lead                           │
            │Last changed           Tue 24 Nov 10:00 by Sam Lead (version 1)               │
            │                                                                              │
            │Linked records (Tab to pick one, Enter to open it)                            │
            │→ Person: Edith Brown                                                         │
            │→ Partner: Dr Helen Ward (GP)                                                 │
            │→ Open task with this partner: Send the readings to Dr Ward, due Tue 24 Nov   │
            └──────────────────────────────────────────────────────────────────────────────┘
             ↑↓ scroll  Tab pick a link  Enter open it  Esc back  ? help       ↓ more below
            """, "detail-80x24")
    }

    @Test func badgesThatNeedActionAreColouredAsWellAsWorded() throws {
        let screen = try DashboardFixture().screen()
        let grid = render(screen, 200, 60)
        let rows = (0..<grid.size.height).map(grid.row)
        let noBasis = try #require(rows.firstIndex { $0.contains("✗ NO BASIS") })
        let x = try #require(grid.row(noBasis).firstRange(of: "✗ NO BASIS")).lowerBound
        let column = grid.row(noBasis)[..<x].count
        #expect(grid[column, noBasis].style == Theme.monochrome[.alert])
        #expect(rows.contains { $0.contains("! REVIEW DUE") })
        #expect(rows.contains { $0.contains("⚠ OVERDUE") })
    }
}
