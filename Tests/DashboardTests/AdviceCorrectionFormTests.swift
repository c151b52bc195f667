import Foundation
import LiaisonTestSupport
import Testing
import TerminalUI
@testable import Dashboard
@testable import LiaisonCore

/// "Correct a contact" on advice confirmed in writing asks whether the letter says the
/// corrected words, and says before saving what the correction does to the chase list (R6).
@Suite struct AdviceCorrectionFormTests {
    let fixture: EntryFixture
    let contact: Contact

    init() throws {
        fixture = try EntryFixture()
        contact = try fixture.store.addContact(ContactDraft(
            personID: fixture.zoe.id, partnerID: fixture.patel.id, channel: .phone, summary: "GP rang about pain relief",
            advice: "Paracetamol 500mg three times a day"))
    }

    @Test func changedWordsOfConfirmedAdviceAskWhetherTheLetterSaysThem() throws {
        let asked = try fixture.store.recordConfirmation(.requested(how: "email to the surgery"), on: contact)
        _ = try fixture.store.recordConfirmation(.received(medium: .letter, reference: "RS/2211"), on: asked)
        let (screen, script) = try fixture.dashboard()
        script.correct("pain relief")
        #expect(!script.render(120, 40).contains("Their letter says it"), "the advice is unchanged: nothing to ask")

        try script.go(to: "Advice (their words)")
        script.press(.control("u"))
        script.type("Paracetamol 250mg twice a day")
        try script.go(to: "Why you are correcting it")
        script.type("Misheard the dose")
        script.press(.control("s"))
        #expect(screen.presentedScreen != nil, "refused until the letter's question is answered")
        let refused = script.render(120, 40)
        #expect(refused.contains("Their letter says it") && refused.contains("their letter (reference RS/2211) confirmed the advice as it was"), "\(refused)")
        #expect(try fixture.store.contact(id: contact.id)?.advice == "Paracetamol 500mg three times a day")

        try script.go(to: "Their letter says it")
        script.press(.right, .right)    // Not answered → Yes → No
        let answered = script.render(120, 40)
        #expect(answered.contains("The request goes back on the chase list: the new words are not confirmed yet"), "\(answered)")
        script.press(.control("s"))
        #expect(screen.presentedScreen == nil, "\(script.render(120, 40))")
        let saved = try #require(try fixture.store.contact(id: contact.id))
        #expect(saved.advice == "Paracetamol 250mg twice a day" && saved.confirmation?.state == .requested)
        #expect(fixture.store.chaseList.map(\.id) == [contact.id])
    }

    /// "Yes, it confirms these words" is an answer about the words on screen: typed again, or
    /// another contact picked, the question is asked afresh.
    @Test func theLettersAnswerIsForTheWordsItWasGivenFor() throws {
        let asked = try fixture.store.recordConfirmation(.requested(how: "email to the surgery"), on: contact)
        _ = try fixture.store.recordConfirmation(.received(medium: .letter, reference: "RS/2211"), on: asked)
        let (screen, script) = try fixture.dashboard()
        script.correct("pain relief")
        try script.go(to: "Advice (their words)")
        script.press(.control("u"))
        script.type("Paracetamol 250mg twice a day")
        try script.go(to: "Their letter says it")
        script.press(.right)    // Not answered → Yes
        #expect(script.render(120, 40).contains("Yes, it confirms these words"))
        try script.go(to: "Advice (their words)")
        script.type(" and at night")
        try script.go(to: "Why you are correcting it")
        script.type("Misheard the dose")
        script.press(.control("s"))
        #expect(screen.presentedScreen != nil, "the answer was for the words before \"and at night\": asked again")
        #expect(try fixture.store.contact(id: contact.id)?.confirmation?.state == .received)
        #expect(try fixture.store.contact(id: contact.id)?.advice == "Paracetamol 500mg three times a day")
    }

    @Test func adviceTakenOffSaysItsRequestGoesToo() throws {
        _ = try fixture.store.recordConfirmation(.requested(how: "email to the surgery"), on: contact)
        let (screen, script) = try fixture.dashboard()
        script.correct("pain relief")
        try script.go(to: "Advice (their words)")
        script.press(.control("u"))
        let form = script.render(120, 40)
        #expect(form.contains("Taking the advice off takes its request for written confirmation off the chase list"), "\(form)")
        #expect(!form.contains("Their letter says it"))
        try script.go(to: "Why you are correcting it")
        script.type("The GP asked a question; there was no advice")
        script.press(.control("s"))
        #expect(screen.presentedScreen == nil, "\(script.render(120, 40))")
        #expect(try fixture.store.contact(id: contact.id)?.confirmation == nil)
        #expect(fixture.store.chaseList.isEmpty)
    }
}
