import Foundation
import LiaisonTestSupport
import Testing
import TerminalUI
@testable import Dashboard
@testable import LiaisonCore

/// R11: a colleague saves the record an edit form was filled from while the form is open. The
/// store refuses to write over their change; the form then takes their change in and keeps the
/// worker's typing, so the next Ctrl-S saves both — it used to say "look again and repeat your
/// change" and refuse every save until the form was left.
@Suite struct VersionConflictFormTests {
    let fixture: EntryFixture
    /// The same store file, opened by a colleague in another terminal.
    let colleague: Store

    init() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("entry-conflict-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("s.sqlite").path
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let clock = ManualClock(EntryFixture.start)
        let store = try Store.create(path: path, staff: "Amara Okafor", clock: clock, calendar: calendar)
        _ = try EntryFixture.fill(store)
        fixture = try EntryFixture(store: store, storePath: path)
        colleague = try Store.open(path: path, staff: "Kim Lee", clock: clock, calendar: calendar)
    }

    /// The partner form, filled from Dr Patel, with the phone typed anew.
    func partnerFormWithNewPhone(_ phone: String) throws -> (EntryFormScreen, KeyScript) {
        let screen = try #require(EntryFlows(store: fixture.store, drafts: fixture.drafts).open(.partnerEdit) as? EntryFormScreen)
        let script = KeyScript(screen)
        script.type("patel")
        script.press(.enter)
        for _ in 0..<4 { script.press(.tab) }  // name, role, organisation: to the phone
        #expect(screen.model.focus == "phone")
        script.type(phone)
        script.press(.tab)
        script.press(.tab)  // to the reason
        script.type("New direct line")
        return (screen, script)
    }

    @Test func aColleaguesChangeToAnotherAnswerIsTakenInAndTheNextSaveKeepsBoth() throws {
        let (screen, script) = try partnerFormWithNewPhone("01632 960 123")
        var theirs = try #require(colleague.partner(id: fixture.patel.id))
        theirs.email = "patel@riverside.example"
        _ = try colleague.correct(theirs, reason: "Surgery sent his email")

        script.press(.control("s"))
        #expect(!screen.isSaved)
        let text = script.render(120, 30)
        #expect(text.contains("Kim Lee changed this partner since you opened it: their change is in the form now."), "\(text)")
        #expect(screen.model["email"] == "patel@riverside.example")
        #expect(screen.model["phone"] == "01632 960 123")
        #expect(screen.model.errors.isEmpty)

        script.press(.control("s"))
        #expect(screen.isSaved, "\(String(describing: screen.message))")
        let saved = try #require(fixture.store.partner(id: fixture.patel.id))
        #expect(saved.phone == "01632 960 123" && saved.email == "patel@riverside.example")
        #expect(try fixture.store.history(of: saved.id).count == 2, "theirs, then ours, each a version in the history")
    }

    @Test func anAnswerBothChangedKeepsTheWorkersAndSaysWhatTheColleagueWrote() throws {
        let (screen, script) = try partnerFormWithNewPhone("01632 960 123")
        var theirs = try #require(colleague.partner(id: fixture.patel.id))
        theirs.phone = "01632 960 999"
        _ = try colleague.correct(theirs, reason: "Rang from a new number")

        script.press(.control("s"))
        #expect(!screen.isSaved)
        #expect(screen.model["phone"] == "01632 960 123")
        #expect(screen.model.focus == "phone")
        let text = script.render(120, 30)
        #expect(text.contains("saved as “01632 960 999” meanwhile; yours is kept: change it if theirs is right"), "\(text)")
        #expect(screen.message?.contains("where you both changed an answer yours is kept (marked !)") == true, "\(String(describing: screen.message))")

        script.press(.control("s"))
        #expect(screen.isSaved)
        #expect(fixture.store.partner(id: fixture.patel.id)?.phone == "01632 960 123")
    }

    /// Reopened from a draft an older build wrote, the form does not know what it was filled
    /// with: every answer that differs from the record as stored now is kept and marked, none
    /// taken in unseen.
    @Test func aFormReopenedFromAnOlderDraftMarksEveryAnswerThatDiffers() throws {
        _ = try partnerFormWithNewPhone("01632 960 123")
        var theirs = try #require(colleague.partner(id: fixture.patel.id))
        theirs.email = "patel@riverside.example"
        _ = try colleague.correct(theirs, reason: "Surgery sent his email")
        var older = try #require(try fixture.drafts.load("partner-edit"))
        #expect(older.values["filled:base"] != nil, "this build keeps what the form was filled with")
        older.values = older.values.filter { !$0.key.hasPrefix("filled:base") }
        try fixture.drafts.save(older)

        let reopened = try #require(EntryFlows(store: fixture.store, drafts: fixture.drafts).open(.partnerEdit) as? EntryFormScreen)
        let script = KeyScript(reopened)
        script.press(.control("s"))
        #expect(!reopened.isSaved)
        #expect(Set(reopened.model.errors.keys) == ["phone", "email"], "\(reopened.model.errors)")
        #expect(reopened.model["email"] == "", "the typing as it was is kept")
        script.press(.control("s"))
        #expect(reopened.isSaved, "shown the difference, the worker's save goes through")
    }

    /// The leaving form's answers depend on whether the person has left: a colleague's leaving
    /// meanwhile is not merged (it turned "Discharged" into "Came back"), and the next Ctrl-S is
    /// refused too, until the person is opened again.
    @Test func aLeavingMeanwhileIsNotMergedIntoTheLeavingForm() throws {
        let screen = try #require(EntryFlows(store: fixture.store, drafts: fixture.drafts).open(.leaving) as? EntryFormScreen)
        let script = KeyScript(screen)
        script.type("zoe")
        script.press(.enter)
        #expect(screen.model["action"] == "discharged")
        while screen.model.focus != "reason" { script.press(.tab) }
        script.type("Went home with her family")
        let theirs = try #require(colleague.person(id: fixture.zoe.id))
        _ = try colleague.leave(theirs, as: .moved, on: EntryFixture.start, note: nil, reason: "Moved to her daughter's")

        script.press(.control("s"))
        #expect(!screen.isSaved)
        #expect(screen.model["action"] == "discharged", "nothing taken in")
        #expect(screen.message?.contains("Kim Lee changed this person since you opened it: it may now read otherwise") == true,
                "\(String(describing: screen.message))")
        script.press(.control("s"))
        #expect(!screen.isSaved, "still refused: the form holds the person as they were")
        #expect(colleague.person(id: fixture.zoe.id)?.leaving?.kind == .moved, "their leaving stands")
    }

    /// "Last night" is said of an evening time typed in the small hours only: at 14:30, 16:00
    /// is later today, not last night.
    @Test func theLastNightHintIsForTheSmallHoursOnly() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let at = { (hour: Int, minute: Int) in calendar.date(from: DateComponents(year: 2026, month: 11, day: 25, hour: hour, minute: minute))! }
        #expect(EntryTimeRule.lastNight(at(23, 45), now: at(0, 30), calendar: calendar) == "; if it was last night, write “yesterday 23:45”")
        #expect(EntryTimeRule.lastNight(at(16, 0), now: at(14, 30), calendar: calendar) == "")
        #expect(EntryTimeRule.lastNight(at(2, 0), now: at(0, 30), calendar: calendar) == "", "2:00 is not last night's evening")
    }
}
