import Foundation
import LiaisonTestSupport
import Testing
@testable import LiaisonCore

/// A partner's phone number and email address are ones staff can ring and write to (R2): words
/// alone or half an address are refused as they are typed, not found wanting mid-call.
@Suite struct PartnerDetailTests {
    @Test func aPhoneNumberHoldsItsDigitsAndMayHaveWordsBesideThem() {
        for phone in ["01632 960123", "+44 (0)1632 960123", "ext 2201", "01632 960123 (mobile)", "0800-123-456", "999", "０１６３２ ９６０１２３", "٠١٢٣٤٥٦٧٨٩"] {
            #expect(PartnerDetailRules.phoneProblem(phone) == nil, "\(phone)")
        }
        for phone in ["call reception", "ask for Sue", "via the hub", "12", "n/a", "０１"] {
            #expect(PartnerDetailRules.phoneProblem(phone)?.contains("has no number to ring in it") == true, "\(phone)")
        }
    }

    @Test func anEmailAddressHasANameAndADomainWithADot() {
        for email in ["jones@surgery.nhs.uk", "a.b+c@x.co", "Sue.Brown@Example.ORG"] {
            #expect(PartnerDetailRules.emailProblem(email) == nil, "\(email)")
        }
        for email in ["jones@", "@evil", "a@b", "a b@c.uk", "a@@b.uk", "a@b.", "a@.uk", "jones at surgery.nhs.uk", "a@b..uk",
                      "p.patel@nhs.nеt", "jones@x.com?bcc=evil%40attacker.com", "\"onload=x\"@x.com", "ok:@all.records.fine"] {
            #expect(PartnerDetailRules.emailProblem(email)?.hasSuffix("is not an email address: it is written name@place.domain in plain letters and digits, as jones@surgery.nhs.uk") == true,
                    "\(email)")
        }
        // As an address book copies one, or two at once: the address alone is asked for.
        for email in ["Dr Priya Patel <p.patel@nhs.net>", "mailto:p.patel@nhs.net", "p.patel@nhs.net; reception@nhs.net"] {
            #expect(PartnerDetailRules.emailProblem(email)?.hasSuffix("is not one email address: write the address alone, as jones@surgery.nhs.uk") == true,
                    "\(email)")
        }
    }

    /// Adding refuses either beside its field; correcting a partner refuses a new phone or
    /// email that is no use, but lets one saved before these rules stand while their name is
    /// corrected.
    @Test func addingAndCorrectingMeetTheRules() throws {
        let store = try Store.inMemory(staff: "Amara", clock: ManualClock(Fixture.start), calendar: Fixture.utc)
        let phone = fieldError { _ = try store.addPartner(PartnerDraft(name: "Dr Jones", role: .gp, phone: "call reception")) }
        #expect(phone?.field == "phone")
        let email = fieldError { _ = try store.addPartner(PartnerDraft(name: "Dr Jones", role: .gp, email: "jones@")) }
        #expect(email?.field == "email")
        #expect(store.partners.isEmpty)

        var old = Partner(name: "Dr Jnoes", role: .gp, phone: "call reception", email: "jones@", audit: Audit(by: "Amara", at: Fixture.start))
        try store.bulkLoad { records in try records.add(old) }
        old.name = "Dr Jones"
        old = try store.correct(old, reason: "Name misspelt")
        #expect(store.partner(id: old.id)?.name == "Dr Jones")
        var moved = old
        moved.email = "jones@surgery"
        #expect(fieldError { _ = try store.correct(moved, reason: "New address") }?.field == "email")
        moved.email = "jones@surgery.nhs.uk"
        moved.phone = "reception"
        #expect(fieldError { _ = try store.correct(moved, reason: "New address") }?.field == "phone")
        moved.phone = "01632 960123"
        #expect(try store.correct(moved, reason: "New address").phone == "01632 960123")
    }
}
