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
    func open(_ key: Character, picking name: String, in fixture: EntryFixture) throws -> KeyScript {
        let dashboard = try DashboardScreen(store: fixture.store)
        dashboard.entry = EntryFlows(store: fixture.store, drafts: fixture.drafts)
        let script = KeyScript(dashboard)
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
         Review the basis on        e.g. 1/5/2027, in 6 months
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
}
