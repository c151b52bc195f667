import Foundation
import LiaisonTestSupport
import Testing
@testable import LiaisonCore

/// R8: a task's owner is one of our staff or a partner. With a staff list, a typed owner must be
/// one or the other, and is kept as written there.
@Suite struct TaskOwnerTests {
    let f: Fixture
    let gp: Partner

    init() throws {
        f = try Fixture()
        gp = try f.partner("Dr Anil Patel")
        f.store.apply(ServiceSettings(staff: [StaffMember(name: "Kasia Nowak", role: .carer), StaffMember(name: "Sam Lead", role: .manager)]))
    }

    func task(owner: String?) throws -> CareTask {
        try f.store.addTask(TaskDraft(title: "Send the fluids chart", owner: owner, due: Fixture.start + 3_600))
    }

    @Test func aTypedOwnerIsAColleagueOrAPartnerAsWrittenThere() throws {
        let refused = fieldError { _ = try task(owner: "Zed Unknown") }
        #expect(refused?.field == "owner")
        #expect(refused?.message.contains("no one on the staff list or in the partner directory is called “Zed Unknown”") == true)
        #expect(fieldError { _ = try task(owner: "Kofi") }?.field == "owner", "a first name is not enough")
        // A name that could be a colleague's or a partner's is offered, never taken for them.
        #expect(fieldError { _ = try task(owner: "kasia") }?.message
            == "no one on the staff list or in the partner directory is called “kasia”; did you mean Kasia Nowak? "
            + "If not, give a colleague's or a partner's name as it is written there")
        #expect(fieldError { _ = try task(owner: "Dr Patel") }?.message.contains("did you mean Dr Anil Patel?") == true)
        #expect(try task(owner: "kasia nowak").owner == "Kasia Nowak")
        #expect(try task(owner: "dr anil patel").owner == "Dr Anil Patel")
        // No owner given: the one recording it owns it, listed or not.
        #expect(try task(owner: nil).owner == "Amara Shift-Lead")
        #expect(f.store.openTasks.count == 3)
    }

    @Test func handingATaskOnChecksTheNewOwnerOnly() throws {
        let mine = try task(owner: nil)  // owned by an unlisted name: still closes
        var handed = mine
        handed.owner = "Zed"
        #expect(fieldError { _ = try f.store.amend(handed, reason: "handed to Zed") }?.field == "owner")
        handed.owner = "sam lead"
        let saved = try f.store.amend(handed, reason: "handed to Sam")
        #expect(saved.owner == "Sam Lead")
        #expect(try f.store.closeTask(saved, outcome: "Sent by email").status == .done)
        #expect(try f.store.closeTask(try task(owner: nil), outcome: "Sent by post").status == .done)
    }

    @Test func withoutAStaffListAnyNameIsKept() throws {
        f.store.apply(ServiceSettings())
        #expect(try task(owner: "Zed Unknown").owner == "Zed Unknown")
    }
}
