import Foundation
import Testing
import TerminalUI
@testable import Dashboard
@testable import LiaisonCore

/// R6 on the dashboard: `w` on a highlighted contact records the next step on its written
/// confirmation, and `o` lists everything owed in writing, oldest first, with age and chases.
@Suite struct ConfirmationFlowTests {
    let fixture: EntryFixture
    let screen: DashboardScreen
    let script: KeyScript
    let advice: Contact

    init() throws {
        fixture = try EntryFixture()
        advice = try fixture.store.addContact(ContactDraft(
            personID: fixture.zoe.id, partnerID: fixture.patel.id, channel: .phone, happenedAt: EntryFixture.start.addingTimeInterval(-3600),
            summary: "GP rang about her cough", advice: "Two puffs of the brown inhaler morning and night"))
        screen = try DashboardScreen(store: fixture.store)
        screen.entry = EntryFlows(store: fixture.store, drafts: fixture.drafts)
        script = KeyScript(screen)
    }

    var saved: Contact { get throws { try #require(try fixture.store.contact(id: advice.id)) } }

    @Test func adviceWithNoDecisionIsOwedOnTheDayHeader() throws {
        #expect(script.render(200, 30).contains("Owed: 0 to chase · 1 decide: ask in writing · 0 overdue tasks"))
        // Narrower, the numbers stay and the words shorten.
        #expect(script.render(120, 30).contains("Owed: 0 chase, 1 decide, 0 overdue, 0 escalated"))
        #expect(screen.rows(of: .contacts).first?[ContactsPane.confirmationColumn] == "decide")
    }

    @Test func askedThenChasedTwiceThenReceivedFromTheHighlightedContact() throws {
        script.press(.tab)                             // the Contacts pane, the advice highlighted
        script.press(.character("w"))
        #expect(screen.presentedScreen is EntryFormScreen)
        script.press(.tab)                             // "asked for it in writing" is already chosen
        script.type("email to the surgery")
        script.press(.control("s"))
        #expect(screen.presentedScreen == nil)
        #expect(try saved.confirmation?.method == "email to the surgery")
        #expect(fixture.store.chaseList.map(\.id) == [advice.id])

        for (hour, said) in [(1.0, "Left a message with reception"), (3.0, "Reception say it is signed")] {
            fixture.clock.set(EntryFixture.start.addingTimeInterval(hour * 3600))
            script.press(.character("w"))              // on a request, the step offered is a chase
            script.press(.tab)
            script.type(said)
            script.press(.control("s"))
            #expect(screen.presentedScreen == nil)
        }
        #expect(try saved.confirmation?.chases.map(\.note) == ["Left a message with reception", "Reception say it is signed"])
        #expect(screen.rows(of: .contacts).first?[ContactsPane.confirmationColumn] == "chased ×2")

        script.press(.character("w"), .right, .tab, .right, .tab)  // chased → received; email → letter
        script.type("RS/2211")
        script.press(.control("s"))
        #expect(screen.presentedScreen == nil)
        let received = try #require(try saved.confirmation)
        #expect(received.state == .received && received.receivedAs == .letter && received.reference == "RS/2211")
        #expect(fixture.store.chaseList.isEmpty)
        #expect(try fixture.store.history(of: advice.id).count == 4)
    }

    /// A request entered after it was made says when it was made, read back as it is typed.
    @Test func aRequestMadeEarlierIsEnteredWithItsTime() throws {
        script.press(.tab, .character("w"), .tab)
        script.type("email to the surgery")
        script.press(.tab, .tab)                       // past "Asked whom" to "When"
        script.type("09:30")
        #expect(script.render(100, 20).contains("When"))
        #expect(script.render(100, 20).contains("Wed 25 Nov 09:30"))
        script.press(.control("s"))
        #expect(screen.presentedScreen == nil)
        #expect(try saved.confirmation?.requestedAt == EntryFixture.start.addingTimeInterval(-1800))
        #expect(try fixture.store.history(of: advice.id).first?.amendedAt == EntryFixture.start)
    }

    @Test func notNeededAsksForARealReason() throws {
        script.press(.tab, .character("w"), .left, .left, .left, .tab)  // requested → taken back → not possible → not needed
        script.type("x")
        script.press(.control("s"))
        let form = try #require(screen.presentedScreen as? EntryFormScreen)
        #expect(form.model.errors["why"]?.contains("real reason") == true)
        script.type(" — the inhaler is already on her chart")
        script.press(.control("s"))
        #expect(screen.presentedScreen == nil)
        #expect(try saved.confirmation?.state == .notNeeded)
        #expect(fixture.store.undecidedAdvice.isEmpty)
    }

    func receivedByLetter() throws {
        var contact = try fixture.store.recordConfirmation(.requested(how: "email to the surgery"), on: advice)
        contact = try fixture.store.recordConfirmation(.chased(note: "Left a message with reception"), on: contact)
        _ = try fixture.store.recordConfirmation(.received(medium: .letter, reference: "RS/2211"), on: contact)
        #expect(fixture.store.chaseList.isEmpty)
        screen.reloadKeepingSelection()
    }

    /// A letter for another resident was marked received on Zoë's advice. `w` on it offers
    /// every step with none chosen; ← chooses taking it back, which asks why, and puts the
    /// request back on the chase list with its chase; the handover lists it among the corrections.
    @Test func aReceivedMarkedWronglyIsTakenBackToTheChaseList() throws {
        try receivedByLetter()
        script.press(.tab, .character("w"))
        let form = script.render(120, 30)
        #expect(form.contains(" What happened           Asked for it in writing  Chased it  Received it  Not needed  Not possible"), "\(form)")
        #expect(!form.contains("["), "no step is chosen for advice already answered: \(form)")
        #expect(form.contains("Received Wed 25 Nov 10:00"), "\(form)")
        #expect(!form.contains("Why"), "no step's fields show before a step is chosen: \(form)")
        script.press(.left)                            // from no answer, ← is the last: take back
        #expect(script.render(120, 30).contains("[Recorded wrongly: take back]"))
        script.press(.tab)
        script.type("x")
        script.press(.control("s"))
        #expect(screen.presentedScreen != nil, "a reason that says nothing is refused")
        script.press(.control("u"))
        script.type("The letter RS/2211 was about Harold, not Zoë")
        script.press(.control("s"))
        #expect(screen.presentedScreen == nil, "\(script.render(120, 30))")
        let back = try #require(try saved.confirmation)
        #expect(back.state == .requested && back.receivedAt == nil && back.reference == nil && back.receivedAs == nil)
        #expect(back.chases.map(\.note) == ["Left a message with reception"])
        #expect(fixture.store.chaseList.map(\.id) == [advice.id])
        let corrections = try fixture.store.corrections(from: EntryFixture.start - 86_400, to: EntryFixture.start + 86_400)
        #expect(corrections.map(\.reason) == [
            "written confirmation: received taken back, now asked for; recorded wrongly: The letter RS/2211 was about Harold, not Zoë",
        ])
    }

    /// Someone typing on as if the advice were still owed ("email to the surgery", as for a
    /// request) is stopped at the step, never saving their words as a take-back's reason: the
    /// receipt stays as it was, and saving says why nothing was saved.
    @Test func typingOnAnsweredAdviceStopsAtTheStep() throws {
        try receivedByLetter()
        let versions = try fixture.store.history(of: advice.id).count
        script.press(.character("w"))                  // opened from anywhere: pick it by its words
        script.type("inhaler")
        script.press(.enter)
        script.type("email to the surgery")
        let form = try #require(screen.presentedScreen as? EntryFormScreen)
        #expect(form.model.focus == "step")
        #expect(form.model["step"] == "")
        #expect(form.model.errors["step"] == FormModel.choiceFirstNote)
        #expect(form.model.values["why"] == nil && form.model.values["how"] == nil, "\(form.model.values)")
        script.press(.control("s"))
        #expect(screen.presentedScreen != nil)
        #expect(form.model.errors["step"]?.contains("answered already") == true, "\(String(describing: form.model.errors["step"]))")
        #expect(try saved.confirmation?.state == .received)
        #expect(try fixture.store.history(of: advice.id).count == versions)
    }

    /// Advice written on several lines (a dose) reads as its lines on one row, in the Contacts
    /// pane and in the form's list, never run together nor cut to its first line.
    @Test func adviceOnSeveralLinesReadsAsItsLines() throws {
        let dose = try fixture.store.addContact(ContactDraft(
            personID: fixture.harold.id, partnerID: fixture.patel.id, channel: .phone, happenedAt: EntryFixture.start.addingTimeInterval(-600),
            summary: "GP rang", advice: "Paracetamol 500mg\n2 tablets up to 4 times a day\n1 if under 50kg"))
        screen.reloadKeepingSelection()
        let joined = "Paracetamol 500mg ⏎ 2 tablets up to 4 times a day ⏎ 1 if under 50kg"
        #expect(screen.rows(of: .contacts).contains { $0.contains(joined) }, "\(screen.rows(of: .contacts))")
        let item = try #require(EntryItems.owedInWriting(fixture.store, including: nil).first { $0.id == dose.id })
        #expect(item.title.hasSuffix(joined), "\(item.title)")
    }

    /// Advice answered in the days at hand can be picked in the form opened from anywhere.
    @Test func answeredAdviceIsOfferedAfterWhatIsOwed() throws {
        _ = try fixture.store.recordConfirmation(.notNeeded(reason: "The inhaler is already on her chart"), on: advice)
        let items = EntryItems.owedInWriting(fixture.store, including: nil)
        #expect(items.map(\.id) == [advice.id])
        #expect(items.first?.detail.hasSuffix("not needed") == true, "\(String(describing: items.first?.detail))")
    }

    @Test func theOwedListShowsAgeAndChasesOldestFirst() throws {
        fixture.clock.set(EntryFixture.start.addingTimeInterval(-2 * 86_400 + 600))
        let older = try fixture.store.addContact(ContactDraft(
            personID: fixture.harold.id, partnerID: fixture.kofi.id, channel: .visit, happenedAt: EntryFixture.start.addingTimeInterval(-2 * 86_400),
            summary: "Dressing changed", advice: "Keep the heel off the mattress", confirmation: .requested, confirmationNote: "email"))
        fixture.clock.set(EntryFixture.start)
        try fixture.store.recordConfirmation(.chased(note: "No reply yet"), on: older)
        script.press(.character("o"))
        let owed = try #require(screen.presentedScreen as? OwedView)
        #expect(owed.listedIDs == [older.id, advice.id])
        let text = script.render(100, 12)
        #expect(text == """
            ┌─ Owed in writing — 1 to chase, 1 to decide ──────────────────────────────────────────────────────┐
            │Oldest first. Decide: ask the partner in writing, or say why not needed or not possible.          │
            │Waiting Person        Partner       Stands           Last asked        Advice                     │
            │2 d     Harold Finch  Kofi Asante … asked, chased 1× Wed 25 Nov 10:00  Keep the heel off the matt…│
            │1 h     Zoë Adams     Dr Anil Pate… decide           never             Two puffs of the brown inh…│
            │                                                                                                  │
            │                                                                                                  │
            │                                                                                                  │
            │                                                                                                  │
            │                                                                                                  │
            └──────────────────────────────────────────────────────────────────────────────────────────────────┘
             w step  Enter open  ↑↓ move  Esc back  ? help
            """)
        // At 60 columns the list leaves out when each was last asked, and names people as they
        // go by, so the names keep their letters.
        let narrow = script.render(60, 16)
        #expect(narrow == """
            ┌─ Owed in writing — 1 to chase, 1 to decide ──────────────┐
            │Oldest first. Decide: ask the partner in writing, or say …│
            │Waiting Person  Partner  Stands           Advice          │
            │2 d     Harold  Kofi As… asked, chased 1× Keep the heel o…│
            │1 h     Zoë     Dr Anil… decide           Two puffs of th…│
            │                                                          │
            │                                                          │
            │                                                          │
            │                                                          │
            │                                                          │
            │                                                          │
            │                                                          │
            │                                                          │
            │                                                          │
            └──────────────────────────────────────────────────────────┘
             w step  Enter open  ↑↓ move  Esc back  ? help
            """)
        // A step taken from the list shows in it at once.
        script.press(.down, .character("w"), .tab)
        script.type("letter")
        script.press(.control("s"))
        _ = script.render(100, 12)
        #expect(owed.rows().map { $0[3] } == ["asked, chased 1×", "asked, not chased"])
        script.press(.escape)
        #expect(screen.presentedScreen == nil)
    }
}
