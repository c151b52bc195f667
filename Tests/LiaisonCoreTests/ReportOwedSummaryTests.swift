import Foundation
import LiaisonTestSupport
import Testing
@testable import LiaisonCore

/// The text handover shows the oldest five rows of a long owed list, and then every row from
/// the day being handed over: the advice of that day, which the next shift must decide about,
/// was the part cut ("… and 38 more").
@Suite struct ReportOwedSummaryTests {
    @Test func theDaysOwnAdviceIsListedAfterTheOldestAndTheCount() throws {
        let f = try Fixture()
        let edith = try f.person("Edith Brown")
        let gp = try f.partner("Dr Patel")
        for day in 16...23 {
            f.clock.set(ReportFixture.at(2026, 11, day, 10, 5))
            _ = try f.store.addContact(ContactDraft(personID: edith.id, partnerID: gp.id, channel: .phone,
                                                    happenedAt: ReportFixture.at(2026, 11, day, 10, 0),
                                                    summary: "Call on the \(day)th", advice: "Advice of the \(day)th"))
        }
        f.clock.set(ReportFixture.at(2026, 11, 25, 9, 5))
        _ = try f.store.addContact(ContactDraft(personID: edith.id, partnerID: gp.id, channel: .phone,
                                                happenedAt: ReportFixture.at(2026, 11, 25, 9, 0),
                                                summary: "Call today", advice: "Advice given today"))
        f.clock.set(ReportFixture.at(2026, 11, 25, 10, 0))
        let text = try HandoverReport.gather(from: f.store, day: ReportFixture.at(2026, 11, 25, 0, 0)).text(width: 200)
        let section = try #require(text.components(separatedBy: "DECIDE: ASK IN WRITING (9, oldest first)").last)
        for day in 16...20 { #expect(section.contains("Advice of the \(day)th"), "the five oldest") }
        for day in 21...23 { #expect(!section.contains("Advice of the \(day)th"), "cut, and counted") }
        #expect(section.contains("… and 3 more, all listed oldest first under o on the dashboard"))
        let count = try #require(section.range(of: "then those from this report's own contacts:"))
        let today = try #require(section.range(of: "Advice given today"), "the day's own advice is listed")
        #expect(count.upperBound < today.lowerBound, "after the count, so the list stays oldest first")
    }
}
