import Foundation
import Testing
import TerminalUI
@testable import Dashboard
@testable import LiaisonCore

@Suite struct EntryContactFormTests {
    /// A GP rings with advice: person, partner, summary, the advice, confirmation asked for by
    /// email. Counted from the dashboard, every key that is not typed text.
    @Test func typicalGPPhoneAdviceTakesEightKeysBesidesTheText() throws {
        let fixture = try EntryFixture()
        let dashboard = try DashboardScreen(store: fixture.store)
        dashboard.entry = EntryFlows(store: fixture.store, drafts: fixture.drafts)
        let script = KeyScript(dashboard)
        script.press(.character("a"))
        script.type("zoe")
        script.press(.tab)                         // takes Zoë, the only match, on to the partner
        script.type("patel")
        script.press(.tab)                         // takes Dr Patel, on to the summary
        script.type("GP rang about the cough")
        script.press(.tab)
        script.type("Give paracetamol 1 g four times a day and call back if her temperature goes over 38.")
        script.press(.tab)
        script.press(.right)                       // confirmation: requested
        script.press(.tab)
        script.type("email")
        script.press(.control("s"))
        #expect(dashboard.presentedScreen == nil, "the form should have closed on saving")
        #expect(script.keys == 8)
        let contact = try #require(fixture.store.recentContacts.first)
        #expect(contact.personID == fixture.zoe.id && contact.partnerID == fixture.patel.id)
        #expect(contact.channel == .phone && contact.direction == .incoming)
        #expect(contact.summary == "GP rang about the cough")
        #expect(contact.advice == "Give paracetamol 1 g four times a day and call back if her temperature goes over 38.")
        #expect(contact.confirmation?.state == .requested && contact.confirmation?.method == "email")
        #expect(contact.happenedAt == EntryFixture.start)
        #expect(try fixture.drafts.load("contact") == nil, "a saved form leaves no draft")
    }

    @Test func pickingAPersonShowsTheirSharingBasisAtOnceAndWhatAShareRestsOn() throws {
        let fixture = try EntryFixture()
        let script = KeyScript(fixture.contactScreen())
        script.type("finch")
        #expect(script.render().contains("▸ Harold Finch"))
        script.press(.enter)
        let screen = script.render()
        #expect(screen.contains("CONSENT WITHDRAWN"))
        // Once a share's exception is chosen, the line says what the share rests on instead.
        try script.go(to: "We shared information")
        script.press(.right)
        #expect(script.render(140, 40).contains("Sharing: CONSENT WITHDRAWN – share nothing without an exception"))
        try script.go(to: "Exception")
        script.press(.right, .right)               // None → Best interests → Safeguarding
        let chosen = script.render(140, 40)
        #expect(chosen.contains("Sharing: CONSENT WITHDRAWN – shared under the safeguarding exception below"), "\(chosen)")
        #expect(!chosen.contains("share nothing without an exception"), "\(chosen)")
    }

    /// A GP's letter after someone moved is about them still: they are offered after everyone
    /// still here, marked as having left, and the form says saving does not bring them back.
    @Test func aContactAboutSomeoneWhoLeftIsOfferedAndSaidToBeSo() throws {
        let fixture = try EntryFixture()
        _ = try fixture.store.leave(fixture.harold, as: .moved, on: EntryFixture.start - 86_400, note: "To Oak Lodge", reason: "")
        let namesake = try fixture.store.addPerson(PersonDraft(name: "Harold Finch", location: "Room 40", basis: .consent, namesake: true))
        let script = KeyScript(fixture.contactScreen())
        script.type("harold")
        let offered = script.render(120, 30)
        // The one still here first, where Enter takes it; the one who left after, marked.
        #expect(offered.contains("▸ Harold Finch  Room 40"), "\(offered)")
        #expect(offered.contains("left: moved"), "\(offered)")
        #expect(EntryItems.people(fixture.store).allSatisfy { $0.id != fixture.harold.id }, "an agreement's picker still leaves them out")
        script.press(.down, .enter)
        let picked = script.render(120, 30)
        #expect(picked.contains("Left the service (moved, Tue 24 Nov): saved with their records; they stay off the lists"), "\(picked)")
        script.type("patel")
        script.press(.tab)
        script.type("GP's letter about his new prescription")
        script.press(.control("s"))
        let saved = try #require(fixture.store.recentContacts.first)
        #expect(saved.personID == fixture.harold.id && saved.personID != namesake.id)
        #expect(fixture.store.person(id: fixture.harold.id)?.leftAs == "moved", "saving about them does not readmit them")
    }

    @Test func emptyFormIsRefusedWithANoteBesideEachField() throws {
        let fixture = try EntryFixture()
        let screen = fixture.contactScreen()
        let script = KeyScript(screen)
        script.press(.control("s"))
        #expect(script.last == .handled)
        #expect(Set(screen.form.errors.keys) == [.person, .partner, .summary])
        let text = script.render()
        #expect(text.contains("! choose who this contact was about"))
        #expect(text.contains("Not saved yet"))
        #expect(screen.form.focus == .person)
    }

    /// A form wrong in several places says so in every place at the first save, not one field
    /// per save: the confirmation's reason, the care plan, the follow-up, the time, the nature
    /// and the missing exception are all marked together.
    @Test func everyRefusalIsMarkedAtTheFirstSave() throws {
        let fixture = try EntryFixture()
        let (screen, script) = fixture.contactBegun("harold", "patel", "GP rang about his chest")
        script.press(.tab)
        script.type("Start the inhaler twice a day")
        script.press(.tab, .right, .right, .right)   // confirmation: not needed
        script.press(.tab)
        script.type("x")                              // says nothing of why
        script.press(.tab)
        script.press(.tab)
        script.type("The GP asked for it")            // why the plan changed, but not what changed
        script.press(.tab)
        script.type("Ring the GP")                    // a follow-up with no time
        while screen.form.focus != .when { script.press(.tab) }
        script.type("tomorrow 10:00")                 // a contact that has not happened yet
        while screen.form.focus != .nature { script.press(.tab) }
        script.type("high formal")                    // two of the four axes
        script.press(.tab, .right)                    // we shared, about someone who withdrew consent
        script.press(.control("s"))
        #expect(fixture.store.recentContacts.isEmpty)
        #expect(Set(screen.form.errors.keys) == [.confirmationNote, .carePlanChange, .taskDue, .when, .nature, .shared], "\(script.render(120, 50))")
        #expect(screen.form.errors[.shared]?.contains("withdrawn consent") == true)
        #expect(screen.form.errors[.nature]?.contains("say all four") == true)
        #expect(screen.form.errors[.carePlanChange]?.contains("not only why") == true)
        #expect(screen.form.focus == .confirmationNote, "the first field marked takes the focus")
    }

    /// A time that does not read says why once: under the field as it is typed, and after a
    /// save only in the "!" note, not in both.
    @Test func aTimeThatDoesNotReadSaysWhyOnce() throws {
        let fixture = try EntryFixture()
        let (screen, script) = fixture.contactBegun("zoe", "patel", "GP rang")
        while screen.form.focus != .when { script.press(.tab) }
        script.type("31/13 10:00")
        let why = try #require(fixture.store.previewDate("31/13 10:00", direction: .past))
        #expect(!why.hasPrefix("→"))
        #expect(script.render(140, 40).components(separatedBy: why).count == 2, "once, as it is typed")
        script.press(.control("s"))
        #expect(screen.form.errors[.when] != nil)
        #expect(script.render(140, 40).components(separatedBy: why).count == 2, "once, as the note, after the save")
    }

    @Test func sharingAboutSomeoneWhoWithdrewConsentNeedsAnExceptionAndWhy() throws {
        let fixture = try EntryFixture()
        let (screen, script) = fixture.contactBegun("harold", "patel", "Asked about his blood results")
        // Straight to "we shared information", and its exception comes after it, at the end.
        while screen.form.focus != .shared { script.press(.tab) }
        script.press(.right)
        #expect(screen.form.visibleFields.contains(.exception))
        script.press(.control("s"))
        #expect(script.last == .handled)
        #expect(screen.form.errors[.shared]?.contains("withdrawn consent") == true)
        #expect(fixture.store.recentContacts.isEmpty)

        script.press(.tab)                         // to the exception
        script.press(.left)                        // safeguarding, the last answer
        script.press(.control("s"))
        #expect(screen.form.errors[.exceptionReason] != nil, "an exception needs its reason")
        #expect(fixture.store.recentContacts.isEmpty)

        script.type("Open safeguarding enquiry; GP needed the bruising history")
        script.press(.control("s"))
        #expect(script.last == .quit)
        let contact = try #require(fixture.store.recentContacts.first)
        #expect(contact.sharedByUs)
        #expect(contact.sharingException == SharingException(
            kind: .safeguarding, reason: "Open safeguarding enquiry; GP needed the bruising history", decidedBy: "Amara Okafor"))
    }

    @Test func theirAdviceIsSavableForAnyoneWhenWeSharedNothing() throws {
        let fixture = try EntryFixture()
        let script = KeyScript(fixture.contactScreen())
        script.type("harold")
        script.press(.tab)
        script.type("kofi")
        script.press(.tab)
        script.type("Nurse rang with dressing advice")
        script.press(.tab)
        script.type("Change the dressing every two days")
        script.press(.control("s"))
        #expect(script.last == .quit)
        #expect(fixture.store.recentContacts.first?.advice == "Change the dressing every two days")
    }

    @Test func adviceTakesSeveralLinesAndAFollowUpTaskIsSavedWithIt() throws {
        let fixture = try EntryFixture()
        let screen = fixture.contactScreen()
        let script = KeyScript(screen)
        script.type("zoe")
        script.press(.enter)                       // takes Zoë and stays: Tab goes on
        #expect(screen.form.focus == .person && screen.form.person.chosen?.id == fixture.zoe.id)
        script.press(.tab)
        script.type("nurse")                       // role matches Kofi
        script.press(.enter, .tab)
        script.type("Dressing check")
        script.press(.tab)
        script.type("Keep the heel off the mattress.")
        script.press(.enter)
        script.type("Check the skin every two hours.")
        script.press(.tab, .tab, .tab)             // past confirmation (none) and its details to care plan
        script.type("Heel boot at night")
        script.press(.tab)
        script.type("District nurse advice")
        script.press(.tab)
        script.type("Ring the nurse with skin check results")
        script.press(.tab, .right)                 // a promise
        script.type("tomorrow 15:00")              // typed on the choice, it goes on to "By when"
        script.press(.tab)
        script.type("Tom Whitfield")
        while screen.form.focus != .when { script.press(.tab) }
        script.type("yesterday 09:30")
        script.press(.control("s"))
        #expect(script.last == .quit)
        let contact = try #require(fixture.store.recentContacts.first)
        #expect(contact.advice == "Keep the heel off the mattress.\nCheck the skin every two hours.")
        #expect(contact.carePlanAmendment == CarePlanAmendment(change: "Heel boot at night", reason: "District nurse advice"))
        #expect(contact.happenedAt == EntryFixture.start.addingTimeInterval(-24 * 3600 - 30 * 60))
        let task = try #require(fixture.store.openTasks.first)
        #expect(task.title == "Ring the nurse with skin check results")
        #expect(task.owner == "Tom Whitfield" && task.isPromise)
        #expect(task.personID == fixture.zoe.id && task.partnerID == fixture.kofi.id)
        #expect(task.due == EntryFixture.start.addingTimeInterval(29 * 3600))
    }

    @Test func aNewPartnerIsAddedWithoutLeavingTheForm() throws {
        let fixture = try EntryFixture()
        let screen = fixture.contactScreen()
        let script = KeyScript(screen)
        script.type("zoe")
        script.press(.tab)
        script.type("Dr Mina Osei")
        #expect(script.render().contains("▸ New partner…"))
        script.press(.enter)
        #expect(screen.newPartner != nil)
        script.type("gp")
        #expect(script.render().contains("Role: GP"))
        script.press(.tab)
        script.type("Hill Road Surgery")
        script.press(.enter)
        #expect(screen.newPartner == nil)
        #expect(screen.form.partner.chosen?.title == "Dr Mina Osei")
        #expect(screen.form.focus == .partner, "the partner is taken where it was typed; Tab goes on")
        let added = try fixture.store.findPartner("Dr Mina Osei")
        #expect(added.role == .gp && added.organisation == "Hill Road Surgery")
    }

    /// A contact form for Zoe with the "New partner" panel open for Dr Mina Osei, a GP.
    func newPartnerPanel(_ fixture: EntryFixture) -> (ContactEntryScreen, KeyScript) {
        let screen = fixture.contactScreen()
        let script = KeyScript(screen)
        script.type("zoe")
        script.press(.tab)
        script.type("Dr Mina Osei")
        script.press(.enter)
        script.type("gp")
        return (screen, script)
    }

    /// "call reception" typed as the number: refused beside Phone, where the cursor goes, and
    /// added once a number is given.
    @Test func aNewPartnersPhoneMustHoldANumber() throws {
        let fixture = try EntryFixture()
        let (screen, script) = newPartnerPanel(fixture)
        script.press(.tab, .tab)
        script.type("call reception")
        script.press(.enter)
        let panel = try #require(screen.newPartner, "not added")
        #expect(panel.model.focus == "Phone")
        #expect(panel.model.errors["Phone"]?.hasPrefix("“call reception” has no number to ring in it") == true, "\(panel.model.errors)")
        #expect(throws: (any Error).self) { try fixture.store.findPartner("Dr Mina Osei") }
        script.type(" 01632 960123")
        script.press(.enter)
        #expect(screen.newPartner == nil)
        #expect(try fixture.store.findPartner("Dr Mina Osei").phone == "call reception 01632 960123")
    }

    @Test func aHalfTypedNewPartnerIsInTheDraftToo() throws {
        let fixture = try EntryFixture()
        let (_, script) = newPartnerPanel(fixture)
        script.press(.tab)
        script.type("Hill Road Surgery")
        let saved: EntryDraft = try #require(try fixture.drafts.load("contact"))
        let restored = fixture.contactScreen(restoring: saved)
        let panel = try #require(restored.newPartner)
        #expect(panel.values["Name"] == "Dr Mina Osei" && panel.values["Role"] == "gp" && panel.values["Organisation"] == "Hill Road Surgery")
        #expect(restored.form.person.chosen?.id == fixture.zoe.id)
    }
}

/// Just after midnight, a time alone reads as today's and so is yet to come: the refusal says
/// how to write last night's, in the form and on the command line alike (the store says it).
@Suite struct LastNightTimeTests {
    @Test func aTimeLaterThanNowJustAfterMidnightSaysHowToWriteLastNights() throws {
        let fixture = try EntryFixture()
        fixture.clock.set(EntryFixture.start.addingTimeInterval(14 * 3600 + 30 * 60))  // 26 Nov 00:30 UTC
        let (screen, script) = fixture.contactBegun("zoe", "patel", "Night call about her breathing")
        while screen.form.focus != .when { script.press(.tab) }
        script.type("23:45")
        script.press(.control("s"))
        #expect(screen.model.errors["when"]?.contains("if it was last night, write “yesterday 23:45”") == true, "\(screen.model.errors)")
        #expect(fixture.store.recentContacts.isEmpty)
    }
}
