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
        // Two answers on one axis are not a classification: the later one is not taken quietly.
        #expect(fieldError { _ = try PartnershipNature.parse("formal informal multi high direct") }?.message
            == "“formal” and “informal” are both about formality, and a contact has only one; give one of them")
    }

    /// A filter with two words on one axis matches nothing, since every contact has one of
    /// them: refused, instead of an empty report that reads as "none of these happened".
    @Test func aFilterCannotAskForBothAnswersOnOneAxis() throws {
        #expect(try PartnershipNature.filterWords("formal multi-agency") == ["formal", "multi-agency"])
        #expect(try PartnershipNature.filterWords("multi multi-agency") == ["multi", "multi-agency"], "one word, said twice")
        #expect(fieldError { _ = try PartnershipNature.filterWords("formal informal") }?.message.contains("both about formality") == true)
        #expect(fieldError { _ = try PartnershipNature.filterWords("single, multi") }?.message.contains("both about the agencies involved") == true)
        #expect(fieldError { _ = try PartnershipNature.filterWords("low HIGH") }?.field == "nature")
        #expect(fieldError { _ = try PartnershipNature.filterWords("direct indirect") }?.message.contains("the person's involvement") == true)
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
