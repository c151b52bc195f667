import Foundation
import LiaisonTestSupport
import Testing
import TerminalUI
@testable import Dashboard
@testable import LiaisonCore

/// Every field of the dashboard that asks for a date or time reads it as staff write it, driven by
/// keys typed into the dashboard screen. Fields are found by their label, not by counting Tabs, so
/// these tests hold while forms change their order. The fixture's now is Wednesday 25 November
/// 2026, 10:00 UTC.
@Suite struct DateInputFormTests {
    func dashboard(_ fixture: EntryFixture) throws -> (DashboardScreen, KeyScript) {
        let screen = try DashboardScreen(store: fixture.store)
        screen.entry = EntryFlows(store: fixture.store, drafts: fixture.drafts)
        return (screen, KeyScript(screen))
    }

    /// Opens the task form and types `title` and `due` into it.
    func newTask(_ script: KeyScript, _ title: String, due: String) throws {
        script.press(.character("T"))
        script.type(title)
        try script.go(to: "By when")
        script.type(due)
    }

    static func utc(_ text: String) -> Date {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyy-MM-dd HH:mm"
        return f.date(from: text)!
    }

    @Test func aTaskDueOnFriday() throws {
        let fixture = try EntryFixture()
        let (screen, script) = try dashboard(fixture)
        try newTask(script, "Send the fluids chart", due: "Fri 17:00")
        script.press(.control("s"))
        #expect(screen.presentedScreen == nil)
        #expect(fixture.store.openTasks.first?.due == Self.utc("2026-11-27 17:00"))
    }

    /// "23:59" read as tonight while it was typed reads as tomorrow night once the day turns:
    /// the form keeps the date the worker read, written out, says so, and saves that.
    @Test func aTimeTypedBeforeMidnightKeepsTheDayItReadAs() throws {
        let fixture = try EntryFixture()
        fixture.clock.set(Self.utc("2026-11-25 23:59") + 30)
        let (screen, script) = try dashboard(fixture)
        try newTask(script, "Send the fluids chart", due: "23:59")
        #expect(script.render(120, 40).contains("→ Wed 25 Nov 23:59"), "\(script.render(120, 40))")
        fixture.clock.set(Self.utc("2026-11-26 00:00") + 30)
        // The minute turning redraws the form: the field keeps what it read as.
        let shown = script.render(120, 40)
        #expect(shown.contains("2026-11-25 23:59"), "\(shown)")
        #expect(shown.contains("The day has turned since you typed it: kept as Wed 25 Nov 23:59, as it read then"), "\(shown)")
        script.press(.control("s"))
        #expect(screen.presentedScreen == nil, "\(script.render(120, 40))")
        #expect(fixture.store.openTasks.first?.due == Self.utc("2026-11-25 23:59"))
    }

    /// A time worked out from now moves with the clock, and saves at once: it is not asked
    /// about unless its day changes.
    @Test func aTimeFromNowSavesAtOnce() throws {
        let fixture = try EntryFixture()
        let (screen, script) = try dashboard(fixture)
        try newTask(script, "Ring Dr Chen back", due: "+2h")
        _ = script.render(120, 40)
        fixture.clock.advance(by: 45)
        _ = script.render(120, 40)
        script.press(.control("s"))
        #expect(screen.presentedScreen == nil, "\(script.render(120, 40))")
        #expect(fixture.store.openTasks.first?.due == Self.utc("2026-11-25 12:00") + 45)
    }

    /// The same across midnight: "+2h" typed at 21:59:50 is two hours from the save, even when
    /// that is tomorrow, and is neither asked about nor written out.
    @Test func aTimeFromNowAcrossMidnightSavesAtOnce() throws {
        let fixture = try EntryFixture()
        fixture.clock.set(Self.utc("2026-11-25 21:59") + 50)
        let (screen, script) = try dashboard(fixture)
        try newTask(script, "Ring Dr Chen back", due: "+2h")
        _ = script.render(120, 40)
        fixture.clock.advance(by: 20)
        #expect(script.render(120, 40).contains("By when                +2h"), "\(script.render(120, 40))")
        script.press(.control("s"))
        #expect(screen.presentedScreen == nil, "\(script.render(120, 40))")
        #expect(fixture.store.openTasks.first?.due == Self.utc("2026-11-26 00:00") + 10)
    }

    /// A contact's follow-ups keep the day they read as too: the one in the fields at the save,
    /// and one kept with Ctrl-T before midnight, which is written out when it is kept.
    @Test func aContactsFollowUpsKeepTheDayTheyReadAsAcrossMidnight() throws {
        let fixture = try EntryFixture()
        fixture.clock.set(Self.utc("2026-11-25 23:59") + 20)
        let (screen, script) = try dashboard(fixture)
        script.press(.character("a"))
        script.type("zoe")
        script.press(.enter)
        try script.go(to: "Partner")
        script.type("patel")
        script.press(.enter)
        try script.go(to: "Summary")
        script.type("Dentist rang about a loose crown")
        try script.go(to: "When")
        script.type("23:59")
        try script.go(to: "Follow-up")
        script.type("Ring the dentist back")
        try script.go(to: "By when")
        script.type("23:59")
        script.press(.control("t"))
        #expect(script.render(120, 40).contains("Also: task “Ring the dentist back”, you, by Wed 25 Nov 23:59"), "\(script.render(120, 40))")
        try script.go(to: "Follow-up")
        script.type("Tell the family")
        try script.go(to: "By when")
        script.type("23:59")
        _ = script.render(120, 40)
        fixture.clock.set(Self.utc("2026-11-26 00:00") + 10)
        script.press(.control("s"))
        #expect(screen.presentedScreen == nil, "\(script.render(120, 40))")
        #expect(fixture.store.recentContacts.first?.happenedAt == Self.utc("2026-11-25 23:59"), "the call a minute ago, not tonight's")
        #expect(fixture.store.openTasks.map(\.due) == [Self.utc("2026-11-25 23:59"), Self.utc("2026-11-25 23:59")])
    }

    /// A form restored from a draft after midnight reads its times as of when the draft was
    /// last changed.
    @Test func aDraftReopenedAfterMidnightKeepsTheDayItsTimeReadAs() throws {
        let fixture = try EntryFixture()
        fixture.clock.set(Self.utc("2026-11-25 23:59") + 20)
        var (screen, script) = try dashboard(fixture)
        try newTask(script, "Send the fluids chart", due: "23:59")
        _ = script.render(120, 40)
        fixture.clock.set(Self.utc("2026-11-26 00:00") + 40)
        (screen, script) = try dashboard(fixture)        // the session dropped; the draft was kept
        script.press(.character("T"))
        let shown = script.render(120, 40)
        #expect(shown.contains("2026-11-25 23:59"), "\(shown)")
        script.press(.control("s"))
        #expect(screen.presentedScreen == nil, "\(script.render(120, 40))")
        #expect(fixture.store.openTasks.first?.due == Self.utc("2026-11-25 23:59"))
    }

    /// A time that reads the same at the save, however long the form was open, saves at once.
    @Test func aTimeThatStillReadsAsShownSavesAtOnce() throws {
        let fixture = try EntryFixture()
        let (screen, script) = try dashboard(fixture)
        try newTask(script, "Send the fluids chart", due: "Fri 17:00")
        _ = script.render(120, 40)
        fixture.clock.advance(by: 3 * 3600)
        script.press(.control("s"))
        #expect(screen.presentedScreen == nil, "\(script.render(120, 40))")
        #expect(fixture.store.openTasks.first?.due == Self.utc("2026-11-27 17:00"))
    }

    @Test func aTaskWithAnUnreadableDueIsRefusedSayingWhy() throws {
        let fixture = try EntryFixture()
        let (screen, script) = try dashboard(fixture)
        try newTask(script, "Send the fluids chart", due: "Fryday")
        script.press(.control("s"))
        #expect(screen.presentedScreen != nil, "refused, the form stays")
        let shown = script.render(120, 40)
        #expect(shown.contains("“Fryday” is not a date or time I can read"), "\(shown)")
        #expect(fixture.store.openTasks.isEmpty)
        script.press(.control("u"))
        script.type("in 3 days")
        script.press(.control("s"))
        #expect(screen.presentedScreen == nil)
        #expect(fixture.store.openTasks.first?.due == Self.utc("2026-11-28 23:59"), "a day ahead is due by its end")
    }

    @Test func aContactHappenedYesterdayWithAFollowUpDueTomorrow() throws {
        let fixture = try EntryFixture()
        let (screen, script) = try dashboard(fixture)
        script.press(.character("a"))
        script.type("zoe")
        script.press(.enter)                       // takes the person; the focus stays there
        try script.go(to: "Partner")
        script.type("patel")
        script.press(.enter)
        try script.go(to: "Summary")
        script.type("GP rang about Zoë's cough")
        try script.go(to: "When")
        script.type("yesterday 09:30")
        try script.go(to: "Follow-up")
        script.type("Ring the surgery back")
        try script.go(to: "By when")
        script.type("tomorrow noon")
        script.press(.control("s"))
        #expect(screen.presentedScreen == nil, "\(script.render(120, 40))")
        let contact = try #require(fixture.store.recentContacts.first)
        #expect(contact.happenedAt == Self.utc("2026-11-24 09:30"))
        #expect(fixture.store.openTasks.first?.due == Self.utc("2026-11-26 12:00"))
    }

    @Test func aContactOnAWeekdayIsTheLastOne() throws {
        let fixture = try EntryFixture()
        let (screen, script) = try dashboard(fixture)
        script.press(.character("a"))
        script.type("zoe")
        script.press(.enter)                       // takes the person; the focus stays there
        try script.go(to: "Partner")
        script.type("patel")
        script.press(.enter)
        try script.go(to: "Summary")
        script.type("Letter came about the hearing test")
        try script.go(to: "When")
        script.type("Mon 16:00")
        script.press(.control("s"))
        #expect(screen.presentedScreen == nil, "\(script.render(120, 40))")
        #expect(fixture.store.recentContacts.first?.happenedAt == Self.utc("2026-11-23 16:00"))
    }

    @Test func aBasisReviewInSixMonths() throws {
        let fixture = try EntryFixture()
        let (_, script) = try dashboard(fixture)
        script.press(.character("P"))
        script.type("zoe")
        script.press(.enter)
        try script.go(to: "Review the basis on")
        script.press(.control("u"))
        script.type("in 6 months")
        try script.go(to: "Why you are changing this")
        script.type("Reviewed with Zoë")
        script.press(.control("s"))
        let person = try #require(fixture.store.person(id: fixture.zoe.id))
        #expect(person.basis.reviewDue == Self.utc("2027-05-25 00:00"))
    }

    @Test func anAgreementStartsOnADayWrittenDayFirst() throws {
        let fixture = try EntryFixture()
        let (screen, script) = try dashboard(fixture)
        script.press(.character("g"))
        script.type("zoe")
        script.press(.enter)
        try script.go(to: "Primary contact")
        script.type("Marcus Webb (social worker)")
        try script.go(to: "Starts")
        script.type("1/12")
        try script.go(to: "Ends")
        script.type("in 6 months")
        script.press(.control("s"))
        #expect(screen.presentedScreen == nil, "\(script.render(120, 40))")
        let added = try #require(try fixture.store.agreements(forPerson: fixture.zoe.id).last)
        #expect(added.starts == Self.utc("2026-12-01 00:00"))
        #expect(added.ends == Self.utc("2027-05-25 00:00"))
    }

    @Test func someoneLeftOnMonday() throws {
        let fixture = try EntryFixture()
        let (screen, script) = try dashboard(fixture)
        script.press(.character("L"))
        script.type("harold")
        script.press(.enter)
        try script.go(to: "On")
        script.type("Mon")
        try script.go(to: "Why (for the history)")
        script.type("Moved nearer his daughter")
        script.press(.control("s"))
        #expect(screen.presentedScreen == nil, "\(script.render(120, 40))")
        let harold = try #require(fixture.store.person(id: fixture.harold.id))
        #expect(harold.discharged == Self.utc("2026-11-23 00:00"))
    }

    @Test func aConfirmationReceivedYesterdayAfternoon() throws {
        let fixture = try EntryFixture()
        let advice = try fixture.store.addContact(ContactDraft(
            personID: fixture.zoe.id, partnerID: fixture.patel.id, channel: .phone, direction: .incoming,
            happenedAt: Self.utc("2026-11-23 09:00"), summary: "Dose change", advice: "Halve the dose",
            confirmation: .requested))
        let (screen, script) = try dashboard(fixture)
        script.press(.character("w"))
        script.type("dose")
        script.press(.enter)
        try script.go(to: "What happened")
        script.press(.right)                       // chased → received
        try script.go(to: "When")
        script.type("yesterday 3:15pm")
        script.press(.control("s"))
        #expect(screen.presentedScreen == nil, "\(script.render(120, 40))")
        let saved = try #require(try fixture.store.contact(id: advice.id))
        #expect(saved.confirmation?.receivedAt == Self.utc("2026-11-24 15:15"))
    }

    @Test func theDayJumpTakesDayWordsAndRefusesNonsense() throws {
        let fixture = try EntryFixture()
        let (screen, script) = try dashboard(fixture)
        script.press(.character("d"))
        script.type("Fri")
        script.press(.enter)
        #expect(screen.state.day == Self.utc("2026-11-20 00:00"), "a past weekday: the dashboard looks back")
        script.press(.character("d"))
        script.type("24/11")
        script.press(.enter)
        #expect(screen.state.day == Self.utc("2026-11-24 00:00"))
        script.press(.character("d"))
        script.type("someday")
        script.press(.enter)
        #expect(screen.state.day == Self.utc("2026-11-24 00:00"))
        #expect(script.render(120, 40).contains("“someday” is not a date I can read"))
    }

    @Test func theExceptionRegisterPeriodTakesDayWords() throws {
        let fixture = try EntryFixture()
        let (_, script) = try dashboard(fixture)
        script.press(.character("x"))
        script.press(.character("d"))
        script.type("1/11 yesterday")
        script.press(.enter)
        #expect(script.render(140, 40).contains("Sharing exceptions"))
        let register = try #require(screenRegister(script))
        #expect(register.from == Self.utc("2026-11-01 00:00") && register.to == Self.utc("2026-11-24 00:00"))
        script.press(.character("d"))
        script.type("3 months ago to today")
        script.press(.enter)
        #expect(register.from == Self.utc("2026-08-25 00:00") && register.to == Self.utc("2026-11-25 00:00"))
        script.press(.character("d"))
        script.type("1/11 31/11")
        script.press(.enter)
        #expect(script.render(140, 40).contains("November has 30 days"))
    }

    private func screenRegister(_ script: KeyScript) -> ExceptionRegisterView? {
        (script.screen as? DashboardScreen)?.presentedScreen as? ExceptionRegisterView
    }

    @Test func aCapacityAssessmentOnTheLastMonday() throws {
        let fixture = try EntryFixture()
        _ = try fixture.store.addPerson(PersonDraft(name: "Ivy Stone", location: "Room 2", basis: .none))
        let (screen, script) = try dashboard(fixture)
        script.press(.character("a"))
        script.type("ivy")
        script.press(.enter)                       // takes the person; the focus stays there
        try script.go(to: "Partner")
        script.type("patel")
        script.press(.enter)
        try script.go(to: "Summary")
        script.type("Shared his medication list")
        try script.go(to: "We shared information")
        script.press(.right)
        try script.go(to: "Exception")
        script.press(.right)                       // best interests
        try script.go(to: "Why")
        script.type("He could not weigh up the choice today")
        try script.go(to: "Capacity assessed by")
        script.type("Dr Okafor")
        try script.go(to: "Assessed on")
        script.type("last mon")
        try script.go(to: "For which decision")
        script.type("Sharing his medication list")
        try script.go(to: "Who was consulted")
        script.type("His daughter")
        script.press(.control("s"))
        #expect(screen.presentedScreen == nil, "\(script.render(120, 40))")
        let contact = try #require(fixture.store.recentContacts.first)
        #expect(contact.sharingException?.capacity?.assessedOn == Self.utc("2026-11-23 00:00"))
    }

    @Test func aCorrectedContactTimeTakesWords() throws {
        let fixture = try EntryFixture()
        let saved = try fixture.store.addContact(ContactDraft(
            personID: fixture.zoe.id, partnerID: fixture.patel.id, channel: .phone, direction: .incoming,
            happenedAt: Self.utc("2026-11-25 09:00"), summary: "Rang about the rash"))
        let (screen, script) = try dashboard(fixture)
        script.press(.character("c"))
        script.type("rash")
        script.press(.enter)
        try script.go(to: "When it happened")
        script.press(.control("u"))
        script.type("yesterday 4:30pm")
        try script.go(to: "Why you are correcting it")
        script.type("It was yesterday's call")
        script.press(.control("s"))
        #expect(screen.presentedScreen == nil, "\(script.render(120, 40))")
        #expect(try fixture.store.contact(id: saved.id)?.happenedAt == Self.utc("2026-11-24 16:30"))
    }

    @Test func aDelayedTaskGetsANewDueTime() throws {
        let fixture = try EntryFixture()
        let task = try fixture.store.addTask(TaskDraft(title: "Ring the GP back", partnerID: fixture.patel.id, due: Self.utc("2026-11-25 11:00")))
        let (screen, script) = try dashboard(fixture)
        script.press(.character("u"))
        script.type("gp back")
        script.press(.enter)
        try script.go(to: "What happened")
        script.press(.right)                       // delayed
        try script.go(to: "What is holding it up")
        script.type("Surgery closed for training")
        try script.go(to: "New due time")
        script.type("+2h")
        script.press(.control("s"))
        #expect(screen.presentedScreen == nil, "\(script.render(120, 40))")
        #expect(try fixture.store.task(id: task.id)?.due == Self.utc("2026-11-25 12:00"))
    }

    @Test func monthFirstWhereTheServiceSaysSo() throws {
        let fixture = try EntryFixture()
        fixture.store.apply(ServiceSettings(dateOrder: .monthFirst))
        let (screen, script) = try dashboard(fixture)
        try newTask(script, "Send the fluids chart", due: "12/1 9am")
        script.press(.control("s"))
        #expect(screen.presentedScreen == nil)
        #expect(fixture.store.openTasks.first?.due == Self.utc("2026-12-01 09:00"))
    }
}

extension KeyScript {
    /// The label of the focused field: the one drawn in the emphasis style.
    func focusedRow(_ labels: [String]) -> String? {
        var grid = CellGrid(size: Size(width: 120, height: 40))
        screen.draw(into: &grid, theme: .monochrome)
        let emphasis = Theme.monochrome[.emphasis]
        for y in 0..<40 {
            let cells = (0..<120).map { grid[$0, y] }
            let text = cells.map { $0.text.isEmpty ? "" : $0.text }.joined()
            for label in labels {
                guard let range = text.range(of: label + " ") ?? text.range(of: label + ":") else { continue }
                let column = text.distance(from: text.startIndex, to: range.lowerBound)
                if column < cells.count, cells[column].style == emphasis { return label }
            }
        }
        return nil
    }

    /// Tabs to the field labelled `label` (at most once round the form).
    func go(to label: String) throws {
        for _ in 0..<40 {
            if focusedRow([label]) == label { return }
            press(.tab)
        }
        throw FieldError(label, "no field labelled \(label) took the focus:\n\(render(120, 40))")
    }
}
