import Foundation
import LiaisonTestSupport
import Testing
import TerminalUI
@testable import Dashboard
@testable import LiaisonCore

/// Tasks, escalations, people, partners and corrections, each opened from its dashboard key.
@Suite struct EntryRecordFlowTests {
    func dashboard(_ fixture: EntryFixture) throws -> (DashboardScreen, KeyScript) { try fixture.dashboard() }

    func task(_ fixture: EntryFixture, _ title: String = "Ring the GP back") throws -> CareTask {
        try fixture.store.addTask(TaskDraft(title: title, partnerID: fixture.patel.id, due: EntryFixture.start.addingTimeInterval(3600)))
    }

    @Test func aPromiseIsAddedWithOwnerAndDue() throws {
        let fixture = try EntryFixture()
        let (screen, script) = try dashboard(fixture)
        script.press(.character("T"))
        script.type("Call Dr Patel back")
        script.press(.tab, .right, .tab)
        script.type("zoe")
        script.press(.enter, .tab)
        script.type("patel")
        script.press(.enter, .tab)
        script.type("Tom Whitfield")
        script.press(.tab)
        script.type("15:00")
        script.press(.control("s"))
        #expect(screen.presentedScreen == nil)
        let saved = try #require(fixture.store.openTasks.first)
        #expect(saved.title == "Call Dr Patel back" && saved.isPromise && saved.owner == "Tom Whitfield")
        #expect(saved.personID == fixture.zoe.id && saved.partnerID == fixture.patel.id)
        #expect(saved.due == EntryFixture.start.addingTimeInterval(5 * 3600))
    }

    /// A name typed in an optional picker and never picked ("Edithh Brown") is refused, not
    /// saved as a task for no one with the text still on screen.
    @Test func aNameTypedButNotPickedIsRefusedNotDropped() throws {
        let fixture = try EntryFixture()
        let (screen, script) = try dashboard(fixture)
        script.press(.character("T"))
        script.type("Call Dr Patel back")
        script.press(.tab, .tab)
        script.type("Zoey Adamz")
        script.press(.tab, .tab, .tab)
        script.type("15:00")
        script.press(.control("s"))
        let form = try #require(screen.presentedScreen as? EntryFormScreen)
        #expect(form.model.errors["person"]?.contains("nothing is chosen for \"Zoey Adamz\"") == true, "\(form.model.errors)")
        #expect(form.model.focus == "person" && fixture.store.openTasks.isEmpty)
        script.press(.control("u"))
        script.press(.control("s"))
        #expect(screen.presentedScreen == nil, "emptied, it is left out")
        #expect(fixture.store.openTasks.first?.personID == nil)
    }

    @Test func aTaskIsMarkedDoneWithItsOutcome() throws {
        let fixture = try EntryFixture()
        let open = try task(fixture)
        let (screen, script) = try dashboard(fixture)
        script.press(.character("u"))
        script.type("gp back")
        script.press(.enter, .tab)                       // picks the task, on to "what happened" (done)
        script.press(.tab)
        script.press(.control("s"))
        #expect(screen.presentedScreen != nil, "done needs an outcome")
        script.type("Spoke to Dr Patel; no change needed")
        script.press(.control("s"))
        #expect(screen.presentedScreen == nil)
        let closed = try #require(try fixture.store.task(id: open.id))
        #expect(closed.status == .done && closed.outcome == "Spoke to Dr Patel; no change needed")
    }

    /// Opens the task update on the fixture's task, chooses "Delayed" and says what holds it up.
    func logDelay(_ script: KeyScript) {
        script.press(.character("u"))
        script.type("ring")
        script.press(.enter, .tab, .right, .tab)
        script.type("Waiting for the blood results")
    }

    /// Whether the partner was told is something someone did: a delay left at the form's
    /// starting choice says they were not told yet.
    @Test func aDelayIsNotRecordedAsToldUnlessSomeoneSaysSo() throws {
        let fixture = try EntryFixture()
        let open = try task(fixture)
        let (_, script) = try dashboard(fixture)
        logDelay(script)
        script.press(.control("s"))
        let saved = try #require(try fixture.store.task(id: open.id))
        #expect(saved.delays.count == 1 && !saved.delays[0].partnerInformed)
        #expect(script.render(160, 30).contains("Saved: Ring the GP back"), "every form says it saved")
    }

    /// A new person has no sharing basis until one is chosen (R3).
    @Test func aNewPersonStartsWithNoBasis() throws {
        let fixture = try EntryFixture()
        let (_, script) = try dashboard(fixture)
        script.press(.character("p"))
        script.type("Arthur Lee")
        #expect(script.render(100, 30).contains("[None]"))
        script.press(.control("s"))
        #expect(try fixture.store.findPerson("Arthur Lee").basis.kind == SharingBasis.Kind.none)
    }

    @Test func aDelayIsLoggedAsPartnerInformedAndATaskCanBeHandedOn() throws {
        let fixture = try EntryFixture()
        let open = try task(fixture)
        let (_, script) = try dashboard(fixture)
        logDelay(script)
        script.press(.tab, .right, .tab)           // partner informed: not yet → yes
        script.type("tomorrow 12:00")
        script.press(.control("s"))
        var saved = try #require(try fixture.store.task(id: open.id))
        #expect(saved.delays.count == 1 && saved.delays[0].partnerInformed)
        #expect(saved.due == EntryFixture.start.addingTimeInterval(26 * 3600))

        script.press(.character("u"))
        script.type("ring")
        script.press(.enter, .tab, .right, .right, .tab)
        script.type("Priya Raman")
        script.press(.tab)
        script.type("Tom is on leave")
        script.press(.control("s"))
        saved = try #require(try fixture.store.task(id: open.id))
        #expect(saved.owner == "Priya Raman")
        #expect(try fixture.store.history(of: open.id).last?.reason.contains("Tom is on leave") == true)
    }

    @Test func anEscalationIsRaisedAcknowledgedAndResolvedWithTheReasonItWasNotAccepted() throws {
        let fixture = try EntryFixture()
        let (screen, script) = try dashboard(fixture)
        script.press(.character("e"), .tab, .tab)  // no contact; disagreement
        script.type("GP declined a medication review")
        script.press(.tab)
        script.type("harold")
        script.press(.enter, .tab)
        script.type("patel")
        script.press(.enter, .tab, .tab)                 // routine
        script.type("Ruth Okafor")
        script.press(.control("s"))
        let raised = try #require(fixture.store.openEscalations.first)
        #expect(raised.kind == .disagreement && raised.manager == "Ruth Okafor" && raised.personID == fixture.harold.id)

        script.press(.character("s"))
        script.type("medication")
        script.press(.enter, .tab, .right, .tab)
        script.type("Manager rang the practice manager")
        script.press(.control("s"))
        #expect(try fixture.store.escalation(id: raised.id)?.stage == .acknowledged)

        script.press(.character("s"))
        script.type("medication")
        script.press(.enter, .tab, .right, .right, .tab)
        script.type("Practice kept its decision")
        script.press(.tab, .right)        // our view: not accepted
        script.press(.control("s"))
        #expect(screen.presentedScreen != nil, "not accepted needs the reason")
        script.type("GP judged the current dose safe")
        script.press(.control("s"))
        let resolved = try #require(try fixture.store.escalation(id: raised.id))
        #expect(resolved.stage == .resolved && resolved.outcome == "Practice kept its decision")
        #expect(resolved.reasonNotAccepted == "GP judged the current dose safe")
        #expect(resolved.notes.map(\.text) == ["Manager rang the practice manager"])
    }

    /// Resolving is a manager's (R10): a shift lead's step list has no "Resolved", so no
    /// outcome is typed to be refused; a manager's has it.
    @Test func onlyAManagerIsOfferedToResolveAnEscalation() throws {
        let fixture = try EntryFixture()
        _ = try fixture.store.raiseEscalation(EscalationDraft(kind: .disagreement, summary: "GP declined a medication review", manager: "Ruth Okafor"))
        fixture.store.apply(ServiceSettings(staff: [
            StaffMember(name: "Amara Okafor", role: .shiftLead), StaffMember(name: "Ruth Okafor", role: .registeredManager),
        ]))
        let (_, script) = try dashboard(fixture)
        script.press(.character("s"))
        script.type("medication")
        script.press(.enter, .tab)
        let lead = script.render(120, 30)
        #expect(lead.contains("Acknowledged") && lead.contains("Correct a mistake"), "\(lead)")
        #expect(!lead.contains("Resolved"), "\(lead)")
        // A manager on the same list is offered it.
        let manager = try Store(backend: fixture.store.backend, staff: "Ruth Okafor", clock: fixture.store.clock,
                                calendar: fixture.store.calendar, timescales: .standard)
        manager.apply(ServiceSettings(staff: [StaffMember(name: "Ruth Okafor", role: .registeredManager)]))
        #expect((try? manager.checkMayResolveEscalations()) != nil)
    }

    /// A partner's concern about our care is a manager's to acknowledge: once one is picked, a
    /// shift lead is not offered the step they would be refused at save; another kind keeps it.
    @Test func onlyAManagerIsOfferedToAcknowledgeAPartnersConcern() throws {
        let fixture = try EntryFixture()
        fixture.store.apply(ServiceSettings(staff: [
            StaffMember(name: "Amara Okafor", role: .registeredManager), StaffMember(name: "Ruth Okafor", role: .registeredManager),
        ]))
        _ = try fixture.store.raiseEscalation(EscalationDraft(kind: .partnerConcern, summary: "Nurse worried about pressure care", manager: "Ruth Okafor"))
        _ = try fixture.store.raiseEscalation(EscalationDraft(kind: .disagreement, summary: "GP declined a medication review", manager: "Ruth Okafor"))
        fixture.store.apply(ServiceSettings(staff: [
            StaffMember(name: "Amara Okafor", role: .shiftLead), StaffMember(name: "Ruth Okafor", role: .registeredManager),
        ]))
        let (_, script) = try dashboard(fixture)
        script.press(.character("s"))
        script.type("pressure care")
        script.press(.enter, .tab)
        let concern = script.render(120, 30)
        #expect(concern.contains("Add a note") && !concern.contains("Acknowledged"), "\(concern)")
        script.press(.escape)
        let (_, other) = try dashboard(fixture)
        other.press(.character("s"))
        other.type("medication")
        other.press(.enter, .tab)
        #expect(other.render(120, 30).contains("Acknowledged"), "\(other.render(120, 30))")
    }

    /// Resolving what a partner raised asks whether their view was accepted, and why not: the
    /// reason the policy says is explained to them. What we raised asks about ours. The record
    /// and the handover say whose view it was.
    @Test func resolvingAPartnersConcernAsksWhetherTheirViewWasAccepted() throws {
        let fixture = try EntryFixture()
        fixture.store.apply(ServiceSettings(staff: [StaffMember(name: "Amara Okafor", role: .registeredManager)]))
        // An acknowledged escalation of `kind`, and the `s` form at its "Resolved" step.
        func resolving(_ kind: Escalation.Kind, _ summary: String, picking typed: String) throws -> (Escalation, KeyScript) {
            let raised = try fixture.store.raiseEscalation(EscalationDraft(kind: kind, summary: summary, manager: "Amara Okafor"))
            _ = try fixture.store.acknowledge(raised, note: nil)
            let (_, script) = try dashboard(fixture)
            script.press(.character("s"))
            script.type(typed)
            script.press(.enter, .tab, .right, .right)
            return (raised, script)
        }
        let (concern, script) = try resolving(.partnerConcern, "Nurse worried about pressure care", picking: "pressure care")
        let form = script.render(120, 30)
        #expect(form.contains("Their view accepted") && !form.contains("Our view accepted"), "\(form)")
        script.press(.tab)
        script.type("Turning chart started; nurse's plan followed in part")
        script.press(.tab, .right)                  // No
        #expect(script.render(120, 30).contains("Why not"))
        script.press(.tab)
        script.type("Two-hourly turns at night would wake her; agreed four-hourly with her")
        script.press(.control("s"))
        #expect(fixture.store.openEscalations.isEmpty)
        let resolved = try #require(try fixture.store.escalation(id: concern.id))
        #expect(resolved.reasonNotAccepted == "Two-hourly turns at night would wake her; agreed four-hourly with her")
        let report = try HandoverReport.gather(from: fixture.store, day: fixture.store.clock.now).text()
        #expect(report.contains("Their view not accepted, because: Two-hourly turns at night would wake\n"), "\(report)")

        let (_, other) = try resolving(.disagreement, "GP declined a medication review", picking: "medication")
        let ours = other.render(120, 30)
        #expect(ours.contains("Our view accepted") && !ours.contains("Their view accepted"), "\(ours)")
    }

    @Test func anEscalationRaisedFromAContactNamesItsPersonAndPartner() throws {
        let fixture = try EntryFixture()
        _ = try fixture.store.addContact(ContactDraft(personID: fixture.harold.id, partnerID: fixture.kofi.id, channel: .visit,
                                                      summary: "Nurse left without dressing the wound"))
        let (_, script) = try dashboard(fixture)
        script.press(.character("e"))
        script.type("without dressing")
        script.press(.enter, .tab, .right, .tab)  // their practice
        script.type("Wound left undressed on the visit")
        script.press(.control("s"))
        #expect(fixture.store.openEscalations.isEmpty, "every escalation names its manager")
        #expect(script.render(100, 30).contains("! name the manager who was told"))
        script.type("Ruth Okafor")                 // the refusal put the cursor in "Manager told"
        script.press(.control("s"))
        let raised = try #require(fixture.store.openEscalations.first)
        #expect(raised.manager == "Ruth Okafor")
        #expect(raised.kind == .partnerPractice)
        #expect(raised.personID == fixture.harold.id && raised.partnerID == fixture.kofi.id)
    }

    /// A formal complaint to a partner's organisation keeps their reference and the day it was sent.
    @Test func aComplaintToAPartnerKeepsTheDayItWasSent() throws {
        let fixture = try EntryFixture()
        let (_, script) = try dashboard(fixture)
        script.press(.character("e"), .tab, .right, .right, .tab)   // past the contact to the kind: our complaint
        script.type("Three insulin visits missed in a week")
        script.press(.tab, .tab)
        script.type("patel")                                        // a complaint to a partner names them
        script.press(.tab, .tab)
        script.type("Ruth Okafor")
        script.press(.tab)
        script.type("CT-2291")
        script.press(.tab)
        script.type("yesterday")
        #expect(script.render(100, 30).contains("Tue 24 Nov"))
        script.press(.control("s"))
        let raised = try #require(fixture.store.openEscalations.first)
        #expect(raised.kind == .complaintToPartner && raised.theirReference == "CT-2291" && raised.manager == "Ruth Okafor")
        #expect(raised.sentOn == fixture.store.calendar.startOfDay(for: EntryFixture.start.addingTimeInterval(-86_400)))
    }

    @Test func correctingAContactAsksWhyAndKeepsTheOriginal() throws {
        let fixture = try EntryFixture()
        let original = try fixture.store.addContact(ContactDraft(personID: fixture.zoe.id, partnerID: fixture.patel.id, channel: .phone,
                                                                 summary: "GP rang", advice: "Give 5 mg"))
        let (screen, script) = try dashboard(fixture)
        script.press(.character("c"))
        script.type("gp rang")
        script.press(.enter, .tab, .tab)                 // summary kept; into the advice
        script.press(.backspace, .backspace, .backspace, .backspace)
        script.type("2.5 mg")
        script.press(.control("s"))
        #expect(screen.presentedScreen != nil, "a correction needs a reason")
        script.type("Misheard the dose; GP's letter says 2.5 mg")
        script.press(.control("s"))
        #expect(screen.presentedScreen == nil)
        let now = try #require(try fixture.store.contact(id: original.id))
        #expect(now.advice == "Give 2.5 mg" && now.audit.version == 2)
        let history = try fixture.store.history(of: original.id)
        #expect(history.count == 1)
        #expect(history[0].reason == "Misheard the dose; GP's letter says 2.5 mg" && history[0].amendedBy == "Amara Okafor")
    }

    @Test func aPersonsSharingBasisIsChangedWithAReason() throws {
        let fixture = try EntryFixture()
        let (_, script) = try dashboard(fixture)
        script.press(.character("P"))
        script.type("harold")
        script.press(.enter)
        #expect(script.render().contains("CONSENT WITHDRAWN"))
        script.press(.tab, .tab, .tab, .tab, .tab)       // to the basis
        script.press(.right)
        script.press(.tab, .tab, .tab)
        script.type("2027-05-01")
        script.press(.tab)
        script.type("Harold gave consent again at his review")
        script.press(.control("s"))
        let person = try #require(fixture.store.person(id: fixture.harold.id))
        #expect(person.basis.kind == .consent && person.basis.reviewDue.map { DateInput.dayKey($0, calendar: fixture.store.calendar) } == "2027-05-01")
        #expect(try fixture.store.history(of: person.id).first?.reason == "Harold gave consent again at his review")
    }

    /// A new room and a new basis in one edit are one amendment: saved together or not at all.
    @Test func detailsAndBasisChangedTogetherAreOneAmendment() throws {
        let fixture = try EntryFixture()
        let (_, script) = try dashboard(fixture)
        script.press(.character("P"))
        script.type("harold")
        script.press(.enter)
        script.press(.tab, .tab, .tab)                   // to the room
        script.type(" (garden side)")
        script.press(.tab, .tab)                   // to the basis
        script.press(.right)
        script.press(.tab, .tab, .tab)
        script.type("2027-05-01")
        script.press(.tab)
        script.type("Moved rooms; consent given again at his review")
        script.press(.control("s"))
        let person = try #require(fixture.store.person(id: fixture.harold.id))
        #expect(person.location == "Room 9 (garden side)")
        #expect(person.basis.kind == .consent)
        let history = try fixture.store.history(of: person.id)
        #expect(history.count == 1)
        #expect(history.first?.reason == "Moved rooms; consent given again at his review")
    }

    /// A name someone already has: the form says who has it, asks whether this is someone else,
    /// and saves a second record only when told so.
    @Test func aNameSomeoneHasIsAskedAboutBeforeASecondRecord() throws {
        let fixture = try EntryFixture()
        let (screen, script) = try dashboard(fixture)
        script.press(.character("p"))
        #expect(!script.render(80, 30).contains("Someone else of this name?"), "asked only when the name is taken")
        script.type("harold finch")
        let asked = script.render(80, 30)
        #expect(asked.contains("Already recorded: Harold Finch (Room 9). If this is"), "\(asked)")
        #expect(asked.contains("them, Esc and change their details (P) instead."), "\(asked)")
        #expect(asked.contains("Someone else of this name?"))
        script.press(.control("s"))
        #expect(screen.presentedScreen != nil, "not saved")
        #expect(script.render(80, 30).contains("someone of this name is already recorded"))
        #expect(fixture.store.people.count == 3)
        // Told it is someone else, the form saves them.
        for _ in 0..<20 where (screen.presentedScreen as? EntryFormScreen)?.model.focus != "namesake" { script.press(.tab) }
        script.press(.right)
        // The answer was about Harold Finch: a name changed after it is asked about afresh.
        for _ in 0..<20 where (screen.presentedScreen as? EntryFormScreen)?.model.focus != "name" { script.press(.backTab) }
        script.press(.control("u"))
        script.type("Zoë Adams")
        script.press(.control("s"))
        #expect(screen.presentedScreen != nil, "not saved: Zoë Adams was not answered for")
        #expect(try fixture.store.people(named: "Zoë Adams").count == 1)
        for _ in 0..<20 where (screen.presentedScreen as? EntryFormScreen)?.model.focus != "name" { script.press(.backTab) }
        script.press(.control("u"))
        script.type("Harold Finch")
        for _ in 0..<20 where (screen.presentedScreen as? EntryFormScreen)?.model.focus != "namesake" { script.press(.tab) }
        script.press(.right)
        script.press(.control("s"))
        #expect(screen.presentedScreen == nil)
        #expect(try fixture.store.people(named: "Harold Finch").count == 2)
    }

    /// A colleague adds someone while this form is open: the store refuses the name inside the
    /// save, and the form then asks the question it could not know to ask, beside the refusal.
    @Test func aNamesakeSavedMeanwhileIsAskedAboutOnceRefused() throws {
        let fixture = try EntryFixture()
        let (screen, script) = try dashboard(fixture)
        let form = { screen.presentedScreen as? EntryFormScreen }
        script.press(.character("p"))
        _ = try fixture.store.addPerson(PersonDraft(name: "Ada Lovelace", location: "Room 12"))
        script.type("ada  lovelace")
        #expect(!script.render(80, 30).contains("Someone else of this name?"), "the form cannot know yet")
        script.press(.control("s"))
        let refused = script.render(80, 30)
        #expect(form() != nil, "not saved")
        #expect(refused.contains("Someone else of this name?"), "\(refused)")
        let words = refused.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        #expect(words.contains("! someone of this name is already recorded: Ada Lovelace (Room 12,"), "\(refused)")
        #expect(form()?.model.focus == "namesake", "the refusal is where the answer is given")
        script.press(.right)
        script.press(.control("s"))
        #expect(form() == nil, "saved once said to be someone else")
        #expect(try fixture.store.people(named: "Ada Lovelace").count == 2)
    }

    /// A person's name changed to one someone else has is noted under it, and saved only when
    /// said to be someone else's too, as on adding; their own name is not asked about.
    @Test func aNameChangedToAnothersSaysWhoseItIsAndIsAskedAbout() throws {
        let fixture = try EntryFixture()
        let (screen, script) = try dashboard(fixture)
        let form = { screen.presentedScreen as? EntryFormScreen }
        script.press(.character("P"))
        script.type("harold")
        script.press(.enter, .tab)
        #expect(!script.render(80, 30).contains("Also the name of"), "their own name is theirs")
        #expect(!script.render(80, 30).contains("Someone else of this name?"))
        // Typing in the picker again, to choose someone else, leaves the inputs showing Harold:
        // his own name is still not another's.
        script.press(.backTab)
        script.type("z")
        #expect(!script.render(80, 30).contains("Also the name of"), "\(script.render(80, 30))")
        script.press(.control("u"))
        script.type("harold")
        script.press(.enter, .tab)
        script.press(.control("u"))
        script.type("zoe adams")
        let asked = script.render(80, 30)
        #expect(asked.contains("Also the name of: Zoë Adams (Room 4)"), "\(asked)")
        #expect(asked.contains("Someone else of this name?"), "\(asked)")
        for _ in 0..<20 where form()?.model.focus != "reason" { script.press(.tab) }
        script.type("Name was misspelt at admission")
        script.press(.control("s"))
        #expect(form() != nil, "not saved")
        #expect(script.render(80, 30).contains("! zoe adams is also the name of Zoë Adams (Room 4,"), "\(script.render(80, 30))")
        #expect(fixture.store.person(id: fixture.harold.id)?.name == "Harold Finch")
        for _ in 0..<20 where form()?.model.focus != "namesake" { script.press(.tab) }
        script.press(.right)
        script.press(.control("s"))
        #expect(form() == nil, "saved once said to be someone else")
        #expect(fixture.store.person(id: fixture.harold.id)?.name == "zoe adams")
        #expect(try fixture.store.people(named: "Zoë Adams").count == 2)
    }

    @Test func aPartnerIsAddedAndAnyHalfTypedFormComesBackFromItsDraft() throws {
        let fixture = try EntryFixture()
        let (screen, script) = try dashboard(fixture)
        script.press(.character("n"))
        script.type("Beth Llewellyn")
        script.press(.tab)
        script.type("community nurse")
        #expect(try fixture.drafts.load("partner")?.form == "partner")

        let later = try DashboardScreen(store: fixture.store)
        later.entry = EntryFlows(store: fixture.store, drafts: fixture.drafts)
        later.present(try #require(later.entry?.draftOffer()))
        let again = KeyScript(later)
        #expect(again.render().contains("Unsaved form"))
        again.press(.character("y"))
        #expect(again.render().contains("community nurse"))
        again.press(.control("s"))
        #expect(later.presentedScreen == nil)
        #expect(try fixture.store.findPartner("Beth Llewellyn").role == .communityNurse)
        _ = screen
    }
}

@Suite struct EntryAgreementTests {
    @Test func anAgreementIsAddedThenChangedWithAReason() throws {
        let fixture = try EntryFixture()
        let dashboard = try DashboardScreen(store: fixture.store)
        dashboard.entry = EntryFlows(store: fixture.store, drafts: fixture.drafts)
        let script = KeyScript(dashboard)
        script.press(.character("g"))
        script.type("zoe")
        script.press(.enter, .tab)
        script.type("Marcus Webb (social worker)")
        script.press(.tab)
        script.type("Our manager")
        for _ in 0..<8 { script.press(.tab) }     // to "starts"
        script.type("2026-12-01")
        script.press(.tab)
        script.type("2026-11-01")
        script.press(.control("s"))
        #expect(dashboard.presentedScreen != nil, "an end before the start is refused")
        script.press(.control("u"))                // the refusal put the cursor in "ends"
        script.type("2027-06-01")
        script.press(.control("s"))
        #expect(dashboard.presentedScreen == nil)
        let added = try #require(try fixture.store.agreements(forPerson: fixture.zoe.id).last)
        #expect(added.primaryContact == "Marcus Webb (social worker)" && added.chair == "Our manager")
        #expect(added.ends.map { DateInput.dayKey($0, calendar: fixture.store.calendar) } == "2027-06-01")

        script.press(.character("g"))
        script.type("zoe")
        script.press(.enter)
        #expect(script.render().contains("Has an agreement"))
        #expect(script.render().contains("Marcus Webb (social worker)"))
        script.press(.tab, .tab)
        script.press(.control("u"))
        script.type("Ruth Okafor")
        script.press(.control("s"))
        #expect(dashboard.presentedScreen != nil, "a change needs its reason")
        script.type("Registered manager now chairs")
        script.press(.control("s"))
        #expect(dashboard.presentedScreen == nil)
        let changed = try #require(try fixture.store.agreements(forPerson: fixture.zoe.id).last)
        #expect(changed.chair == "Ruth Okafor" && changed.audit.version == 2)
        #expect(try fixture.store.history(of: changed.id).first?.reason == "Registered manager now chairs")
    }
}

/// R11 for a contact put against the wrong resident: it moves to the right one, and both people's
/// records show it — under the right person as theirs, under the wrong one as moved away.
@Suite struct ContactMoveTests {
    @Test func adviceMovedToTheRightResidentShowsUnderBoth() throws {
        let fixture = try EntryFixture()
        let original = try fixture.store.addContact(ContactDraft(
            personID: fixture.zoe.id, partnerID: fixture.patel.id, channel: .phone, summary: "GP rang about the dose", advice: "Give 5 mg"))
        let screen = try DashboardScreen(store: fixture.store)
        screen.entry = EntryFlows(store: fixture.store, drafts: fixture.drafts)
        let script = KeyScript(screen)
        script.press(.character("c"))
        script.type("dose")
        script.press(.enter, .tab, .tab, .tab)           // the contact; past the summary and the advice, to the person
        script.press(.control("u"))                // Zoë's name out of the picker
        script.type("maría")
        script.press(.enter)
        script.press(.control("s"))
        #expect(screen.presentedScreen != nil, "a correction needs a reason")
        script.type("Entered against Zoë by mistake; the GP was ringing about María")
        script.press(.control("s"))
        #expect(screen.presentedScreen == nil, "\(script.render(120, 30))")

        let maria = try fixture.store.findPerson("María Ñúñez")
        let moved = try #require(try fixture.store.contact(id: original.id))
        #expect(moved.personID == maria.id && moved.advice == "Give 5 mg" && moved.happenedAt == original.happenedAt)
        #expect(try fixture.store.contacts(forPerson: maria.id).map(\.id) == [original.id])
        #expect(try fixture.store.contacts(forPerson: fixture.zoe.id).isEmpty)
        #expect(try fixture.store.contactsMovedAway(fromPerson: fixture.zoe.id).map(\.now.id) == [original.id])
        #expect(try fixture.store.history(of: original.id).first?.isCorrection == true)

        // Zoë's record still shows it, saying where it went; María's shows it as hers.
        screen.openDetail(.person(fixture.zoe.id))
        #expect(script.render(120, 40).contains("→ Moved to María Ñúñez Wed 25 Nov 10:00 by Amara Okafor: GP rang about the dose"))
        _ = screen.handle(.escape)
        screen.openDetail(.person(maria.id))
        #expect(script.render(120, 40).contains("GP rang about the dose (amended)"))
        _ = screen.handle(.escape)
        screen.openDetail(.contact(original.id))
        let detail = script.render(120, 60)
        #expect(detail.contains("Corrected              Wed 25 Nov 10:00 by Amara Okafor: Entered against Zoë by mistake"), "\(detail)")
        #expect(detail.contains("was Person") && detail.contains("Zoë Adams"))
    }

    @Test func movingASharedContactIsCheckedAgainstTheNewPersonsBasis() throws {
        let fixture = try EntryFixture()
        let shared = try fixture.store.addContact(ContactDraft(
            personID: fixture.zoe.id, partnerID: fixture.patel.id, channel: .phone, summary: "Sent her notes to the GP", sharedByUs: true))
        var moved = shared
        moved.personID = fixture.harold.id      // Harold withdrew consent
        #expect(fieldError { _ = try fixture.store.correct(moved, reason: "It was Harold's notes we sent") }?.field == "shared")
    }
}

/// Runs `body`, returning the FieldError it throws, or nil.
private func fieldError(_ body: () throws -> Void) -> FieldError? {
    do { try body() } catch let error as FieldError { return error } catch { return nil }
    return nil
}

/// R11 for tasks and escalations: any field corrected with a reason, the original kept.
@Suite struct TaskAndEscalationCorrectionTests {
    @Test func aTaskIsCorrectedFromItsCurrentValues() throws {
        let fixture = try EntryFixture()
        let task = try fixture.store.addTask(TaskDraft(
            title: "Ring the GP back", personID: fixture.zoe.id, partnerID: fixture.patel.id, owner: "Tom",
            due: EntryFixture.start.addingTimeInterval(3600)))
        let screen = try DashboardScreen(store: fixture.store)
        screen.entry = EntryFlows(store: fixture.store, drafts: fixture.drafts)
        let script = KeyScript(screen)
        script.press(.character("u"))
        script.type("ring")
        script.press(.enter, .tab, .left, .tab)    // the task; "correct a mistake"; to its title
        script.press(.control("u"))
        script.type("Ring the nurse back")
        script.press(.tab, .control("u"))              // the person: Harold, not Zoë
        script.type("harold")
        script.press(.enter, .tab, .tab, .tab, .tab)         // past partner and due, to who will do it, then the reason
        script.type("Task was for the nurse about Harold")
        script.press(.control("s"))
        #expect(screen.presentedScreen == nil, "\(script.render(100, 30))")
        let saved = try #require(try fixture.store.task(id: task.id))
        #expect(saved.title == "Ring the nurse back" && saved.personID == fixture.harold.id && saved.due == task.due && saved.owner == "Tom")
        #expect(try fixture.store.history(of: task.id).first?.isCorrection == true)
    }

    @Test func anEscalationsKindAndUrgencyCorrectedSetItsDueDatesAgain() throws {
        let fixture = try EntryFixture()
        let raised = try fixture.store.raiseEscalation(EscalationDraft(kind: .disagreement, summary: "GP declined a visit", manager: "Ruth Okafor"))
        var draft = EscalationDraft(kind: .partnerPractice, summary: "Insulin visit missed", personID: fixture.zoe.id, manager: "Ruth Okafor")
        draft.urgency = .urgent
        let corrected = try fixture.store.correct(raised, to: draft, reason: "It was a missed visit, and urgent")
        #expect(corrected.kind == .partnerPractice && corrected.isUrgent && corrected.summary == "Insulin visit missed")
        #expect(corrected.acknowledgeBy == raised.raisedAt.addingTimeInterval(4 * 3600))
        #expect(corrected.stage == .raised && corrected.personID == fixture.zoe.id)
        #expect(try fixture.store.history(of: raised.id).map(\.reason) == ["It was a missed visit, and urgent"])
    }
}
