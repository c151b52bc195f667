import Foundation
import Testing
import TerminalUI
@testable import Dashboard
@testable import LiaisonCore

/// R3's register on the dashboard (`x`): every share under an exception over a period, and the
/// manager's acknowledgement; and R12's handover acknowledgement (`H`) on the day header.
@Suite struct ExceptionRegisterTests {
    let fixture: EntryFixture
    let screen: DashboardScreen
    let script: KeyScript
    let shared: Contact
    /// A share 40 days back, before the register's usual month, not yet acknowledged.
    let longAgo: Contact

    init() throws {
        fixture = try EntryFixture()
        // Harold withdrew consent: only safeguarding can override that.
        fixture.clock.set(EntryFixture.start - 40 * 86_400)
        longAgo = try fixture.store.addContact(ContactDraft(
            personID: fixture.harold.id, partnerID: fixture.kofi.id, channel: .phone, summary: "Long ago", sharedByUs: true,
            exception: SharingException(kind: .safeguarding, reason: "Bruising seen at the day centre; shared to protect him")))
        fixture.clock.set(EntryFixture.start - 3_600)
        shared = try fixture.store.addContact(ContactDraft(
            personID: fixture.harold.id, partnerID: fixture.kofi.id, channel: .phone, summary: "Told the nurse about bruising",
            sharedByUs: true, exception: SharingException(kind: .safeguarding, reason: "Unexplained bruising; shared to protect him")))
        fixture.clock.set(EntryFixture.start)
        screen = try DashboardScreen(store: fixture.store)
        screen.entry = EntryFlows(store: fixture.store, drafts: fixture.drafts)
        script = KeyScript(screen)
    }

    /// Two Harold Finches shared about, each under safeguarding: the register's narrow Person
    /// column keeps each one's room, so the manager acknowledges the right one.
    @Test func namesakesInTheRegisterAreToldApartByRoom() throws {
        let namesake = try fixture.store.addPerson(PersonDraft(name: "Harold Finch", location: "Room 30", basis: .none, namesake: true))
        _ = try fixture.store.addContact(ContactDraft(
            personID: namesake.id, partnerID: fixture.kofi.id, channel: .phone, summary: "Told the nurse about his fall",
            sharedByUs: true, exception: SharingException(kind: .safeguarding, reason: "A fall not seen by staff; shared to protect him")))
        let screen = try DashboardScreen(store: fixture.store)
        _ = screen.handle(.character("x"))
        let register = render(screen, 100, 12).dump()
        #expect(register.contains(" Ha… (Room 9) ") && register.contains(" H… (Room 30) "), "\(register)")
        // At 80 the column is 8 cells: the room alone for one, and the rows still differ.
        let narrow = render(screen, 80, 12).dump()
        #expect(narrow.contains(" …Room 9) ") && narrow.contains(" Harold … "), "\(narrow)")
    }

    /// The last thirty days, and before them any share nobody has acknowledged yet: one entered
    /// late or left unread must not fall out of the manager's sight.
    @Test func theRegisterListsTheLastThirtyDaysAndRecordsTheAcknowledgement() throws {
        _ = try fixture.store.acknowledgeException(longAgo)
        script.press(.character("x"))
        let register = try #require(screen.presentedScreen as? ExceptionRegisterView)
        #expect(register.listedIDs == [shared.id])
        #expect(script.render(100, 8) == """
            ┌─ Sharing exceptions Tue 27 Oct – Wed 25 Nov: 1, 1 to acknowledge ────────────────────────────────┐
            │Every share without a valid basis, oldest first; a manager reads each and acknowledges it.        │
            │When              Person       Exception      Why                       Decided by   Acknowledged │
            │Wed 25 Nov 09:00  Harold Finch safeguarding   Unexplained bruising; sh… Amara Okafor NOT YET      │
            │                                                                                                  │
            │                                                                                                  │
            └──────────────────────────────────────────────────────────────────────────────────────────────────┘
             a acknowledge  d period  Enter open  Esc back  ? help
            """)
        script.press(.character("a"))
        #expect(script.render(100, 8).contains("Acknowledge a sharing exception"), "asked first: it cannot be taken back")
        script.press(.character("n"))
        #expect(try fixture.store.contact(id: shared.id)?.exceptionAcknowledged == nil, "no means nothing is recorded")
        script.press(.character("a"), .character("y"))
        let saved = try #require(try fixture.store.contact(id: shared.id))
        #expect(saved.exceptionAcknowledged == ReviewMark(by: "Amara Okafor", at: EntryFixture.start))
        #expect(script.render(100, 8).contains("1, 0 to acknowledge"))
        // Any period: both exceptions from two months back.
        script.press(.character("d"))
        script.type("2026-09-25 2026-11-25")
        script.press(.enter)
        #expect(register.listedIDs.count == 2)
        script.press(.escape)
        #expect(screen.presentedScreen == nil)
    }

    @Test func anOlderShareNotYetAcknowledgedIsListedFirst() throws {
        script.press(.character("x"))
        let register = try #require(screen.presentedScreen as? ExceptionRegisterView)
        #expect(register.listedIDs == [longAgo.id, shared.id])
        let text = script.render(120, 8)
        #expect(text.contains("Sharing exceptions Tue 27 Oct – Wed 25 Nov: 1, 1 to acknowledge; 1 older to acknowledge"), "\(text)")
        #expect(text.contains("Older ones not yet acknowledged first"), "\(text)")
        // Acknowledged, it keeps to its own period, and the highlight to the next one.
        script.press(.character("a"), .character("y"))
        #expect(try fixture.store.contact(id: longAgo.id)?.exceptionAcknowledged != nil)
        #expect(register.listedIDs == [shared.id])
        #expect(script.render(120, 8).contains("Acknowledged by Amara Okafor"))
    }

    /// A shift lead is told at `a` that acknowledging is a manager's, without being asked first.
    @Test func aShiftLeadIsRefusedBeforeTheQuestion() throws {
        fixture.store.apply(ServiceSettings(staff: [StaffMember(name: "Amara Okafor", role: .shiftLead)]))
        script.press(.character("x"), .character("a"))
        let text = script.render(120, 8)
        #expect(text.contains("Not done: sharing exceptions are acknowledged by a manager; Amara Okafor is not a manager"), "\(text)")
        #expect(!text.contains("Acknowledge a sharing exception"))
        #expect(try fixture.store.contact(id: longAgo.id)?.exceptionAcknowledged == nil)
    }

    @Test func theIncomingShiftLeadAcknowledgesTheHandover() throws {
        #expect(!script.render(200, 30).contains("handover read by"))
        script.press(.character("H"))
        #expect(script.render(200, 30).contains("read the handover for Wed 25 Nov?"))
        script.press(.character("y"))
        #expect(script.render(200, 30).contains("handover read by Amara Okafor"))
        #expect(try fixture.store.handoverAcknowledgements(for: EntryFixture.start).map(\.reviewedBy) == ["Amara Okafor"])
    }
}

/// R4 on the dashboard: `f` narrows the Contacts pane to a partnership nature.
@Suite struct NatureFilterTests {
    @Test func fShowsOnlyContactsOfTheNatureTyped() throws {
        let fixture = try EntryFixture()
        let formal = try fixture.store.addContact(ContactDraft(
            personID: fixture.zoe.id, partnerID: fixture.patel.id, channel: .meeting, summary: "Review meeting",
            nature: PartnershipNature(level: .high, agencies: .multi, formality: .formal, involvement: .direct)))
        _ = try fixture.store.addContact(ContactDraft(personID: fixture.zoe.id, partnerID: fixture.kofi.id, channel: .phone, summary: "Quick call"))
        let screen = try DashboardScreen(store: fixture.store)
        #expect(screen.rows(of: .contacts).count == 2)
        let script = KeyScript(screen)
        script.press(.character("f"))
        script.type("formal multi")
        script.press(.enter)
        #expect(screen.rows(of: .contacts).count == 1)
        #expect(screen.state.visibleContacts.map(\.id) == [formal.id])
        // Nature has a column where the advice can still be read beside it.
        let text = script.render(260, 30)
        #expect(text.contains("Contacts — formal multi"))
        #expect(text.contains("high multi formal direct"))
        script.press(.escape)
        #expect(screen.rows(of: .contacts).count == 2)
    }
}
