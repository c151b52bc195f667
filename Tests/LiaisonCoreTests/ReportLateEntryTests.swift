import Foundation
import LiaisonTestSupport
import Testing
@testable import LiaisonCore

/// R5 keeps when a contact happened and when it was entered. A contact typed up the next
/// morning must not read in the handover like one recorded during the call.
@Suite struct ReportLateEntryTests {
    /// Tuesday 24 November 2026: one contact entered five minutes after the call, one entered at
    /// 11:00 the next day (20 hours late), and one entered exactly an hour after it happened.
    private static func report() throws -> HandoverReport {
        let f = try Fixture()
        let edith = try f.person("Edith Brown")
        let gp = try f.partner("Dr Patel")
        func add(_ summary: String, happened: Date, entered: Date) throws {
            f.clock.set(entered)
            _ = try f.store.addContact(ContactDraft(
                personID: edith.id, partnerID: gp.id, channel: .phone, happenedAt: happened, summary: summary))
        }
        try add("On time", happened: ReportFixture.at(2026, 11, 24, 9, 0), entered: ReportFixture.at(2026, 11, 24, 9, 5))
        try add("An hour on", happened: ReportFixture.at(2026, 11, 24, 10, 0), entered: ReportFixture.at(2026, 11, 24, 11, 0))
        try add("Typed up next day", happened: ReportFixture.at(2026, 11, 24, 15, 0), entered: ReportFixture.at(2026, 11, 25, 11, 0))
        f.clock.set(ReportFixture.at(2026, 11, 25, 12, 0))
        return try HandoverReport.gather(from: f.store, day: ReportFixture.at(2026, 11, 24, 0, 0))
    }

    @Test func theTextMarksOnlyTheContactEnteredMoreThanAnHourLate() throws {
        let text = try Self.report().text()
        let contacts = try #require(text.components(separatedBy: "\n\n").first { $0.hasPrefix("CONTACTS") })
        #expect(contacts == """
            CONTACTS (3, 0 reviewed)
            ------------------------
              09:00  Edith Brown · Dr Patel, GP (Riverside Surgery) · phone, incoming
                     On time
                     Recorded by Amara Shift-Lead · not reviewed
              10:00  Edith Brown · Dr Patel, GP (Riverside Surgery) · phone, incoming
                     An hour on
                     Recorded by Amara Shift-Lead · not reviewed
              15:00  Edith Brown · Dr Patel, GP (Riverside Surgery) · phone, incoming
                     Typed up next day
                     Recorded by Amara Shift-Lead · entered 20 h later, 25 Nov 11:00
                     not reviewed
            """)
    }

    @Test func markdownSaysSoBesideWhoRecordedIt() throws {
        let markdown = try Self.report().markdown()
        let rows = markdown.split(separator: "\n").filter { $0.contains("Typed up next day") || $0.contains("On time") }
        #expect(rows.count == 2)
        #expect(rows.first?.contains("| Amara Shift-Lead (entered 20 h later, 25 Nov 11:00) |") == false)
        #expect(rows.last?.contains("| Amara Shift-Lead (entered 20 h later, 25 Nov 11:00) |") == true)
    }

    @Test func csvAndJSONCarryTheEntryTimeOfEveryContact() throws {
        let report = try Self.report()
        let table = try #require(RFC4180Reader.table(report.csv()))
        let entered = table.filter { $0["section"] == "contact" }.map { $0["entered"] }
        #expect(entered == ["2026-11-24 09:05", "2026-11-24 11:00", "2026-11-25 11:00"])

        let object = try #require(try JSONSerialization.jsonObject(with: Data(report.json().utf8)) as? [String: Any])
        let contacts = try #require(object["contacts"] as? [[String: Any]])
        #expect(contacts.map { $0["enteredAt"] as? String } == ["2026-11-24T09:05:00Z", "2026-11-24T11:00:00Z", "2026-11-25T11:00:00Z"])
    }

    @Test func lateIsCountedInWholeHoursFromAnHourOn() {
        let at = ReportFixture.at(2026, 11, 24, 9, 0)
        func late(after seconds: TimeInterval) -> Int? {
            HandoverReport.ContactEntry(
                id: "c", happenedAt: at, enteredAt: at.addingTimeInterval(seconds), person: "", partner: "", role: .gp,
                organisation: nil, channel: .phone, direction: .incoming, summary: "", advice: nil, confirmation: nil,
                carePlanAmendment: nil, sharedByUs: false, sharingException: nil, nature: nil, recordedBy: "", reviewed: false,
                reviewedBy: nil).hoursEnteredLate
        }
        #expect(late(after: 3_600) == nil)
        #expect(late(after: 3_660) == 1)
        #expect(late(after: 49 * 3_600) == 49)
        // A contact dated a little after its entry (clock skew between machines) is not late.
        #expect(late(after: -120) == nil)
    }
}
