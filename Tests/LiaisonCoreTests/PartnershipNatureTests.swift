import Foundation
import LiaisonTestSupport
import Testing
@testable import LiaisonCore

/// R4: each contact's nature on the policy's four axes, read as staff write it, shown, and used to
/// narrow the report.
@Suite struct PartnershipNatureTests {
    @Test func theFourAxesAreReadInAnyOrderAndAllFourAreNeeded() throws {
        let nature = try PartnershipNature.parse("formal, multi-agency DIRECT high")
        #expect(nature == PartnershipNature(level: .high, agencies: .multi, formality: .formal, involvement: .direct))
        #expect(nature.summary == "high · multi-agency · formal · direct")
        #expect(fieldError { _ = try PartnershipNature.parse("formal multi") }?.field == "nature")
        #expect(fieldError { _ = try PartnershipNature.parse("formal multi high sideways") }?.message.contains("sideways") == true)
        #expect(nature.matches(["formal", "multi"]) && !nature.matches(["informal"]))
    }

    @Test func theReportCanBeNarrowedToANature() throws {
        let f = try Fixture()
        let person = try f.person(), partner = try f.partner()
        let formal = try f.store.addContact(ContactDraft(
            personID: person.id, partnerID: partner.id, channel: .meeting, summary: "Best-interests meeting",
            nature: try PartnershipNature.parse("high multi formal direct")))
        _ = try f.contact(person, partner, summary: "Quick call")
        let report = try HandoverReport.gather(from: f.store, period: .today, nature: ["formal"])
        #expect(report.contacts.map(\.id) == [formal.id])
        let text = report.text()
        #expect(text.contains("CONTACTS (1, 0 reviewed, formal only)"))
        #expect(text.contains("Partnership: high · multi-agency · formal · direct"))
    }
}
