import Foundation
import LiaisonTestSupport
import Testing
import TerminalUI
@testable import Dashboard
@testable import LiaisonCore

/// An edit form saves what was typed onto the record as it was filled in, so a colleague's
/// change in between is refused rather than overwritten; a form refilled for another record
/// keeps nothing of the last one; and an edit that changes nothing is not saved.
@Suite struct EditFormConflictTests {
    /// Two terminals correct one contact: the second save would have put back the advice the
    /// first one corrected.
    @Test func aColleaguesCorrectionInBetweenIsRefusedNotOverwritten() throws {
        let (fixture, contact) = try Self.coughContact()
        let (screen, script) = try fixture.dashboard()
        try Self.correctTheSummary(script)

        try Self.colleagueCorrectsTheAdvice(of: contact, in: fixture)

        try script.go(to: "Why you are correcting it")
        script.type("The chest was left out")
        script.press(.control("s"))
        #expect(screen.presentedScreen != nil, "refused, the form still open")
        #expect(script.render(120, 40).contains("changed this contact since you opened it"))
        let now = try #require(try fixture.store.contact(id: contact.id))
        #expect(now.advice == "Fluids every two hours" && now.summary == "GP rang about the cough")

        // Their advice is in the form now, beside the summary typed here: the next save keeps both.
        let form = try #require(screen.presentedScreen as? EntryFormScreen)
        #expect(form.model["advice"] == "Fluids every two hours")
        #expect(form.model["summary"] == "GP rang about her cough and chest")
        script.press(.control("s"))
        #expect(screen.presentedScreen == nil, "saved")
        let both = try #require(try fixture.store.contact(id: contact.id))
        #expect(both.advice == "Fluids every two hours" && both.summary == "GP rang about her cough and chest")
    }

    /// The same after a crash: the draft keeps which version its form was filled from, so a
    /// colleague's correction made while it lay unsaved is refused when it is finished.
    @Test func aRestoredDraftIsHeldToTheVersionItWasTypedAgainst() throws {
        let (fixture, contact) = try Self.coughContact()
        do {
            let (_, script) = try fixture.dashboard()
            try Self.correctTheSummary(script)
        }   // the terminal is lost here, the form unsaved

        try Self.colleagueCorrectsTheAdvice(of: contact, in: fixture)

        let (screen, script) = try fixture.dashboard()
        script.press(.character("c"))
        let form = try #require(screen.presentedScreen as? EntryFormScreen)
        #expect(form.model["summary"] == "GP rang about her cough and chest", "the draft is back")
        try script.go(to: "Why you are correcting it")
        script.type("The chest was left out")
        script.press(.control("s"))
        #expect(screen.presentedScreen != nil)
        #expect(script.render(120, 40).contains("changed this contact since you opened it"), "\(script.render(120, 40))")
        #expect(try fixture.store.contact(id: contact.id)?.advice == "Fluids every two hours")
        // The draft kept what the form was filled with, so their advice is taken in as it would
        // have been had the form stayed open.
        #expect(form.model["advice"] == "Fluids every two hours")
        #expect(form.model["summary"] == "GP rang about her cough and chest")
        #expect(form.model.errors.isEmpty, "\(form.model.errors)")
    }

    private static func coughContact() throws -> (EntryFixture, Contact) {
        let fixture = try EntryFixture()
        return (fixture, try fixture.store.addContact(ContactDraft(
            personID: fixture.zoe.id, partnerID: fixture.patel.id, channel: .phone, summary: "GP rang about the cough", advice: "Fluids every hour")))
    }

    /// `c` on the cough contact, and its summary typed over.
    private static func correctTheSummary(_ script: KeyScript) throws {
        script.press(.character("c"))
        script.type("cough")
        script.press(.enter)
        try script.go(to: "Summary")
        script.press(.control("u"))
        script.type("GP rang about her cough and chest")
    }

    /// Meanwhile, at another terminal.
    private static func colleagueCorrectsTheAdvice(of contact: Contact, in fixture: EntryFixture) throws {
        var theirs = try #require(try fixture.store.contact(id: contact.id))
        theirs.advice = "Fluids every two hours"
        _ = try fixture.store.correct(theirs, reason: "The GP said two hours")
    }

    @Test func aCorrectionThatChangesNothingIsNotSaved() throws {
        let fixture = try EntryFixture()
        let contact = try fixture.store.addContact(ContactDraft(
            personID: fixture.zoe.id, partnerID: fixture.patel.id, channel: .phone, summary: "GP rang about the cough"))
        let (screen, script) = try fixture.dashboard()
        script.press(.character("c"))
        script.type("cough")
        script.press(.enter)
        try script.go(to: "Why you are correcting it")
        script.type("Checking")
        script.press(.control("s"))
        #expect(screen.presentedScreen != nil)
        #expect(script.render(120, 40).contains("nothing in this contact was changed"))
        #expect(try fixture.store.history(of: contact.id).isEmpty)
    }

    /// Picking a person with no agreement after one who has one empties the form: Edith's
    /// agreement was saved as Harold's.
    @Test func anAgreementFormRefilledForSomeoneWithoutOneIsEmpty() throws {
        let fixture = try EntryFixture()
        _ = try fixture.store.addAgreement(PartnershipAgreement(personID: fixture.zoe.id, primaryContact: "Marcus Webb", chair: "Tom Whitfield",
                                                                audit: Audit(by: "Amara Okafor", at: EntryFixture.start)))
        let (screen, script) = try fixture.dashboard()
        script.press(.character("g"))
        script.type("zoe")
        script.press(.enter)
        let form = try #require(screen.presentedScreen as? EntryFormScreen)
        #expect(form.model["primary"] == "Marcus Webb")
        form.model.focus = "person"
        script.press(.control("u"))
        script.type("harold")
        script.press(.enter)
        #expect(form.model["person"] == fixture.harold.id)
        let values = Self.agreementValues(form)
        #expect(values.allSatisfy { $0.isEmpty }, "\(values)")
    }

    private static func agreementValues(_ form: EntryFormScreen) -> [String] {
        EntryFlows.agreementFields.map { form.model[$0.id] } + [form.model["starts"], form.model["ends"]]
    }

    /// A task with no person, picked after one with a person, does not take the last one's.
    @Test func aTaskFormRefilledKeepsNoLinkOfTheLastTask() throws {
        let fixture = try EntryFixture()
        _ = try fixture.store.addTask(TaskDraft(title: "Ring the GP about Zoë", personID: fixture.zoe.id, partnerID: fixture.patel.id,
                                                owner: "Sam", due: EntryFixture.start.addingTimeInterval(3600)))
        let order = try fixture.store.addTask(TaskDraft(title: "Order dressings", owner: "Sam", due: EntryFixture.start.addingTimeInterval(7200)))
        let (screen, script) = try fixture.dashboard()
        script.press(.character("u"))
        script.type("ring")
        script.press(.enter)
        let form = try #require(screen.presentedScreen as? EntryFormScreen)
        #expect(form.model["person"] == fixture.zoe.id)
        form.model.focus = "task"
        script.press(.control("u"))
        script.type("dressings")
        script.press(.enter)
        #expect(form.model["task"] == order.id)
        #expect(form.model["person"] == "" && form.model["partner"] == "")
    }

    /// What happened to one task (its outcome, what holds it up, whether the partner was told)
    /// is not what happened to the next one picked: a review closed Sunita's task with the
    /// outcome typed for 王秀英's.
    @Test func aTaskFormRefilledKeepsNothingTypedAboutTheLastTask() throws {
        let fixture = try EntryFixture()
        _ = try fixture.store.addTask(TaskDraft(title: "Ring the GP about Zoë", personID: fixture.zoe.id, owner: "Sam",
                                                due: EntryFixture.start.addingTimeInterval(3600)))
        let order = try fixture.store.addTask(TaskDraft(title: "Order dressings", owner: "Sam", due: EntryFixture.start.addingTimeInterval(7200)))
        let (screen, script) = try fixture.dashboard()
        script.press(.character("u"))
        script.type("ring")
        script.press(.enter)
        let form = try #require(screen.presentedScreen as? EntryFormScreen)
        form.model.choices["action"]?.select("delay")
        form.model.setText("note", "Surgery closed till Monday")
        form.model.choices["informed"]?.select("yes")
        form.model.setText("new-due", "Mon 10:00")
        form.model.focus = "task"
        script.press(.control("u"))
        script.type("dressings")
        script.press(.enter)
        #expect(form.model["task"] == order.id && form.model["action"] == "delay", "the kind of update stays: it is what staff chose to do")
        #expect(form.model["note"] == "" && form.model["informed"] == "no" && form.model["new-due"] == "", "\(form.model.values)")
    }

    /// The reason for changing one person's agreement goes when another person is picked, with
    /// or without an agreement of their own, either way round.
    @Test func anAgreementFormRefilledKeepsNoReasonOfTheLastPerson() throws {
        let fixture = try EntryFixture()
        _ = try fixture.store.addAgreement(PartnershipAgreement(personID: fixture.zoe.id, primaryContact: "Marcus Webb",
                                                                audit: Audit(by: "Amara Okafor", at: EntryFixture.start)))
        let (screen, script) = try fixture.dashboard()
        script.press(.character("g"))
        script.type("harold")
        script.press(.enter)
        let form = try #require(screen.presentedScreen as? EntryFormScreen)
        for name in ["zoe", "harold"] {
            form.model.setText("reason", "Typed before picking \(name)")
            form.model.focus = "person"
            script.press(.control("u"))
            script.type(name)
            script.press(.enter)
            #expect(form.model["reason"] == "", "picking \(name)")
        }
    }
}
