import LiaisonTestSupport
import Testing
@testable import LiaisonCore

/// What an import says it wrote: every kind, in the export's order, in words.
@Suite struct ImportTallyTests {
    @Test func everyKindIsSaidWithOneAndManyAndThousands() {
        let tally = ImportTally([(.people, 1), (.partners, 0), (.contacts, 1_204_000), (.tasks, 12), (.escalations, 1),
                                 (.agreements, 2), (.dayReviews, 1), (.history, 999)])
        #expect(tally.description == "1 person, 0 partners, 1,204,000 contacts, 12 tasks, 1 escalation, "
                    + "2 partnership agreements, 1 day review and 999 earlier versions")
        #expect(ImportTally([(.people, 1000)]).description == "1,000 people")
        #expect(ImportTally([]).description == "nothing")
    }

    @Test func anImportCountsTheRowsItWrote() throws {
        let source = try Fixture()
        let edith = try source.store.addPerson(PersonDraft(name: "Edith Brown"))
        let patel = try source.store.addPartner(PartnerDraft(name: "Dr Anil Patel", role: .gp))
        for summary in ["GP rang", "GP rang again"] {
            try source.store.addContact(ContactDraft(personID: edith.id, partnerID: patel.id, channel: .phone, summary: summary))
        }
        let target = try Fixture()
        let tally = try target.store.importJSON(try source.store.exportJSON())
        #expect(tally.counts.map(\.count) == [1, 1, 2, 0, 0, 0, 0, 0], "\(tally)")
    }
}
