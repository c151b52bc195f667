import Foundation
import LiaisonTestSupport
import Testing
@testable import LiaisonCore

/// The handover's corrections section in staff's words: a corrected exception or assessment is
/// described field by field with its dates, never as raw JSON, and each correction names the
/// person the record was about as that correction left it.
@Suite struct CorrectionWordsTests {
    @Test func aCorrectedExceptionReadsInWordsWithItsDates() throws {
        let f = try Fixture()
        let harold = try f.person("Harold Finch", basis: .withdrawn)
        let nurse = try f.partner("Jo Okafor", role: .districtNurse)
        let contact = try f.store.addContact(ContactDraft(
            personID: harold.id, partnerID: nurse.id, channel: .phone, summary: "Told the nurse about the bruising", sharedByUs: true,
            exception: SharingException(kind: .safeguarding, reason: "Bruising of unknown cause; at risk tonight", decidedBy: "Kasia Nowak")))
        var corrected = contact
        corrected.sharingException?.reason = "Bruising of unknown cause on both arms; at risk tonight"
        _ = try f.store.correct(corrected, reason: "The reason left out where the bruising was")
        let text = try HandoverReport.gather(from: f.store, day: f.clock.now).text(width: 200)
        // Only what changed inside the exception: its kind and who decided stay as they were.
        #expect(text.contains("Before: sharing exception: reason was “Bruising of unknown cause; at risk tonight”\n"), "\(text)")
        #expect(!text.contains("{\""))
    }

    @Test func datesInsideAPartAreWrittenAsDates() {
        let diff = CorrectionDiff(calendar: Fixture.utc, name: { _ in nil })
        let day = Fixture.utc.date(from: DateComponents(year: 2026, month: 11, day: 18))!.timeIntervalSince1970
        let old = #"{"sharingException":{"kind":"best-interests","reason":"r","capacity":{"assessedBy":"Dr Okafor","assessedOn":\#(day),"decision":"d","consulted":"c"}}}"#
        let new = #"{"sharingException":null}"#
        #expect(diff.was(old: old, new: new) == [
            "sharing exception was capacity assessment assessed by “Dr Okafor”, assessed on 18 Nov 2026, consulted “c”, decision “d”, kind “best-interests”, reason “r”",
        ])
    }

    /// A year typed wrong and put right changes only the year: the handover must show it as a
    /// change, so every moment in a correction is written with its year.
    @Test func aCorrectionOfTheYearAloneReadsAsAChange() throws {
        let f = try Fixture()
        let contact = try f.contact(try f.person("Harold Finch"), try f.partner(), at: Fixture.start - 3653 * 86_400)
        var corrected = contact
        corrected.happenedAt = Fixture.start
        _ = try f.store.correct(corrected, reason: "The year was typed wrong")
        let text = try HandoverReport.gather(from: f.store, day: f.clock.now).text(width: 200)
        #expect(text.contains("when was 24 Nov 2016 10:00"), "\(text)")
        // The task of a year ago in the same handover keeps its year where the date is short.
        let style = ReportStyle(try HandoverReport.gather(from: f.store, day: f.clock.now))
        #expect(style.short(Fixture.start - 365 * 86_400) == "25 Nov 2025 10:00")
        #expect(style.short(Fixture.start - 182 * 86_400) == "27 May 10:00")
        #expect(style.short(Fixture.start + 183 * 86_400) == "27 May 2027 10:00")
        // The handover of a day a year back is as at today, and says so with the year.
        let lastYear = try HandoverReport.gather(from: f.store, day: f.clock.now - 365 * 86_400).text(width: 200)
        #expect(lastYear.contains("HANDOVER FOR TUESDAY 25 NOVEMBER 2025\nAs at 25 Nov 2026 10:00 (GMT)"), "\(lastYear)")
        #expect(text.contains("As at 25 Nov 10:00 (GMT)"), "today's needs no year")
    }

    /// A leaving's note added, then its kind corrected: each line names only the part that
    /// changed, and a note there was none of reads "empty".
    @Test func aLeavingCorrectedReadsAsTheFieldsThatChanged() throws {
        let f = try Fixture()
        let left = try f.store.leave(try f.person("Harold Finch"), as: .moved, on: Fixture.start - 86_400, note: nil, reason: "")
        let noted = try f.store.correctLeaving(left, as: .moved, on: nil, note: "To Oak Lodge", reason: "The home was left out")
        _ = try f.store.correctLeaving(noted, as: .discharged, on: nil, note: nil, reason: "He was discharged, not moved")
        let text = try HandoverReport.gather(from: f.store, day: f.clock.now).text(width: 200)
        #expect(text.contains("Before: how they left: note was empty\n"), "\(text)")
        #expect(text.contains("Before: how they left: kind was “moved”\n"), "\(text)")
        #expect(!text.contains("how they left was"), "\(text)")
    }

    /// Moved from Dorothy to Harold, then from Harold to Edith: the first correction's line is
    /// about Harold, where it left the contact, not Edith, where it is now.
    @Test func eachCorrectionNamesThePersonAsItLeftTheRecord() throws {
        let f = try Fixture()
        let dorothy = try f.person("Dorothy Pemberton"), harold = try f.person("Harold Finch"), edith = try f.person("Edith Brown")
        let gp = try f.partner()
        let contact = try f.contact(dorothy, gp, summary: "GP rang about the cough")
        var moved = contact
        moved.personID = harold.id
        let once = try f.store.correct(moved, reason: "It was Harold the GP rang about")
        var again = once
        again.personID = edith.id
        _ = try f.store.correct(again, reason: "No: it was Edith")
        let report = try HandoverReport.gather(from: f.store, day: f.clock.now)
        #expect(report.corrections.map(\.about) == ["contact about Harold Finch", "contact about Edith Brown"])
        #expect(report.corrections.map(\.was) == [["person was Dorothy Pemberton"], ["person was Harold Finch"]])
    }
}
