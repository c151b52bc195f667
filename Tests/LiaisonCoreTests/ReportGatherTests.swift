import Foundation
import LiaisonTestSupport
import Testing
@testable import LiaisonCore

@Suite struct ReportGatherTests {
    @Test func gathersTheDayAndWhatIsOwed() throws {
        let report = try ReportFixture().report()
        #expect(report.day == "2026-11-25")
        #expect(report.asAt == ReportFixture.at(2026, 11, 25, 10, 0))
        #expect(report.review?.by == "Amara Shift-Lead")
        #expect(report.contacts.map(\.person) == ["Edith Brown", "Arthur Lee"])
        // The first contact was there when the day was reviewed; the second came after.
        #expect(report.contacts.map(\.reviewed) == [true, false])
        #expect(report.chaseList.map(\.person) == ["Edith Brown", "Edith Brown"])
        #expect(report.chaseList.map(\.waitingHours) == [19, 1])
        #expect(report.overdueTasks.map(\.title) == ["Call Dr Patel back"])
        #expect(report.overdueTasks.first?.hoursOverdue == 2)
        #expect(report.openEscalations.map(\.manager) == ["Rosa Grant"])
        #expect(report.openEscalations.first?.overdue == false)
    }

    @Test func sharingExceptionsAreTheDaysSharesWithoutABasis() throws {
        let report = try ReportFixture().report()
        let entry = try #require(report.sharingExceptions.first)
        #expect(report.sharingExceptions.count == 1)
        #expect(entry.person == "Arthur Lee")
        #expect(entry.basis == .none)
        #expect(entry.partner == "Jo Okafor")
        #expect(entry.role == .districtNurse)
        #expect(entry.exception == SharingException(
            kind: .bestInterests, reason: "He needs treatment today and no one can consent for him", decidedBy: "Amara Shift-Lead", capacity: .sample))
    }

    @Test func anEmptyDayStillCarriesWhatIsOwed() throws {
        let fixture = try ReportFixture()
        let report = try fixture.report(ReportFixture.at(2026, 11, 20, 12, 0))
        #expect(report.day == "2026-11-20")
        #expect(report.contacts.isEmpty)
        #expect(report.sharingExceptions.isEmpty)
        #expect(report.review == nil)
        #expect(report.chaseList.count == 2)
        #expect(report.overdueTasks.count == 1)
    }

    @Test func anUnreviewedDayMarksNoContactReviewed() throws {
        let report = try ReportFixture(reviewed: false).report()
        #expect(report.review == nil)
        #expect(report.contacts.allSatisfy { !$0.reviewed })
    }

    @Test func aContactMarkedOnItsOwnIsReviewedByWhoMarkedIt() throws {
        let fixture = try ReportFixture(reviewed: false)
        let first = try #require(try fixture.report().contacts.first)
        let contact = try #require(try fixture.store.contact(id: first.id))
        try fixture.store.markReviewed(contact)
        let report = try fixture.report()
        let marked = try #require(report.contacts.first { $0.id == first.id })
        #expect(marked.reviewed)
        #expect(marked.reviewedBy == fixture.store.staff)
        #expect(report.contacts.filter(\.reviewed).count == 1)
    }

    @Test func anEscalationPastItsDueDateIsMarkedOverdue() throws {
        let fixture = try ReportFixture()
        fixture.f.clock.set(ReportFixture.at(2026, 11, 28, 10, 0))
        let report = try fixture.report()
        #expect(report.openEscalations.first?.overdue == true)
        #expect(report.overdueTasks.map(\.title) == ["Call Dr Patel back", "Order dressings"])
    }

    @Test func aSevenDayPeriodIsEvidenceForAnInspection() throws {
        let fixture = try ReportFixture()
        let report = try HandoverReport.gather(
            from: fixture.store, period: .period(from: ReportFixture.at(2026, 11, 19, 0, 0), to: ReportFixture.at(2026, 11, 25, 0, 0)))
        #expect(report.isPeriod && report.day == "2026-11-19" && report.lastDay == "2026-11-25")
        #expect(report.contacts.map(\.summary) == [
            "GP rang with blood results", "GP called about her cough", "Told the nurse about a new pressure sore",
        ])
        #expect(report.review == nil && report.acknowledgedBy.isEmpty)
        // Each contact is read against its own day's review (R12): the 25th was reviewed at
        // 09:00, so its contact entered before then is reviewed in the period too, and the one
        // entered after is not; the 24th was never reviewed.
        #expect(report.contacts.map(\.reviewed) == [false, true, false])
        #expect(report.contacts.map(\.reviewedBy) == [nil, "Amara Shift-Lead", nil])
        #expect(report.contacts.map(\.reviewed) == (try HandoverReport.gather(from: fixture.store, day: ReportFixture.at(2026, 11, 24, 0, 0)).contacts
                    + fixture.report().contacts).map(\.reviewed), "as each day's own handover says")
        #expect(report.text().contains("CONTACTS (3, 1 reviewed)"))
        #expect(report.corrections.map(\.was) == [["summary was “Told the nurse about a sore”"]])
        let text = report.text()
        #expect(text.hasPrefix("PARTNERSHIP RECORD FROM THURSDAY 19 NOVEMBER 2026 TO WEDNESDAY 25 NOVEMBER 2026\n"))
        #expect(text.contains("  24 Nov 15:00  Edith Brown · Dr Patel, GP (Riverside Surgery)"))
        #expect(fieldError { _ = try HandoverReport.gather(from: fixture.store, first: fixture.today, last: fixture.today - 86_400) }?.field == "to")
    }

    @Test func theHandoverNamesWhoMadeItAndWhoReadIt() throws {
        let report = try ReportFixture().report()
        #expect(report.producedBy == "Amara Shift-Lead")
        #expect(report.acknowledgedBy.map(\.at) == [ReportFixture.at(2026, 11, 25, 7, 5)])
        #expect(report.dueSoon.map(\.title) == ["Order dressings"])
        #expect(report.basisAttention.map(\.need) == ["no basis recorded"])
    }

    @Test func periodsAreReadAsStaffWriteThem() throws {
        #expect(try ReportPeriod.parse(date: nil, from: nil, to: nil, now: Date(timeIntervalSince1970: 1_795_600_800), calendar: Fixture.utc) == .today)
        #expect(fieldError { _ = try ReportPeriod.parse(date: "2026-11-20", from: "2026-11-01", to: nil, now: Date(timeIntervalSince1970: 1_795_600_800), calendar: Fixture.utc) }?.field == "date")
        #expect(fieldError { _ = try ReportPeriod.parse(date: nil, from: nil, to: "2026-11-20", now: Date(timeIntervalSince1970: 1_795_600_800), calendar: Fixture.utc) }?.field == "from")
        #expect(fieldError { _ = try ReportPeriod.parse(date: nil, from: "soon", to: nil, now: Date(timeIntervalSince1970: 1_795_600_800), calendar: Fixture.utc) }?.field == "from")
    }
}
