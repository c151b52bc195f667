import Foundation
import LiaisonTestSupport
import TerminalUI
import Testing
@testable import Dashboard
@testable import LiaisonCore

/// A line about a picked record stands under the picker that holds it, once: repeated under every
/// field of the form, it read as a warning about each of them and pushed the last fields off a
/// small terminal.
@Suite struct EntryFormNotesTests {
    func dashboard(_ fixture: EntryFixture) throws -> KeyScript { try fixture.dashboard().script }

    func open(_ key: Character, picking name: String, in fixture: EntryFixture) throws -> KeyScript {
        let script = try dashboard(fixture)
        script.press(.character(key))
        script.type(name)
        script.press(.enter)
        return script
    }

    @Test func aPersonsSharingBasisStandsOnceUnderThePerson() throws {
        let fixture = try EntryFixture()
        let script = try open("P", picking: "harold", in: fixture)
        #expect(script.render(90, 18) == """
         Change a person's details

         Person                    Harold Finch  Room 9
                                   Sharing: CONSENT WITHDRAWN – share nothing without an
                                   exception
         Full name                 Harold Finch
         Preferred name
         Room or house             Room 9
         Key worker
         Sharing basis              Consent  Attorney/deputy  Best interests  Safeguarding  None
                                   [Withdrawn]
         Given or decided by
         Why (decision or concern)
         Review the basis on        e.g. 1/5/2027, in 6 months; consent left empty: a year on
         Why you are changing this


         Tab next  Enter pick  Ctrl-S save  Esc cancel
        """)
        // Moving through the form does not bring the line back under the field being typed in.
        script.press(.tab, .tab)
        script.type("Hal")
        #expect(script.render(90, 18).components(separatedBy: "Sharing: CONSENT WITHDRAWN").count == 2)
    }

    @Test func anExistingAgreementIsNotedOnceUnderThePerson() throws {
        let fixture = try EntryFixture()
        _ = try fixture.store.addAgreement(PartnershipAgreement(personID: fixture.zoe.id, primaryContact: "Marcus Webb",
                                                                audit: Audit(by: "Amara Okafor", at: EntryFixture.start)))
        let script = try open("g", picking: "zoe", in: fixture)
        #expect(script.render(90, 18) == """
         Partnership agreement

         Person                 Zoë Adams  Room 4
                                Has an agreement: saving changes it
         Primary contact        Marcus Webb
         Chairs meetings
         Minutes them
         Writes formal reports
         Routine records
         Information shared by
         Proposed outcomes
         Our role
         Their role
         Starts                  e.g. 1/12/2026, Mon, in 2 weeks
         Ends                    e.g. 1/6/2027, in 6 months
         Why it changed          only when changing an agreement

         Tab next  Enter pick  Ctrl-S save  Esc cancel
        """)
    }

    /// A task, an escalation or an agreement about someone whose consent is withdrawn can lead
    /// to sharing as surely as a contact can (R3): each says so under the person, and says
    /// nothing for a person who consented.
    @Test func formsAboutAPersonWarnWhenTheirBasisForbidsSharing() throws {
        let fixture = try EntryFixture()
        let warning = "Sharing: CONSENT WITHDRAWN – share nothing without an exception"
        for (key, label) in [("T", "For (optional)"), ("e", "Person (optional)"), ("g", "Person")] {
            for (name, warned) in [("harold", true), ("zoe", false)] {
                let script = try dashboard(fixture)
                script.press(.character(Character(key)))
                try script.go(to: label)
                script.press(.control("u"))
                script.type(name)
                script.press(.enter)
                let screen = script.render(140, 40)
                #expect(screen.contains(warning) == warned, "\(key) with \(name):\n\(screen)")
                #expect(screen.components(separatedBy: "Sharing:").count == (warned ? 2 : 1), "once, under the person")
                script.press(.escape, .character("y"))     // leaves no draft to reopen at the next key
            }
        }
    }

    /// Before someone leaves, the form says what is still open for them; for someone who has
    /// left, that saving brings them back, and a readmission needs a real reason.
    @Test func leavingSaysWhatStaysOpenAndReadmittingAsksWhy() throws {
        let fixture = try EntryFixture()
        _ = try fixture.store.addTask(TaskDraft(title: "Send the discharge letter", personID: fixture.harold.id, owner: "Amara Okafor",
                                                due: EntryFixture.start.addingTimeInterval(86_400)))
        _ = try fixture.store.addContact(ContactDraft(personID: fixture.harold.id, partnerID: fixture.patel.id, channel: .phone,
                                                      summary: "GP rang", advice: "Stop the aspirin", confirmation: .requested))
        var script = try open("L", picking: "harold", in: fixture)
        #expect(script.render(140, 20).contains("Still open for them: 1 task, 1 written confirmation owed; these stay on the lists"))
        script.press(.tab, .tab, .tab, .tab)
        script.type("Moved to Oak Lodge")
        script.press(.control("s"))
        #expect(fixture.store.person(id: fixture.harold.id)?.leftAs == "discharged")

        script = try open("L", picking: "harold", in: fixture)
        #expect(script.render(140, 20).contains("Left (discharged) on Wed 25 Nov: saving readmits them"))
        script.press(.tab, .tab)
        script.type("x")
        script.press(.control("s"))
        #expect(fixture.store.person(id: fixture.harold.id)?.leftAs == "discharged", "'x' is not a reason")
        script.press(.control("u"))
        script.type("Came back from hospital")
        script.press(.control("s"))
        #expect(fixture.store.person(id: fixture.harold.id)?.leftAs == nil)
    }

    /// A death dated before the person's last contact is seen under "On" before it is saved;
    /// the day of the contact itself, or today, says nothing.
    @Test func aLeavingDayBeforeTheirLastContactIsSaidUnderOn() throws {
        let fixture = try EntryFixture()
        _ = try fixture.store.addContact(ContactDraft(personID: fixture.harold.id, partnerID: fixture.patel.id, channel: .phone,
                                                      happenedAt: EntryFixture.start - 3600, summary: "GP rang"))
        let script = try open("L", picking: "harold", in: fixture)
        script.press(.tab, .right, .right, .tab)
        script.type("3 days ago")
        let early = script.render(140, 20)
        #expect(early.contains("Their last contact (") && early.contains(", with \(fixture.patel.name)) is after this day: check the day they died"), "\(early)")
        script.press(.control("u"))
        #expect(!script.render(140, 20).contains("Their last contact"), "empty is today")
        script.type("yesterday")
        script.press(.backTab, .left)
        #expect(script.render(140, 20).contains("is after this day: check the day they left"))
    }

    /// Coming back while a resident of their name has their old room: the form asks the room
    /// they come back to, filled with the one recorded, and says under it who is there already.
    @Test func comingBackToARoomANamesakeHasSaysWhoIsThere() throws {
        let fixture = try EntryFixture()
        let left = try fixture.store.leave(fixture.harold, as: .moved, on: EntryFixture.start - 86_400, note: nil, reason: "")
        _ = try fixture.store.addPerson(PersonDraft(name: "Harold Finch", location: "Room 9", namesake: true))
        let script = try dashboard(fixture)
        script.press(.character("L"))
        script.type("harold")
        script.press(.down, .enter)                 // the one who left is listed after the one here
        var form = script.render(140, 20)
        #expect(form.contains("Left (moved) on"), "\(form)")
        #expect(form.contains("Room they come back to") && form.contains("Room 9"), "\(form)")
        #expect(form.contains("Harold Finch is here in Room 9 already; give the room that tells them apart, or keep to that record if it is them"),
                "\(form)")
        try script.go(to: "Why (for the history)")
        script.type("Came back from hospital")
        script.press(.control("s"))
        #expect(fixture.store.person(id: left.id)?.discharged != nil, "refused beside the room: \(script.render(140, 20))")
        try script.go(to: "Room they come back to")
        script.press(.control("u"))
        script.type("Room 21")
        form = script.render(140, 20)
        #expect(!form.contains("is here in Room 9 already"), "\(form)")
        script.press(.control("s"))
        let back = try #require(fixture.store.person(id: left.id))
        #expect(back.discharged == nil && back.location == "Room 21", "\(script.render(140, 20))")
    }

    /// The room they come back to left empty keeps the room recorded, as the note under it
    /// says; a draft saves no empty input, so empty cannot also mean "no room".
    @Test func anEmptyRoomToComeBackToKeepsTheirRoom() throws {
        let fixture = try EntryFixture()
        let left = try fixture.store.leave(fixture.harold, as: .moved, on: EntryFixture.start - 86_400, note: nil, reason: "")
        let script = try open("L", picking: "harold", in: fixture)
        #expect(script.render(140, 20).contains("Empty keeps Room 9"), "\(script.render(140, 20))")
        try script.go(to: "Why (for the history)")
        script.type("Came back from hospital")
        script.press(.control("s"))
        let back = try #require(fixture.store.person(id: left.id))
        #expect(back.discharged == nil && back.location == "Room 9", "\(script.render(140, 20))")
    }

    /// A leaving recorded wrongly is put right from the same form: picking someone who left
    /// fills in their day and note, and choosing how they left (rather than "came back") saves
    /// a correction that needs a reason, with no readmission in their history.
    @Test func aLeavingIsCorrectedFromTheLeavingForm() throws {
        let fixture = try EntryFixture()
        let left = try fixture.store.leave(fixture.harold, as: .died, on: EntryFixture.start - 3653 * 86_400, note: "Peacefully", reason: "")
        let script = try open("L", picking: "harold", in: fixture)
        var form = script.render(140, 20)
        #expect(form.contains("Left (died) on Thu 24 Nov 2016: choose below whether that was recorded wrongly, or put how they left right"), "\(form)")
        #expect(form.contains(" Did not die: take it back") && !form.contains("[") && !form.contains("Came back (readmit)"), "\(form)")
        try script.go(to: "What happened")
        script.press(.left)                        // no answer → the last, taking the death back
        form = script.render(140, 20)
        #expect(form.contains("Left (died) on Thu 24 Nov 2016: saving takes the death back as recorded wrongly; say what was wrong"), "\(form)")
        #expect(form.contains("[Did not die: take it back]") && !form.contains("Room they come back to"), "they never left their room: \(form)")
        script.press(.left)                        // taking back → died
        form = script.render(140, 20)
        #expect(form.contains("Left (died) on Thu 24 Nov 2016: saving corrects their leaving to what is below; say why"), "\(form)")
        #expect(form.contains("2016-11-24"), "the day as recorded, to be put right: \(form)")
        #expect(form.contains("Peacefully"), "\(form)")
        try script.go(to: "On")
        script.press(.control("u"))
        script.type("2026-11-24")
        script.press(.control("s"))
        #expect(fixture.store.person(id: left.id)?.discharged == left.discharged, "a correction needs a reason: \(script.render(140, 20))")
        try script.go(to: "Why (for the history)")
        script.type("The year was typed wrong")
        script.press(.control("s"))
        let mended = try #require(fixture.store.person(id: left.id))
        #expect(mended.discharged == EntryFixture.start - 86_400 - 10 * 3600 && mended.leftAs == "died" && mended.leaving?.note == "Peacefully")
        #expect(try fixture.store.history(of: left.id).map(\.reason) == ["left the service: died", "The year was typed wrong"])
    }

    /// Picking someone recorded as died and typing on ("moved to Oak House", as if recording a
    /// move) stops at "What happened": nothing is chosen for them, so nothing can save a death
    /// taken back unchosen.
    @Test func typingOnAfterPickingSomeoneWhoDiedStopsAtWhatHappened() throws {
        let fixture = try EntryFixture()
        let left = try fixture.store.leave(fixture.harold, as: .died, on: EntryFixture.start - 86_400, note: nil, reason: "")
        let versions = try fixture.store.history(of: left.id).count
        let script = try open("L", picking: "harold", in: fixture)
        script.type("moved to Oak House")
        script.press(.control("s"))
        let form = try #require((script.screen as? DashboardScreen)?.presentedScreen as? EntryFormScreen)
        #expect(form.model.focus == "action" && form.model["action"] == "")
        #expect(form.model.values["location"] == nil && form.model.values["reason"] == nil, "\(form.model.values)")
        #expect(form.model.errors["action"]?.contains("Did not die: take it back") == true, "\(form.model.errors)")
        #expect(fixture.store.person(id: left.id)?.leftAs == "died")
        #expect(try fixture.store.history(of: left.id).count == versions)
    }

    /// Someone who left has their details put right from the person form, as they are: still
    /// left, with the correction in their history, not readmitted to be changed.
    @Test func theDetailsOfSomeoneWhoLeftArePutRightWithoutReadmittingThem() throws {
        let fixture = try EntryFixture()
        let left = try fixture.store.leave(fixture.harold, as: .moved, on: EntryFixture.start - 2 * 86_400, note: "To Oak Lodge", reason: "")
        let script = try open("P", picking: "harold", in: fixture)
        var form = script.render(140, 20)
        #expect(form.contains("Harold Finch  Room 9 · left: moved"), "\(form)")
        #expect(form.contains("Left the service (moved, Mon 23 Nov): saved with their records; they stay off the lists"), "\(form)")
        try script.go(to: "Room or house")
        script.press(.control("u"))
        script.type("Room 19")
        try script.go(to: "Why you are changing this")
        script.type("The room was typed wrong")
        script.press(.control("s"))
        form = script.render(140, 20)
        let mended = try #require(fixture.store.person(id: left.id))
        #expect(mended.location == "Room 19", "\(form)")
        #expect(mended.discharged == left.discharged && mended.leaving == left.leaving, "still left, as they left")
        let history = try fixture.store.history(of: left.id)
        #expect(history.last?.reason == "The room was typed wrong" && history.last?.isCorrection == true)
        // A name they go by put right with their basis is still a correction, listed in the handover.
        let again = try open("P", picking: "harold", in: fixture)
        try again.go(to: "Preferred name")
        again.type("Hal")
        try again.go(to: "Sharing basis")
        again.press(.left)
        try again.go(to: "Why you are changing this")
        again.type("He goes by Hal; his basis was recorded wrongly")
        again.press(.control("s"))
        let both = try fixture.store.history(of: left.id)
        #expect(fixture.store.person(id: left.id)?.preferredName == "Hal", "\(again.render(140, 20))")
        #expect(both.last?.reason == "He goes by Hal; his basis was recorded wrongly" && both.last?.isCorrection == true)
    }

    /// Two of one name who both left are told apart in the leaving form's list by their rooms,
    /// so the wrong one is not readmitted or corrected.
    @Test func namesakesWhoLeftAreToldApartByRoomInTheLeavingForm() throws {
        let fixture = try EntryFixture()
        let other = try fixture.store.addPerson(PersonDraft(name: "Harold Finch", location: "Room 14", namesake: true))
        try fixture.store.leave(fixture.harold, as: .moved, on: EntryFixture.start - 86_400, note: nil, reason: "")
        try fixture.store.leave(other, as: .died, on: EntryFixture.start - 86_400, note: nil, reason: "")
        let script = try dashboard(fixture)
        script.press(.character("L"))
        script.type("harold")
        let list = script.render(140, 20)
        #expect(list.contains("Harold Finch  Room 9 · left: moved"), "\(list)")
        #expect(list.contains("Harold Finch  Room 14 · left: died"), "\(list)")
    }

    /// A leaving saved as recorded is not a correction: the form says so above the footer, for
    /// no one input is at fault, and nothing is written.
    @Test func aLeavingSavedAsRecordedIsRefusedAsNoChange() throws {
        let fixture = try EntryFixture()
        // Left with no day given: today, at the time it was saved.
        let left = try fixture.store.leave(fixture.harold, as: .moved, on: EntryFixture.start - 3_600, note: "To Oak Lodge", reason: "")
        let versions = try fixture.store.history(of: left.id).count
        let script = try open("L", picking: "harold", in: fixture)
        try script.go(to: "What happened")
        script.press(.left)
        try script.go(to: "Why (for the history)")
        script.type("Checking the day")
        script.press(.control("s"))
        let form = script.render(140, 20)
        #expect(form.contains("Not saved: this is their leaving as recorded (moved); change how, when or the note to correct it"), "\(form)")
        #expect(try fixture.store.history(of: left.id).count == versions, "nothing written")
        #expect(fixture.store.person(id: left.id)?.discharged == left.discharged, "the day shown is the day recorded, its time kept")
    }

    /// ← from "Came back" lands on how they left as recorded, so putting the day right does not
    /// change how they left by the way; and a colleague's correction saved while the form was
    /// open is refused, not undone.
    @Test func aLeavingCorrectionStartsFromHowTheyLeftAndKeepsAColleaguesChange() throws {
        let fixture = try EntryFixture()
        let left = try fixture.store.leave(fixture.harold, as: .moved, on: EntryFixture.start - 5 * 86_400, note: "To Oak Lodge", reason: "")
        let script = try open("L", picking: "harold", in: fixture)
        try script.go(to: "What happened")
        script.press(.left)
        #expect(script.render(140, 20).contains("[Moved elsewhere]"), "\(script.render(140, 20))")
        try script.go(to: "Where to, or a note")
        script.press(.control("u"))
        script.type("To Oak Lodge, room 4")
        try script.go(to: "Why (for the history)")
        script.type("The room was left out")
        // Meanwhile a colleague puts the day right.
        let colleague = try fixture.store.correctLeaving(left, as: .moved, on: EntryFixture.start - 4 * 86_400, note: nil,
                                                         reason: "The day was typed wrong")
        script.press(.control("s"))
        #expect(script.render(140, 20).contains("since you opened it"), "\(script.render(140, 20))")
        let now = try #require(fixture.store.person(id: left.id))
        #expect(now.discharged == colleague.discharged && now.leaving?.note == "To Oak Lodge", "the colleague's day stands")
    }

    /// The role is read back under it as it is typed; words that fit two roles are refused.
    @Test func aPartnersRoleIsReadBackAndNeverGuessed() throws {
        let fixture = try EntryFixture()
        let script = try dashboard(fixture)
        script.press(.character("n"))
        script.type("Siân Ó Conchúir")
        script.press(.tab)
        script.type("nurse")
        #expect(script.render(120, 20).contains("“nurse” fits district nurse, community nurse; type more of it"))
        script.press(.control("s"))
        #expect((try? fixture.store.findPartner("Siân Ó Conchúir")) == nil, "not saved as the first of two")
        script.press(.control("u"))
        script.type("community nurse")
        #expect(script.render(120, 20).contains("→ Community nurse"))
        script.press(.control("s"))
        #expect(try fixture.store.findPartner("Siân Ó Conchúir").role == .communityNurse)
    }
}
