import Foundation
import Testing
import TerminalUI
@testable import Dashboard
@testable import LiaisonCore

/// Issue 13 part 4: a form that forgives speed. Its Tab order never shifts under typing ahead,
/// letters never change a choice, the cursor is where the typing goes, advice wraps to be read
/// back whole, and typed times are read back at once.
@Suite struct EntryFormSpeedTests {
    /// The realistic GP call, typed as a fast worker would, from the dashboard.
    func typeTheGPCall(_ script: KeyScript, check: (String) -> Void) {
        script.press(.character("a"))
        script.type("zoe")
        script.press(.tab)                         // the only match is taken, on to the partner
        script.type("patel")
        script.press(.tab)                         // the only match again, on to the summary
        script.type("GP rang about Zoë's cough")
        script.press(.tab)
        script.type("Give paracetamol 1 g four times a day for three days. If her temperature goes over 38 °C or she becomes drowsy, ring the surgery at once and ask for the duty doctor.")
        script.press(.tab)
        script.press(.right)                       // written confirmation: requested
        script.type("email to the surgery")        // letters go on to "Asked for how"
        check("confirmation")
        script.press(.tab)
        script.type("Paracetamol added to the MAR chart")
        script.press(.tab)
        script.type("GP advice on the phone")
        script.press(.tab)
        script.type("Ring the GP back with her temperature")
        script.press(.tab)
        script.press(.right)                       // a promise
        script.type("Fri 17:00")                   // on to "By when"
        check("due")
        script.press(.control("s"))
    }

    @Test func theGPCallTakesTheTypedTextPlusAtMostTwelveKeys() throws {
        let fixture = try EntryFixture()
        let dashboard = try DashboardScreen(store: fixture.store)
        dashboard.entry = EntryFlows(store: fixture.store, drafts: fixture.drafts)
        let script = KeyScript(dashboard)
        typeTheGPCall(script) { step in
            let screen = script.render(100, 40)
            switch step {
            case "confirmation":
                #expect(screen.contains("[Requested]") && screen.contains("Asked for how          email to the surgery"), "\(screen)")
            default:
                #expect(screen.contains("By when                Fri 17:00") && screen.contains("→ Fri 27 Nov 17:00"), "\(screen)")
            }
        }
        #expect(dashboard.presentedScreen == nil, "the form should have closed on saving")
        #expect(script.keys <= 12)
        let contact = try #require(fixture.store.recentContacts.first)
        #expect(contact.personID == fixture.zoe.id && contact.partnerID == fixture.patel.id)
        #expect(contact.confirmation?.state == .requested && contact.confirmation?.method == "email to the surgery")
        #expect(contact.carePlanAmendment == CarePlanAmendment(change: "Paracetamol added to the MAR chart", reason: "GP advice on the phone"))
        let task = try #require(fixture.store.openTasks.first)
        #expect(task.isPromise && task.title == "Ring the GP back with her temperature")
    }

    /// A contact half-typed: Zoë and Dr Patel taken, a summary, long advice, confirmation asked
    /// for, a promise being typed; the cursor in "By when".
    func halfTyped(_ fixture: EntryFixture) -> (ContactEntryScreen, KeyScript) {
        let (screen, script) = fixture.contactBegun("zoe", "patel", "GP rang about Zoë's cough")
        script.press(.tab)
        script.type("Give paracetamol 1 g four times a day for three days. If her temperature goes over 38 °C or she becomes drowsy, ring the surgery at once and ask for the duty doctor.")
        script.press(.tab, .right)
        script.type("email to the surgery")
        script.press(.tab, .tab, .tab)
        script.type("Ring the GP back with her temperature")
        script.press(.tab, .right)
        script.type("tomorrow 10:00")
        return (screen, script)
    }

    @Test func theContactFormAtEightyByTwentyFour() throws {
        let (_, script) = halfTyped(try EntryFixture())
        let screen = script.render(80, 24)
        #expect(screen == Self.expected80x24)
    }

    @Test func theContactFormAtTwoHundredBySixty() throws {
        let (_, script) = halfTyped(try EntryFixture())
        let screen = script.render(200, 60)
        #expect(screen == Self.expected200x60)
    }

    /// The terminal's cursor is where the next letter goes: in "By when" after the text, on the
    /// wrapped advice's last row after its last word, and nowhere while a question is open.
    @Test func theCursorIsInTheFocusedField() throws {
        let fixture = try EntryFixture()
        let (screen, script) = halfTyped(fixture)
        func cursor() -> Position? {
            var grid = CellGrid(size: Size(width: 80, height: 24))
            screen.draw(into: &grid, theme: .monochrome)
            return grid.cursor
        }
        // "By when" is row 17 at 80×24; its input starts at column 24, "tomorrow 10:00" is 14 wide.
        #expect(cursor() == Position(x: 24 + 14, y: 17))
        script.press(.home)
        #expect(cursor() == Position(x: 24, y: 17))
        while screen.form.focus != .advice { script.press(.backTab) }
        // The advice's last wrapped row is "doctor." on row 9: the cursor after it.
        #expect(cursor() == Position(x: 24 + 7, y: 9))
        script.press(.backTab)                     // the summary
        #expect(cursor() == Position(x: 24 + "GP rang about Zoë's cough".count, y: 5))
        script.press(.escape)                      // "Discard this contact?" takes the keys
        #expect(cursor() == nil)
    }

    /// Typing ahead on a choice never changes it: the letters go on to the next input that
    /// takes text, which takes the focus, so nothing typed is lost and no answer is guessed.
    @Test func typingAheadIntoAChoiceDoesNotChangeIt() throws {
        let fixture = try EntryFixture()
        let screen = fixture.contactScreen()
        let script = KeyScript(screen)
        while screen.form.focus != .confirmation { script.press(.tab) }
        script.type("received by email")           // "r" once picked "Received"
        #expect(screen.form.choice(.confirmation) == "")
        #expect(screen.form.text(.confirmationNote) == "received by email")
        #expect(screen.form.focus == .confirmationNote)
        while screen.form.focus != .channel { script.press(.tab) }
        script.type("visit yesterday 10:00")       // "v" once picked "Visit"
        #expect(screen.form.choice(.channel) == "phone" && screen.form.choice(.direction) == "incoming")
        #expect(screen.form.text(.when) == "visit yesterday 10:00", "past both choices, into the next text")
        // On the last input, a choice with nothing after it, letters are refused with the keys that work.
        while screen.form.focus != .shared { script.press(.tab) }
        script.type("y")
        #expect(screen.form.choice(.shared) == "no")
        #expect(script.render(100, 40).contains("! letters do not change this answer: use ← → or Space"))
        script.press(.right)
        #expect(screen.form.choice(.shared) == "yes")
    }

    /// Enter takes a match and stays, so the footer's "Tab next" goes to the very next field;
    /// Tab on the only match takes it and moves on. Optional inputs never appear mid-way.
    @Test func enterTakesAMatchAndTabGoesToTheNextField() throws {
        let fixture = try EntryFixture()
        let screen = fixture.contactScreen()
        let script = KeyScript(screen)
        let before = screen.form.visibleFields
        script.type("zo")
        script.press(.enter)
        #expect(screen.form.person.chosen?.id == fixture.zoe.id && screen.form.focus == .person)
        script.press(.tab)
        #expect(screen.form.focus == .partner)
        script.type("a")                           // several match: Tab does not guess
        script.press(.tab)
        #expect(screen.form.partner.chosen == nil && screen.form.focus == .summary)
        // Answers that add inputs add them at the end: the order of the others stays.
        while screen.form.focus != .shared { script.press(.tab) }
        script.press(.right)
        let harold = fixture.contactScreen()
        let other = KeyScript(harold)
        other.type("harold")
        other.press(.tab)
        while harold.form.focus != .shared { other.press(.tab) }
        other.press(.right)
        #expect(Array(harold.form.visibleFields.prefix(before.count)) == before)
        #expect(harold.form.visibleFields.dropFirst(before.count) == [.exception, .exceptionReason, .decidedBy])
    }

    /// Staff who press Enter on the person and type on, as Enter moves on everywhere else,
    /// search for the partner: the person stays the one they picked.
    @Test func typingOnAfterEnterTookThePersonSearchesForThePartner() throws {
        let fixture = try EntryFixture()
        let screen = fixture.contactScreen()
        let script = KeyScript(screen)
        script.type("zo")
        script.press(.enter)
        script.type("patel")
        #expect(screen.form.person.chosen?.id == fixture.zoe.id)
        #expect(screen.form.focus == .partner && screen.form.partner.query.text == "patel")
        script.press(.enter)
        #expect(screen.form.partner.chosen?.id == fixture.patel.id)
    }

    /// The confirmation step on long advice, at 80 columns: the advice picked is shown whole,
    /// wrapped, not its last few words scrolled into one row.
    @Test func theConfirmationFormShowsLongAdviceWholeAtEightyColumns() throws {
        let fixture = try EntryFixture()
        let advice = "Two puffs of the brown inhaler morning and night, rinse her mouth afterwards, and ring the surgery if she is more breathless than usual or her lips look blue."
        let contact = try fixture.store.addContact(ContactDraft(personID: fixture.zoe.id, partnerID: fixture.patel.id, channel: .phone,
                                                               summary: "GP rang about her inhaler", advice: advice))
        let entry = EntryFlows(store: fixture.store, drafts: fixture.drafts)
        let script = KeyScript(entry.confirm(contactID: contact.id))
        let screen = script.render(80, 24)
        let words = screen.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        #expect(words.contains("Zoë Adams: " + advice), "\(screen)")
    }

    /// A typed time is read back as it is typed, and one that cannot be read says so at once.
    @Test func typedTimesAreReadBackBeforeSaving() throws {
        let fixture = try EntryFixture()
        let screen = fixture.contactScreen()
        let script = KeyScript(screen)
        while screen.form.focus != .when { script.press(.tab) }
        script.type("yesterday 09:30")
        #expect(script.render(100, 40).contains("→ Tue 24 Nov 09:30"))
        script.press(.control("u"))
        script.type("2027-01-04 09:00")
        #expect(script.render(100, 40).contains("→ Mon 4 Jan 2027 09:00"), "another year is named")
        script.press(.control("u"))
        script.type("24/11/2016 09:30")
        #expect(script.render(100, 40).contains("→ Thu 24 Nov 2016 09:30, 10 years ago"), "a year typed wrong is seen as a distance")
        script.press(.control("u"))
        script.type("half past")
        let words = script.render(100, 40).split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        #expect(words.contains("“half past” is not a date or time I can read"), "said under the field before any save")
        #expect(screen.form.errors.isEmpty, "a reading is not a refusal: nothing is marked ! yet")
    }

    static let expected80x24 = """
         New contact / advice

         Person                 Zoë Adams  Room 4
                                Sharing: they consented
         Partner                Dr Anil Patel  GP · Riverside Surgery
         Summary                GP rang about Zoë's cough
         Advice (their words)   Give paracetamol 1 g four times a day for three days.
                                If her temperature goes over 38 °C or she becomes
                                drowsy, ring the surgery at once and ask for the duty
                                doctor.
         Written confirmation    Decide later (owed) [Requested] Received  Not needed
                                 Not possible
         Asked for how          email to the surgery
         Care plan changed       leave empty if the care plan did not change
         Why it changed
         Follow-up              Ring the GP back with her temperature
         Task or promise         Task [Promise (e.g. call back)]
         By when                tomorrow 10:00
                                → Thu 26 Nov 10:00
         Who will do it          you, unless you name someone
         How                    [Phone] Email  Visit  Meeting  Video  Letter
         Who called             [They contacted us] We contacted them

         Tab next  Enter pick/new line  Ctrl-S save  Esc cancel
        """
    static let expected200x60 = """
         New contact / advice

         Person                 Zoë Adams  Room 4
                                Sharing: they consented
         Partner                Dr Anil Patel  GP · Riverside Surgery
         Summary                GP rang about Zoë's cough
         Advice (their words)   Give paracetamol 1 g four times a day for three days. If her temperature goes over 38 °C or she becomes drowsy, ring the surgery at once and ask for the duty doctor.


         Written confirmation    Decide later (owed) [Requested] Received  Not needed  Not possible
         Asked for how          email to the surgery
         Care plan changed       leave empty if the care plan did not change
         Why it changed
         Follow-up              Ring the GP back with her temperature
         Task or promise         Task [Promise (e.g. call back)]
         By when                tomorrow 10:00
                                → Thu 26 Nov 10:00
         Who will do it          you, unless you name someone
         How                    [Phone] Email  Visit  Meeting  Video  Letter
         Who called             [They contacted us] We contacted them
         When                    now (or 14:05, yesterday 09:30, Fri 16:00, 20/11 16:00)
         Nature (R4)             e.g. low single informal indirect (level, agencies, formality, involvement)
         We shared information  [No] Yes




































         Tab next  Enter pick/new line  Ctrl-S save  Esc cancel  Ctrl-T another follow-up
        """
}
