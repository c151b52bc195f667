import Foundation
import LiaisonTestSupport
import Testing
@testable import LiaisonCore

/// R1: someone leaves the service — discharged, moved or died, on a date — and leaves the working
/// lists, while every record about them stays and can be found; they can come back.
@Suite struct LeavingTests {
    @Test func someoneWhoDiedLeavesTheListsButTheirRecordsStay() throws {
        let f = try Fixture()
        let harold = try f.person("Harold Finch", basis: .none)
        let contact = try f.contact(harold, try f.partner(), summary: "GP confirmed the end-of-life plan")
        #expect(f.store.counts.people == 1 && f.store.counts.withoutSharingBasis == 1)
        let left = try f.store.leave(harold, as: .died, on: Fixture.start - 86_400, note: "Peacefully, with his daughter", reason: "")
        #expect(left.leftAs == "died" && left.discharged == Fixture.start - 86_400 && left.leaving?.note == "Peacefully, with his daughter")
        #expect(f.store.counts.people == 0 && f.store.counts.withoutSharingBasis == 0)
        #expect(try HandoverReport.gather(from: f.store, day: Fixture.start).basisAttention.isEmpty)
        #expect(try f.store.search("end-of-life").map(\.id) == [contact.id])
        #expect(try f.store.history(of: harold.id).map(\.reason) == ["left the service: died"])
        #expect(fieldError { _ = try f.store.leave(left, as: .moved, on: Fixture.start, note: nil, reason: "") }?.field == "person")
    }

    /// A death dated before the person's last contact: said when it is saved and when a day is
    /// corrected, with the contact; a contact on the day itself, or none after it, says nothing.
    @Test func aLeavingDatedBeforeTheirLastContactIsSaid() throws {
        let f = try Fixture()
        let harold = try f.person("Harold Finch")
        let patel = try f.partner()
        _ = try f.contact(harold, patel, summary: "GP rang", at: Fixture.start - 3600)
        let early = try f.store.leave(harold, as: .died, on: Fixture.start - 4 * 86_400, note: nil, reason: "")
        let notice = try f.store.contactAfterLeavingNotice(early)
        #expect(notice?.hasPrefix("Harold Finch's last contact (") == true && notice?.contains(", with \(patel.name)) is after the day they died, ") == true
                && notice?.hasSuffix("if that day is wrong, put it right: liaison leave … --correct --on DAY --reason WHY") == true, "\(notice ?? "nil")")
        let mended = try f.store.correctLeaving(early, as: .died, on: Fixture.start - 3600, note: nil, reason: "Day typed wrong")
        #expect(try f.store.contactAfterLeavingNotice(mended) == nil, "a contact earlier the same day")
        let moved = try f.store.correctLeaving(mended, as: .moved, on: Fixture.start - 2 * 86_400, note: nil, reason: "Moved, not died")
        #expect(try f.store.contactAfterLeavingNotice(moved)?.contains("is after the day they left") == true)
        let edith = try f.person("Edith Brown")
        #expect(try f.store.contactAfterLeavingNotice(try f.store.leave(edith, as: .moved, on: Fixture.start, note: nil, reason: "")) == nil,
                "no contacts at all")
    }

    @Test func aLeavingDateMustHaveComeAndAReadmissionSaysWhy() throws {
        let f = try Fixture()
        let edith = try f.person()
        #expect(fieldError { _ = try f.store.leave(edith, as: .moved, on: Fixture.start + 2 * 86_400, note: nil, reason: "") }?.field == "on")
        let moved = try f.store.leave(edith, as: .moved, on: Fixture.start, note: "To her daughter's in Leeds", reason: "Family move")
        #expect(fieldError { _ = try f.store.readmit(moved, reason: " ") }?.field == "reason")
        let back = try f.store.readmit(moved, reason: "Came back after the placement ended")
        #expect(back.discharged == nil && back.leaving == nil && f.store.counts.people == 1)
        #expect(try f.store.history(of: edith.id).count == 2)
    }

    /// A leaving recorded wrongly (a year typed wrong, "died" for "moved") is put right as one
    /// correction: they stay off the lists, and the history holds the leaving and its
    /// correction, not a readmission and a second leaving that never happened.
    @Test func aLeavingRecordedWronglyIsCorrectedNotReadmitted() throws {
        let f = try Fixture()
        let edith = try f.person()
        let slip = Fixture.start - 3653 * 86_400
        let left = try f.store.leave(edith, as: .died, on: slip, note: "To her daughter's in Leeds", reason: "")
        // A reason is needed, and it must say something.
        #expect(fieldError { _ = try f.store.correctLeaving(left, as: .moved, on: Fixture.start, note: nil, reason: "x") }?.field == "reason")
        // The day must have come, as for a leaving.
        #expect(fieldError {
            _ = try f.store.correctLeaving(left, as: .moved, on: Fixture.start + 2 * 86_400, note: nil, reason: "The day was typed wrong")
        }?.field == "on")
        // Nothing changed is not a correction.
        #expect(fieldError { _ = try f.store.correctLeaving(left, as: .died, on: nil, note: nil, reason: "The day was typed wrong") }?.field == "leaving", "filed under no one field: how, when and the note are all as recorded")
        let mended = try f.store.correctLeaving(left, as: .moved, on: Fixture.start - 86_400, note: nil, reason: "Moved, not died; and the year was wrong")
        #expect(mended.leftAs == "moved" && mended.discharged == Fixture.start - 86_400)
        #expect(mended.leaving?.note == "To her daughter's in Leeds", "a note left out is kept")
        #expect(f.store.counts.people == 0, "still off the working lists")
        let history = try f.store.history(of: edith.id)
        #expect(history.map(\.reason) == ["left the service: died", "Moved, not died; and the year was wrong"])
        #expect(history.last?.isCorrection == true)
        // A day left out keeps the one recorded; an empty note takes the note off.
        let again = try f.store.correctLeaving(mended, as: .moved, on: nil, note: "", reason: "The note was about someone else")
        #expect(again.discharged == Fixture.start - 86_400 && again.leaving?.note == nil)
        // Someone who has not left has no leaving to correct.
        #expect(fieldError { _ = try f.store.correctLeaving(try f.person("Harold Finch"), as: .moved, on: nil, note: nil, reason: "The day was typed wrong") }?.field == "person")
    }
}
