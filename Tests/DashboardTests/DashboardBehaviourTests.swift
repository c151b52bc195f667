import Foundation
import LiaisonCore
import TerminalUI
import Testing
@testable import Dashboard

/// What the keys do to what the panes hold: days, the person filter, review and opening records.
@Suite struct DashboardBehaviourTests {
    @Test func bracketsMoveBetweenDaysAndTReturnsToToday() throws {
        let screen = try DashboardFixture().screen()
        #expect(screen.rows(of: .contacts).count == 3)
        _ = screen.handle(.character("["))
        #expect(screen.state.format.day(screen.state.day, now: screen.state.now) == "Mon 23 Nov")
        #expect(screen.rows(of: .contacts).map { $0[2] } == ["Оксана Шевченко"])
        _ = screen.handle(.character("["))
        #expect(screen.rows(of: .contacts).isEmpty)
        #expect(render(screen, 80, 24).dump().contains("No contacts recorded on Sun 22 Nov"))
        _ = screen.handle(.character("]"))
        #expect(screen.rows(of: .contacts).count == 1)
        _ = screen.handle(.character("t"))
        #expect(screen.state.isToday)
        #expect(screen.rows(of: .contacts).count == 3)
    }

    @Test func theDatePromptGoesToATypedDayAndRefusesANonsenseOne() throws {
        let screen = try DashboardFixture().screen()
        _ = screen.handle(.character("d"))
        for c in "2026-11-23" { _ = screen.handle(.character(c)) }
        #expect(render(screen, 80, 24).row(23).contains("Go to date"))
        _ = screen.handle(.enter)
        #expect(screen.state.format.day(screen.state.day, now: screen.state.now) == "Mon 23 Nov")
        _ = screen.handle(.character("d"))
        for c in "2026-13-40" { _ = screen.handle(.character(c)) }
        _ = screen.handle(.enter)
        #expect(screen.status?.contains("no month 13") == true)
        #expect(screen.state.format.day(screen.state.day, now: screen.state.now) == "Mon 23 Nov")
        _ = screen.handle(.character("d"))
        for c in "-2" { _ = screen.handle(.character(c)) }
        _ = screen.handle(.enter)
        #expect(screen.state.format.day(screen.state.day, now: screen.state.now) == "Sun 22 Nov")
    }

    @Test func spaceNarrowsEveryPaneToThePersonAndEscWidensThemAgain() throws {
        let screen = try DashboardFixture().screen()
        _ = screen.handle(.character(" "))  // Edith Brown, first by name
        #expect(screen.rows(of: .contacts).map { $0[2] } == ["Edith Brown"])
        #expect(screen.rows(of: .tasks).map { $0[3] } == ["Send the readings to Dr Ward"])
        #expect(screen.rows(of: .escalations).isEmpty)
        #expect(screen.rows(of: .people).count == 4)  // People itself still lists everyone
        _ = screen.handle(.escape)
        #expect(screen.state.personFilter == nil)
        #expect(screen.rows(of: .contacts).count == 3)
    }

    @Test func spaceOutsideThePeoplePaneSaysWhereToGo() throws {
        let screen = try DashboardFixture().screen()
        _ = screen.handle(.tab)
        _ = screen.handle(.character(" "))
        #expect(screen.state.personFilter == nil)
        #expect(screen.status?.contains("People pane") == true)
    }

    @Test func tasksPutOverdueFirstAndSayItInWords() throws {
        let screen = try DashboardFixture().screen()
        let states = screen.rows(of: .tasks).map { $0[1] }
        #expect(states == ["⚠ OVERDUE", "due soon", ""])
    }

    @Test func rMarksOneContactAndCapitalRTheWholeDay() throws {
        let fixture = try DashboardFixture()
        let screen = try fixture.screen()
        _ = screen.handle(.character("r"))
        #expect(screen.status?.contains("Contacts pane") == true)  // not from People
        _ = screen.handle(.tab)
        _ = screen.handle(.character("r"))
        #expect(screen.rows(of: .contacts).map { $0.last! } == ["✓", "", ""])
        #expect(render(screen, 80, 24).dump().contains("Tue 24 Nov · 1/3 · 1 entered for earlier days"))
        // The mark is an amendment: who and when are in the contact's history (R11).
        let id = try #require(screen.selectedID(in: .contacts))
        #expect(try fixture.store.history(of: id).first?.reason == "reviewed at handover")

        _ = screen.handle(.character("R"))
        #expect(render(screen, 80, 24).dump().contains("Mark all 3 contacts of Tue 24 Nov reviewed"))
        _ = screen.handle(.character("n"))
        #expect(screen.state.dayReview == nil)
        _ = screen.handle(.character("R"))
        _ = screen.handle(.character("y"))
        #expect(screen.state.dayReview?.reviewedBy == "Sam Lead")
        #expect(screen.rows(of: .contacts).map { $0.last! } == ["✓", "✓", "✓"])

        // Advice entered after the review: R asks about it alone, and marks it.
        fixture.clock.advance(by: 600)
        let person = try #require(fixture.store.people.first)
        let partner = try #require(fixture.store.partners.first)
        _ = try fixture.store.addContact(ContactDraft(personID: person.id, partnerID: partner.id, channel: .phone,
                                                      happenedAt: DashboardFixture.now, summary: "Stop the diuretic"))
        _ = try screen.state.refresh()
        _ = screen.handle(.character("R"))
        #expect(render(screen, 100, 24).dump().contains("Mark the 1 contact entered since Sam Lead reviewed Tue 24 Nov reviewed"),
                "\(render(screen, 100, 24).dump())")
        _ = screen.handle(.character("y"))
        #expect(screen.rows(of: .contacts).allSatisfy { $0.last! == "✓" })

        // Advice corrected after the review: its tick goes, R asks about it, the record says why.
        fixture.clock.advance(by: 600)
        var corrected = try #require(fixture.store.contacts(on: DashboardFixture.now).first { $0.advice != nil })
        corrected.advice = (corrected.advice ?? "") + " (corrected)"
        try fixture.store.correct(corrected, reason: "Misheard the dose")
        screen.reloadKeepingSelection()
        #expect(screen.rows(of: .contacts).filter { $0.last! == "" }.count == 1)
        _ = screen.handle(.character("R"))
        let asked = render(screen, 120, 24).dump()
        #expect(asked.contains("Mark the 1 contact corrected since Sam Lead reviewed Tue 24 Nov reviewed"), "\(asked)")
        _ = screen.handle(.character("n"))
        let stored = try #require(try fixture.store.contact(id: corrected.id))
        let fields = RecordFields(format: screen.state.format, state: screen.state).contact(stored)
        #expect(fields.contains { $0.label == "Reviewed" && $0.value.hasPrefix("not since it was corrected") }, "\(fields)")
        _ = screen.handle(.character("R"))
        _ = screen.handle(.character("y"))
        #expect(screen.rows(of: .contacts).allSatisfy { $0.last! == "✓" })
    }

    /// The yes to `R` is to the contacts it asked about: one entered while the question was up
    /// was not in front of the reviewer, so nothing is marked and they are asked to look again.
    @Test func aDayThatChangedWhileRWasAskedIsNotMarked() throws {
        let fixture = try DashboardFixture()
        let screen = try fixture.screen()
        _ = screen.handle(.character("R"))
        #expect(screen.presentedScreen != nil)
        fixture.clock.advance(by: 60)
        let person = try #require(fixture.store.people.first)
        let partner = try #require(fixture.store.partners.first)
        _ = try fixture.store.addContact(ContactDraft(personID: person.id, partnerID: partner.id, channel: .phone,
                                                      happenedAt: DashboardFixture.now, summary: "Stop the diuretic"))
        _ = screen.handle(.character("y"))
        #expect(screen.state.dayReview == nil)
        #expect(screen.status?.contains("entered or changed while you were asked, so nothing was marked; press R again") == true,
                "\(screen.status ?? "")")
        _ = screen.handle(.character("R"))
        #expect(render(screen, 100, 24).dump().contains("Mark all 4 contacts of Tue 24 Nov reviewed (4 not yet)"))
        _ = screen.handle(.character("y"))
        #expect(screen.state.dayReview?.reviewedBy == "Sam Lead")
    }

    /// On a service with a staff list, Sam as a care worker is told why `r` and `R` mark nothing.
    @Test func aCareWorkerIsToldReviewingIsTheShiftLeads() throws {
        let fixture = try DashboardFixture()
        fixture.store.apply(ServiceSettings(staff: [StaffMember(name: "Sam Lead", role: .carer)]))
        let screen = try fixture.screen()
        _ = screen.handle(.tab)
        _ = screen.handle(.character("r"))
        #expect(screen.status?.contains("marking a contact reviewed is for a shift lead or a manager; Sam Lead is a care worker") == true,
                "\(String(describing: screen.status))")
        // Refused before the question: a care worker is not asked to confirm what will be refused.
        _ = screen.handle(.character("R"))
        #expect(screen.presentedScreen == nil)
        #expect(render(screen, 120, 24).dump().contains("marking a day reviewed is for a shift lead or a manager; Sam Lead is a care worker"),
                "\(render(screen, 120, 24).dump())")
        #expect(screen.state.dayReview == nil)
        #expect(screen.rows(of: .contacts).map { $0.last! } == ["", "", ""])
    }

    /// Who marked the day and who read the handover (R12) stay on the header as it narrows, after
    /// the contact count has gone, until only the numbers fit.
    @Test func theDayHeaderKeepsWhoReviewedAsItNarrows() throws {
        let fixture = try DashboardFixture()
        // Yesterday's contact, entered today, reviewed with its own day (see the test below).
        _ = try fixture.store.markDayReviewed(DashboardFixture.now - 86_400)
        _ = try fixture.store.markDayReviewed(DashboardFixture.now)
        _ = try fixture.store.acknowledgeHandover(of: DashboardFixture.now)
        let screen = try fixture.screen()
        let line = DayHeader(screen.state).lines[0]
        #expect(line.fitting(200) == "Tue 24 Nov (today) · 3 contacts · 3 of 3 reviewed · day marked by Sam Lead · handover read by Sam Lead")
        #expect(line.fitting(80) == "Tue 24 Nov (today) · 3 of 3 reviewed · day by Sam Lead · read by Sam Lead")
        #expect(line.fitting(60) == "Tue 24 Nov · 3/3 · day by Sam Lead · read by Sam Lead")
        #expect(line.fitting(40) == "Tue 24 Nov · 3/3 · day by Sam Lead")
        #expect(line.fitting(30) == "Tue 24 Nov · 3/3 reviewed")
    }

    /// A contact entered today for yesterday is on no day's list as news: today's header says
    /// it waits for review, until its own day's review or its own mark covers it.
    @Test func theDayHeaderSaysWhatWasEnteredForEarlierDaysAndIsNotReviewed() throws {
        let fixture = try DashboardFixture()
        var screen = try fixture.screen()
        var line = DayHeader(screen.state).lines[0]
        #expect(screen.state.lateEntries.count == 1)
        #expect(line.fitting(200) == "Tue 24 Nov (today) · 3 contacts · 0 of 3 reviewed · 1 entered for Mon 23 Nov to review")
        #expect(line.fitting(70) == "Tue 24 Nov (today) · 0 of 3 reviewed · 1 entered for earlier days")
        #expect(line.fitting(49) == "Tue 24 Nov · 0 of 3 reviewed · 1 for earlier days")
        #expect(line.fitting(45) == "Tue 24 Nov · 0/3 · 1 entered for earlier days")
        #expect(line.fitting(37) == "Tue 24 Nov · 0/3 · 1 for earlier days")
        #expect(line.fitting(28) == "Tue 24 Nov · 0/3 · 1 earlier", "a 60-column terminal's pane keeps the count")
        #expect(line.role == .emphasis)
        _ = try fixture.store.markDayReviewed(DashboardFixture.now)
        screen = try fixture.screen()
        line = DayHeader(screen.state).lines[0]
        #expect(line.fitting(200).hasPrefix("Tue 24 Nov (today) · 3 contacts · 3 of 3 reviewed · 1 entered for Mon 23 Nov to review"),
                "today's review is not yesterday's: \(line.fitting(200))")
        #expect(line.role == .emphasis)
        _ = try fixture.store.markDayReviewed(DashboardFixture.now - 86_400)
        screen = try fixture.screen()
        #expect(screen.state.lateEntries.isEmpty)
        #expect(!DayHeader(screen.state).lines[0].fitting(200).contains("earlier"))
        #expect(DayHeader(screen.state).lines[0].role == .ok)
    }

    @Test func aContactEnteredAfterTheDayWasReviewedStillNeedsReview() throws {
        let fixture = try DashboardFixture()
        let screen = try fixture.screen()
        _ = screen.handle(.character("R"))
        _ = screen.handle(.character("y"))
        fixture.clock.advance(by: 60)
        let person = try #require(fixture.store.people.first)
        let partner = try #require(fixture.store.partners.first)
        try fixture.store.addContact(ContactDraft(
            personID: person.id, partnerID: partner.id, channel: .phone, happenedAt: DashboardFixture.at(9, 50), summary: "Late entry"))
        screen.reloadKeepingSelection()
        #expect(screen.rows(of: .contacts).map { $0.last! } == ["✓", "✓", "✓", ""])
    }

    /// Changes travel one way: the store announces a save, and the dashboard follows at its next
    /// look, whoever saved; no writer has to remember to reload the screen.
    @Test func aSaveAnnouncedByTheStoreReachesThePanesAtTheNextLook() throws {
        let fixture = try DashboardFixture()
        let screen = try fixture.screen()
        let before = screen.rows(of: .contacts).count
        _ = screen.wakeUp(at: fixture.clock.now)  // the first look sets the refresh timer
        let person = try #require(fixture.store.people.first)
        let partner = try #require(fixture.store.partners.first)
        try fixture.store.addContact(ContactDraft(
            personID: person.id, partnerID: partner.id, channel: .phone, happenedAt: DashboardFixture.at(9, 50), summary: "Told by the store"))
        #expect(screen.rows(of: .contacts).count == before)  // nothing redrawn behind the screen's back
        fixture.clock.advance(by: 1)
        #expect(screen.wakeUp(at: fixture.clock.now) == .changed)
        #expect(screen.rows(of: .contacts).count == before + 1)
    }

    @Test func enterOpensTheHighlightedRecordOverTheDashboardAndEscClosesIt() throws {
        let screen = try DashboardFixture().screen()
        _ = screen.handle(.tab)
        _ = screen.handle(.enter)
        let detail = try #require(screen.presentedScreen as? DetailView)
        #expect(detail.record == .contact(try #require(screen.selectedID(in: .contacts))))
        #expect(screen.handle(.character("q")) == .handled)  // closes the detail, not the program
        #expect(screen.presentedScreen == nil)
        for pane in [DashboardPane.tasks, .escalations, .people] {
            while screen.focused != pane { _ = screen.handle(.tab) }
            _ = screen.handle(.enter)
            #expect(screen.presentedScreen is DetailView, "\(pane) opened nothing")
            _ = screen.handle(.escape)
        }
    }

    @Test func tabPicksALinkedRecordAndEnterOpensItOnTop() throws {
        let screen = try DashboardFixture().screen()
        _ = screen.handle(.tab)
        _ = screen.handle(.enter)  // Edith Brown's call with Dr Ward, 08:15
        let contact = try #require(screen.presentedScreen as? DetailView)
        #expect(contact.links.count == 3)  // her, the GP, the task to send the readings
        _ = screen.handle(.enter)  // nothing picked yet: stays
        #expect(screen.presentedScreen === contact)
        _ = screen.handle(.backTab)  // wraps round to the last link
        _ = screen.handle(.enter)
        let task = try #require(screen.presentedScreen as? DetailView)
        guard case .task = task.record else { Issue.record("opened \(task.record)"); return }
        #expect(render(screen, 100, 30).dump().contains("Task — Send the readings to Dr Ward"))
        _ = screen.handle(.escape)
        #expect(screen.presentedScreen === contact)
        _ = screen.handle(.tab)
        _ = screen.handle(.enter)
        #expect((screen.presentedScreen as? DetailView)?.record == .person(try #require(screen.selectedID(in: .people))))
    }

    @Test func theDetailShowsAnAmendmentWithWhatItReplaced() throws {
        let fixture = try DashboardFixture()
        var contact = try #require(fixture.store.recentContacts.first { $0.advice?.contains("readings") == true })
        contact.advice = "Take readings morning and evening for two weeks"
        try fixture.store.amend(contact, reason: "GP rang back to extend it")
        let screen = try fixture.screen()
        screen.openDetail(.contact(contact.id))
        let lines = try #require(screen.presentedScreen as? DetailView).wrapped(width: 120).map(\.text)
        #expect(lines.contains { $0.contains("Version 1, replaced Tue 24 Nov 10:00 by Sam Lead: GP rang back to extend it") })
        #expect(lines.contains { $0.contains("was Advice") && $0.contains("Take readings twice a day for a week") })
        #expect(lines.contains { $0.contains("Advice") && $0.contains("morning and evening for two weeks") })
    }

    @Test func aThemeNoticeShowsInTheFooterUntilTheFirstKey() throws {
        let fixture = try DashboardFixture()
        let screen = try DashboardScreen(store: fixture.store, notice: "Theme: no theme called “neon”; using the default theme")
        #expect(render(screen, 80, 24).row(23) == " Theme: no theme called “neon”; using the default theme")
        _ = screen.handle(.down)
        #expect(render(screen, 80, 24).row(23).hasPrefix(" Tab pane"))
    }

    @Test func theDetailViewHasItsOwnHelpAndScrolls() throws {
        let screen = try DashboardFixture().screen()
        _ = screen.handle(.enter)
        let detail = try #require(screen.presentedScreen as? DetailView)
        _ = screen.handle(.character("?"))
        let text = render(screen, 80, 24).dump()
        #expect(text.contains("Keys in a record"))
        #expect(text.contains("scroll down"))
        _ = screen.handle(.escape)  // closes the help, not the record
        #expect(screen.presentedScreen === detail)
        _ = render(screen, 80, 12)
        _ = screen.handle(.pageDown)
        #expect(detail.top > 0)
    }
}
