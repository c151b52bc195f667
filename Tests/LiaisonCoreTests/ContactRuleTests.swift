import Foundation
import LiaisonTestSupport
import Testing
@testable import LiaisonCore

@Suite struct ContactRuleTests {
    @Test func emptySummaryAndBlankAdviceAreRefused() throws {
        let f = try Fixture()
        let person = try f.person(), partner = try f.partner()
        #expect(fieldError { _ = try f.contact(person, partner, summary: " ") }?.field == "summary")
        #expect(fieldError { _ = try f.contact(person, partner, advice: "") }?.field == "advice")
    }

    @Test func confirmationNeedsAdvice() throws {
        let f = try Fixture()
        let error = fieldError { _ = try f.contact(try f.person(), try f.partner(), confirmation: .requested) }
        #expect(error?.field == "advice")
    }

    @Test func unknownPersonIsRefused() throws {
        let f = try Fixture()
        let partner = try f.partner()
        let error = fieldError {
            _ = try f.store.addContact(ContactDraft(personID: "nobody", partnerID: partner.id, channel: .phone, summary: "x"))
        }
        #expect(error?.field == "person")
        #expect(fieldError { _ = try f.store.findPerson("Nobody Here") }?.field == "person")
    }

    @Test func futureContactsAreRefused() throws {
        let f = try Fixture()
        let error = fieldError {
            _ = try f.contact(try f.person(), try f.partner(), at: Fixture.start.addingTimeInterval(3_600))
        }
        #expect(error?.field == "when")
    }

    @Test func bothTimesAndTheAuthorAreKept() throws {
        let f = try Fixture()
        let happened = Fixture.start.addingTimeInterval(-7_200)
        let contact = try f.contact(try f.person(), try f.partner(), at: happened)
        #expect(contact.happenedAt == happened)
        #expect(contact.audit.createdAt == Fixture.start)
        #expect(contact.recordedBy == "Amara Shift-Lead")
    }

    @Test func chaseListIsOldestFirstAndClearsOnReceipt() throws {
        let f = try Fixture()
        let person = try f.person(), partner = try f.partner()
        let first = try f.contact(person, partner, advice: "Push fluids", confirmation: .requested)
        f.clock.advance(by: 600)
        let second = try f.contact(person, partner, advice: "Recheck weight weekly", confirmation: .requested)
        _ = try f.contact(person, partner, advice: "No change", confirmation: .notNeeded, note: "Same as the care plan already says")
        #expect(f.store.chaseList.map(\.id) == [first.id, second.id])
        try f.store.recordConfirmation(.received(reference: "email 24/11"), on: first)
        #expect(f.store.chaseList.map(\.id) == [second.id])
    }

    @Test func carePlanChangeNeedsItsReason() throws {
        let f = try Fixture()
        let person = try f.person(), partner = try f.partner()
        let error = fieldError {
            _ = try f.store.addContact(ContactDraft(
                personID: person.id, partnerID: partner.id, channel: .visit, summary: "Visit", advice: "Thicken drinks",
                carePlanChange: "Level 2 thickened fluids"))
        }
        #expect(error?.field == "care-plan-reason")
    }

    @Test func findsByNameAccentInsensitivelyAndRefusesAmbiguity() throws {
        let f = try Fixture()
        let person = try f.person("Siobhán Ní Bhriain")
        #expect(try f.store.findPerson("siobhan ní bhriain").id == person.id)
        _ = try f.person("John Smith")
        _ = try f.store.addPerson(PersonDraft(name: "John Smith", location: "Room 2", namesake: true))
        #expect(fieldError { _ = try f.store.findPerson("John Smith") }?.message.contains("fits 2") == true)
    }

    @Test func dayQueriesAndSearchIncludeHistory() throws {
        let f = try Fixture()
        let person = try f.person(), partner = try f.partner()
        let old = try f.contact(person, partner, summary: "Wound check", advice: "Dress the heel daily", at: Fixture.start.addingTimeInterval(-40 * 86_400))
        #expect(!f.store.recentContacts.contains { $0.id == old.id })
        #expect(try f.store.contacts(on: old.happenedAt).map(\.id) == [old.id])
        var amended = old
        amended.advice = "Dress the heel every other day"
        try f.store.amend(amended, reason: "Nurse corrected the frequency")
        #expect(try f.store.search("daily").map(\.id) == [old.id])
        #expect(try f.store.search("heel other").map(\.id) == [old.id])
        #expect(try f.store.search("nothing-like-this").isEmpty)
    }

    @Test func dayReviewRecordsWhoAndWhen() throws {
        let f = try Fixture()
        #expect(try f.store.dayReview(for: Fixture.start) == nil)
        let review = try #require(try f.store.markDayReviewed(Fixture.start).first)
        #expect(review.day == "2026-11-25")
        #expect(try f.store.dayReview(for: Fixture.start)?.reviewedBy == "Amara Shift-Lead")
    }

    /// A contact corrected after it was reviewed is reviewed again: the review was of what it
    /// said before. Steps that follow advice (a confirmation asked for) are not corrections and
    /// leave it reviewed; a correction of one reviewed on its own asks for a new mark too.
    @Test func aContactCorrectedAfterItsReviewIsReviewedAgain() throws {
        let f = try Fixture()
        let edith = try f.person()
        let gp = try f.partner()
        let first = try f.store.addContact(ContactDraft(personID: edith.id, partnerID: gp.id, channel: .phone, happenedAt: Fixture.start - 7_200,
                                                        summary: "GP rang", advice: "Dress the heel daily"))
        let second = try f.store.addContact(ContactDraft(personID: edith.id, partnerID: gp.id, channel: .phone, happenedAt: Fixture.start - 3_600,
                                                         summary: "Nurse rang"))
        f.clock.advance(by: 600)
        try f.store.markDayReviewed(Fixture.start)
        f.clock.advance(by: 600)
        try f.store.markReviewed(try #require(try f.store.contact(id: second.id)))
        f.clock.advance(by: 600)
        // A step that follows the advice is not a correction.
        var asked = try #require(try f.store.contact(id: first.id))
        asked.confirmation = Confirmation(state: .requested, requestedAt: f.clock.now)
        try f.store.amend(asked, reason: "asked for it in writing")
        var report = try HandoverReport.gather(from: f.store, day: Fixture.start)
        #expect(report.contacts.map(\.reviewed) == [true, true])

        f.clock.advance(by: 600)
        var corrected = try #require(try f.store.contact(id: first.id))
        corrected.advice = "Dress the heel every other day"
        let saved = try f.store.correct(corrected, reason: "Nurse corrected the frequency")
        #expect(saved.correctedAt == f.clock.now)
        var again = try #require(try f.store.contact(id: second.id))
        again.summary = "District nurse rang"
        try f.store.correct(again, reason: "It was the district nurse")
        report = try HandoverReport.gather(from: f.store, day: Fixture.start)
        #expect(report.contacts.map(\.reviewed) == [false, false])
        let text = report.text(width: 200)
        #expect(text.contains("; 2 contacts corrected since are not reviewed."), "\(text)")
        #expect(text.contains("not reviewed since corrected"), "\(text)")
        #expect(report.markdown().contains("| no, corrected since |"), "\(report.markdown())")
        let rows = try #require(RFC4180Reader.table(report.csv())).filter { $0["section"] == "contact" }
        #expect(rows.map { [$0["reviewed"], $0["corrected_since_review"]] } == [["no", "2026-11-25 10:40"], ["no", "2026-11-25 10:40"]],
                "\(report.csv())")

        f.clock.advance(by: 600)
        let marks = try f.store.markDayReviewed(Fixture.start)
        #expect(marks.count == 1, "the day keeps its first mark")
        let now = try f.store.contacts(on: Fixture.start)
        #expect(now.allSatisfy { $0.reviewed == ReviewMark(by: "Amara Shift-Lead", at: f.clock.now) }, "each reviewed again on its own")
        #expect(try HandoverReport.gather(from: f.store, day: Fixture.start).contacts.map(\.reviewed) == [true, true])

        // Taking back a confirmation step is a correction of the step, not of what was read.
        f.clock.advance(by: 600)
        let received = try f.store.recordConfirmation(.received(at: f.clock.now), on: try #require(try f.store.contact(id: first.id)))
        f.clock.advance(by: 600)
        let takenBack = try f.store.recordConfirmation(.takenBack(reason: "Letter was for someone else"), on: received)
        #expect(takenBack.correctedAt == saved.correctedAt, "only what a reviewer reads moves it")
        #expect(try HandoverReport.gather(from: f.store, day: Fixture.start).contacts.map(\.reviewed) == [true, true])

        // A time of correction no correction could give is refused on import and by check.
        var forged = try #require(try f.store.contact(id: second.id))
        forged.correctedAt = f.clock.now.addingTimeInterval(86_400 * 365 * 70)
        #expect(forged.textProblems.map(\.field) == ["correctedAt"])
        forged.correctedAt = nil
        #expect(forged.textProblems.isEmpty)
    }

    /// A contact never reviewed and corrected does not say its review was undone.
    @Test func aCorrectionOfAContactNeverReviewedUndoesNoReview() throws {
        let f = try Fixture()
        let contact = try f.store.addContact(ContactDraft(personID: try f.person().id, partnerID: try f.partner().id, channel: .phone,
                                                          happenedAt: Fixture.start - 3_600, summary: "GP rang"))
        f.clock.advance(by: 600)
        var corrected = contact
        corrected.summary = "GP rang back"
        let saved = try f.store.correct(corrected, reason: "It was a call back")
        #expect(DayMarks.none.reviewUndone(saved) == nil)
        let report = try HandoverReport.gather(from: f.store, day: Fixture.start)
        #expect(report.contacts.first?.correctedAfterReview == nil)
        #expect(report.text(width: 200).contains("Recorded by Amara Shift-Lead · not reviewed\n"))
    }

    /// Reviewing a day again, after contacts were entered since its first review, marks those
    /// contacts reviewed, each by whoever reviews now; the day keeps its first mark, and what
    /// was reviewed the first time keeps who reviewed it.
    @Test func reviewingADayAgainReviewsWhatWasEnteredSince() throws {
        let f = try Fixture()
        let edith = try f.person()
        let gp = try f.partner()
        func add(_ summary: String, at: Date) throws -> Contact {
            try f.store.addContact(ContactDraft(personID: edith.id, partnerID: gp.id, channel: .phone, happenedAt: at, summary: summary))
        }
        let first = try add("Morning call", at: Fixture.start - 7_200)
        f.clock.advance(by: 3_600)
        let review = try f.store.markDayReviewed(Fixture.start)
        f.clock.advance(by: 1_800)
        let late = try add("Evening call: stop the diuretic", at: Fixture.start - 3_600)
        let later = try f.store.contacts(on: Fixture.start)
        #expect(later.map { DayMarks(review).isReviewed($0) } == [true, false])

        f.clock.advance(by: 1_800)
        let again = try Store(backend: f.store.backend, staff: "Ruth Okafor", clock: f.clock, calendar: Fixture.utc, timescales: .standard)
        #expect(try again.markDayReviewed(Fixture.start) == review, "the day keeps its first mark")
        let now = try again.contacts(on: Fixture.start)
        #expect(now.allSatisfy { DayMarks(review).isReviewed($0) }, "reviewed each on its own, since")
        #expect(now.first { $0.id == late.id }?.reviewed == ReviewMark(by: "Ruth Okafor", at: f.clock.now))
        #expect(now.first { $0.id == first.id }?.reviewed == nil, "reviewed by the day's mark, as it was")
        let report = try HandoverReport.gather(from: again, day: Fixture.start)
        #expect(report.contacts.map(\.reviewedBy) == ["Amara Shift-Lead", "Ruth Okafor"])
        #expect(!report.text().contains("entered since"), "\(report.text())")
        // The day's reviewer did not see the later one: the handover says who did.
        let text = report.text(width: 200)
        #expect(text.contains("Morning call\n         Recorded by Amara Shift-Lead · entered 2 h later, 25 Nov 10:00 · reviewed\n"), "\(text)")
        #expect(text.contains("stop the diuretic\n         Recorded by Amara Shift-Lead · entered 2 h later, 25 Nov 11:30 · reviewed by Ruth Okafor\n"),
                "\(text)")
    }
}
