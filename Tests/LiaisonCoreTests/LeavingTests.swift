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
}
