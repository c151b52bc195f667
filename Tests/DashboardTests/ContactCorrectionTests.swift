import Foundation
import LiaisonTestSupport
import Testing
import TerminalUI
@testable import Dashboard
@testable import LiaisonCore

/// "Correct a contact" corrects everything a contact records, with what we shared (R3): moving
/// a shared contact to a person with no basis is refused until the exception is recorded, and
/// the form that moves it records it.
@Suite struct ContactCorrectionTests {
    /// A contact about someone who has since left is corrected with its person as it is: the
    /// form offers those who left too, and says so under them.
    @Test func aContactAboutSomeoneWhoLeftKeepsThemWhenCorrected() throws {
        let fixture = try EntryFixture()
        let contact = try fixture.store.addContact(ContactDraft(
            personID: fixture.zoe.id, partnerID: fixture.patel.id, channel: .phone, summary: "GP rang about the fals clinic"))
        _ = try fixture.store.leave(try #require(fixture.store.person(id: fixture.zoe.id)), as: .moved, on: EntryFixture.start, note: nil, reason: "")
        let (_, script) = try fixture.dashboard()
        script.press(.character("c"))
        script.type("fals clinic")
        script.press(.enter)
        let form = script.render(140, 40)
        #expect(form.contains("Zoë Adams") && form.contains("Left the service (moved, Wed 25 Nov): saved with their records"), "\(form)")
        try script.go(to: "Summary")
        script.press(.control("u"))
        script.type("GP rang about the falls clinic")
        try script.go(to: "Why you are correcting it")
        script.type("A typing slip in the summary")
        script.press(.control("s"))
        let corrected = try #require(try fixture.store.contact(id: contact.id))
        #expect(corrected.summary == "GP rang about the falls clinic" && corrected.personID == fixture.zoe.id)
    }

    /// Notes sent to the GP were entered against Zoë (consent); they were Harold's, who withdrew
    /// consent and for whom they were sent to protect him.
    @Test func aSharedContactMovedToAPersonWithoutABasisRecordsTheException() throws {
        let fixture = try EntryFixture()
        let shared = try fixture.store.addContact(ContactDraft(
            personID: fixture.zoe.id, partnerID: fixture.patel.id, channel: .phone, summary: "Sent the falls notes to the GP", sharedByUs: true))
        let (screen, script) = try fixture.dashboard()
        script.press(.character("c"))
        script.type("falls notes")
        script.press(.enter)
        #expect(!script.render(120, 40).contains("Exception"), "Zoë consented: no exception is asked for")
        try script.go(to: "About (person)")
        script.press(.control("u"))
        script.type("harold")
        script.press(.enter)
        let form = script.render(120, 40)
        #expect(form.contains("Sharing: CONSENT WITHDRAWN – share nothing without an exception"), "\(form)")
        #expect(form.contains("Exception") && form.contains("Why it was shared"), "\(form)")
        try script.go(to: "Why you are correcting it")
        script.type("They were Harold's notes")

        // No exception chosen: refused, and nothing moves.
        script.press(.control("s"))
        #expect(screen.presentedScreen != nil)
        #expect(script.render(120, 40).contains("record that exception and why"))
        #expect(try fixture.store.contact(id: shared.id)?.personID == fixture.zoe.id)

        // Safeguarding with a reason that says nothing: refused beside the exception's own reason.
        try script.go(to: "Exception")
        script.press(.right, .right)    // None → Best interests → Safeguarding
        try script.go(to: "Why it was shared")
        script.type("x")
        script.press(.control("s"))
        #expect(screen.presentedScreen != nil)
        #expect(script.focusedRow(["Why it was shared"]) == "Why it was shared", "\(script.render(120, 40))")
        #expect(try fixture.store.contact(id: shared.id)?.personID == fixture.zoe.id)

        script.press(.control("u"))
        script.type("He had two falls in a week and the GP needed his history to assess him")
        script.press(.control("s"))
        #expect(screen.presentedScreen == nil, "\(script.render(120, 40))")
        let moved = try #require(try fixture.store.contact(id: shared.id))
        #expect(moved.personID == fixture.harold.id && moved.sharedByUs)
        #expect(moved.sharingException?.kind == .safeguarding)
        #expect(moved.sharingException?.reason == "He had two falls in a week and the GP needed his history to assess him")
        #expect(moved.sharingException?.decidedBy == "Amara Okafor", "the one recording it decides unless someone else is named")
        #expect(try fixture.store.sharingExceptions().map(\.id) == [shared.id], "the manager's register lists it")
    }

    /// The other way: Harold's safeguarding share was Zoë's, who consents. The exception was
    /// decided about Harold; kept on Zoë's contact it would put a lawful share on the manager's
    /// register. The save asks for it to be taken out, and then the register no longer lists it.
    @Test func aSharedContactMovedToAPersonWhoConsentsLeavesItsExceptionBehind() throws {
        let fixture = try EntryFixture()
        let shared = try fixture.haroldsSoreShared()
        let (screen, script) = try fixture.dashboard()
        script.correct("sore")
        try script.go(to: "About (person)")
        script.press(.control("u"))
        script.type("zoe")
        script.press(.enter)
        try script.go(to: "Why you are correcting it")
        script.type("It was Zoë the nurse visited")
        script.press(.control("s"))
        #expect(screen.presentedScreen != nil)
        let refused = script.render(120, 40)
        #expect(refused.contains("sharing basis (consent) was in place when this was shared"), "\(refused)")
        #expect(try fixture.store.contact(id: shared.id)?.personID == fixture.harold.id)

        try script.go(to: "Exception")
        script.press(.left, .left)  // Safeguarding → Best interests → None
        script.press(.control("s"))
        #expect(screen.presentedScreen == nil, "\(script.render(120, 40))")
        let moved = try #require(try fixture.store.contact(id: shared.id))
        #expect(moved.personID == fixture.zoe.id && moved.sharedByUs && moved.sharingException == nil)
        #expect(try fixture.store.sharingExceptions().isEmpty)
    }

    /// A shift lead who sets "We shared information" to No on a safeguarding share is told that
    /// only a manager may take it off the register; the contact is unchanged.
    @Test func onlyAManagerCorrectsAnExceptionAway() throws {
        let fixture = try EntryFixture()
        fixture.store.apply(ServiceSettings(staff: [StaffMember(name: "Amara Okafor", role: .shiftLead)]))
        let shared = try fixture.haroldsSoreShared()
        let (screen, script) = try fixture.dashboard()
        script.correct("sore")
        try script.go(to: "We shared information")
        script.press(.left)
        try script.go(to: "Why you are correcting it")
        script.type("We told the nurse nothing about him")
        script.press(.control("s"))
        #expect(screen.presentedScreen != nil)
        let refused = script.render(160, 40)
        #expect(refused.contains("only a manager may"), "\(refused)")
        #expect(try fixture.store.contact(id: shared.id)?.sharingException != nil)
        #expect(try fixture.store.sharingExceptions().map(\.id) == [shared.id])
    }

    /// A summary corrected on a contact shared under an exception keeps the exception as it was,
    /// and the manager's acknowledgement of it; the exception is not asked for again.
    @Test func anUntouchedExceptionIsKeptExactly() throws {
        let fixture = try EntryFixture()
        let contact = try fixture.store.addContact(ContactDraft(
            personID: fixture.harold.id, partnerID: fixture.kofi.id, channel: .visit, direction: .outgoing, summary: "Told the nurse about a sore",
            sharedByUs: true, exception: SharingException(kind: .safeguarding, reason: "Untreated sore; he is at risk without the nurse's visit", decidedBy: "Rosa Grant")))
        let acknowledged = try fixture.store.acknowledgeException(contact)
        let (screen, script) = try fixture.dashboard()
        script.press(.character("c"))
        script.type("sore")
        script.press(.enter)
        let form = script.render(120, 40)
        #expect(form.contains("Untreated sore; he is at risk without the nurse's visit") && form.contains("Rosa Grant"), "\(form)")
        try script.go(to: "Summary")
        script.press(.control("u"))
        script.type("Told the nurse about a new pressure sore on his heel")
        try script.go(to: "Why you are correcting it")
        script.type("It is a new sore")
        script.press(.control("s"))
        #expect(screen.presentedScreen == nil, "\(script.render(120, 40))")
        let corrected = try #require(try fixture.store.contact(id: contact.id))
        #expect(corrected.summary == "Told the nurse about a new pressure sore on his heel")
        #expect(corrected.sharingException == acknowledged.sharingException)
        #expect(corrected.exceptionAcknowledged == acknowledged.exceptionAcknowledged)
    }

    /// A changed exception is a new one to the manager: their acknowledgement of the old is cleared.
    @Test func aChangedExceptionIsReadByTheManagerAgain() throws {
        let fixture = try EntryFixture()
        let contact = try fixture.haroldsSoreShared()
        _ = try fixture.store.acknowledgeException(contact)
        let (screen, script) = try fixture.dashboard()
        script.press(.character("c"))
        script.type("sore")
        script.press(.enter)
        try script.go(to: "Why it was shared")
        script.press(.control("u"))
        script.type("Untreated sore on his heel; he refused the nurse last week and is now at risk")
        try script.go(to: "Why you are correcting it")
        script.type("The reason left out his refusal")
        script.press(.control("s"))
        #expect(screen.presentedScreen == nil, "\(script.render(120, 40))")
        let corrected = try #require(try fixture.store.contact(id: contact.id))
        #expect(corrected.sharingException?.reason == "Untreated sore on his heel; he refused the nurse last week and is now at risk")
        #expect(corrected.exceptionAcknowledged == nil)
    }

    /// A care plan change and the partnership's nature (R7, R4) can be added after the event.
    /// Why one contact was being corrected does not carry over to another picked in its place:
    /// the form fills afresh, and the reason must be typed for the contact it now shows.
    @Test func anotherContactPickedDropsTheReasonTypedForTheFirst() throws {
        let fixture = try EntryFixture()
        _ = try fixture.store.addContact(ContactDraft(personID: fixture.zoe.id, partnerID: fixture.patel.id, channel: .phone, summary: "GP changed the dose"))
        let other = try fixture.store.addContact(ContactDraft(personID: fixture.harold.id, partnerID: fixture.patel.id, channel: .phone,
                                                              summary: "Asked about the falls clinic"))
        let (screen, script) = try fixture.dashboard()
        script.correct("dose")
        try script.go(to: "Why you are correcting it")
        script.type("The dose was misheard")
        try script.go(to: "Contact")
        script.press(.backspace)
        script.type("falls clinic")
        script.press(.enter)
        let form = try #require(screen.presentedScreen as? EntryFormScreen)
        #expect(form.model["contact"] == other.id && form.model["summary"] == "Asked about the falls clinic")
        #expect(form.model["reason"] == "", "\(script.render(120, 40))")
        try script.go(to: "Summary")
        script.type(" again")
        script.press(.control("s"))
        #expect(screen.presentedScreen != nil, "a correction still needs its own reason")
        #expect(script.focusedRow(["Why you are correcting it"]) == "Why you are correcting it", "\(script.render(120, 40))")
        #expect(try fixture.store.contact(id: other.id)?.summary == "Asked about the falls clinic")
    }

    /// Like the contact form, the correction marks everything wrong at one save: here the
    /// summary emptied, a time that does not read, a nature with a word it does not know, a care
    /// plan change with no reason, and no reason for the correction. Nothing is saved.
    @Test func everyRefusalIsMarkedAtOneSave() throws {
        let fixture = try EntryFixture()
        let contact = try fixture.store.addContact(ContactDraft(
            personID: fixture.zoe.id, partnerID: fixture.patel.id, channel: .phone, summary: "GP changed the dose", advice: "Give 2.5 mg"))
        let (screen, script) = try fixture.dashboard()
        script.correct("dose")
        try script.go(to: "Summary")
        script.press(.control("u"))
        try script.go(to: "When it happened")
        script.press(.control("u"))
        script.type("the 40th")
        try script.go(to: "Care plan changed")
        script.type("Medication chart: 2.5 mg")
        try script.go(to: "Nature (R4)")
        script.type("high sideways")
        script.press(.control("s"))
        let form = try #require(screen.presentedScreen as? EntryFormScreen)
        #expect(Set(form.model.errors.keys) == ["summary", "when", "care-plan-reason", "nature", "reason"], "\(form.model.errors)")
        #expect(form.model.focus == "summary", "the first one marked, in the form's order")
        #expect(script.render(120, 40).contains("Not saved yet: see the notes marked !"))
        #expect(try fixture.store.contact(id: contact.id) == contact)
    }

    @Test func aCarePlanChangeAndTheNatureAreCorrectedToo() throws {
        let fixture = try EntryFixture()
        let contact = try fixture.store.addContact(ContactDraft(
            personID: fixture.zoe.id, partnerID: fixture.patel.id, channel: .phone, summary: "GP changed the dose", advice: "Give 2.5 mg"))
        let (screen, script) = try fixture.dashboard()
        script.press(.character("c"))
        script.type("dose")
        script.press(.enter)
        try script.go(to: "Care plan changed")
        script.type("Medication chart: 2.5 mg")
        try script.go(to: "Why you are correcting it")
        script.type("The chart change was left out")
        script.press(.control("s"))
        #expect(screen.presentedScreen != nil, "a change needs why it changed")
        try script.go(to: "Why it changed")
        script.type("The GP lowered the dose")
        try script.go(to: "Nature (R4)")
        script.type("low single informal indirect")
        script.press(.control("s"))
        #expect(screen.presentedScreen == nil, "\(script.render(120, 40))")
        let corrected = try #require(try fixture.store.contact(id: contact.id))
        #expect(corrected.carePlanAmendment == CarePlanAmendment(change: "Medication chart: 2.5 mg", reason: "The GP lowered the dose"))
        #expect(corrected.nature == PartnershipNature(level: .low, agencies: .single, formality: .informal, involvement: .indirect))
    }
}

extension EntryFixture {
    /// A visit at which we told Harold's district nurse about a sore, under safeguarding: he
    /// withdrew consent.
    func haroldsSoreShared() throws -> Contact {
        try store.addContact(ContactDraft(
            personID: harold.id, partnerID: kofi.id, channel: .visit, summary: "Told the nurse about a sore",
            sharedByUs: true, exception: SharingException(kind: .safeguarding, reason: "Untreated sore; he is at risk without the nurse's visit")))
    }
}

extension KeyScript {
    /// Opens "Correct a contact" on the contact whose words hold `words`.
    func correct(_ words: String) {
        press(.character("c"))
        type(words)
        press(.enter)
    }
}
