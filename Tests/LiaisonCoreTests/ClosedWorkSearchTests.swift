import Foundation
import LiaisonTestSupport
import Testing
@testable import LiaisonCore

/// `/` finds done tasks and resolved escalations as well as open ones, by the same words and
/// the same accent- and case-blind match, newest recorded first, stopping at the limit.
@Suite struct ClosedWorkSearchTests {
    @Test func aDoneTaskIsFoundByAnAccentedNameTypedWithoutAccents() throws {
        let f = try Fixture()
        let zoe = try f.store.addPerson(PersonDraft(name: "Zoë Ångström", basis: .consent))
        let task = try f.store.addTask(TaskDraft(title: "Send the food chart", personID: zoe.id, due: Fixture.start))
        _ = try f.store.closeTask(task, outcome: "Emailed to the dietician")
        let open = try f.store.addTask(TaskDraft(title: "Book the review", personID: zoe.id, due: Fixture.start))
        let found = try f.store.searchEverything("ZOE angstrom")
        #expect(found.doneTasks.map(\.id) == [task.id])
        #expect(found.doneTasks.first?.status == .done)
        #expect(found.tasks.map(\.id) == [open.id])
        // Every word must match somewhere, as for open tasks: title and person together.
        #expect(try f.store.searchEverything("zoe chart").doneTasks.map(\.id) == [task.id])
        #expect(try f.store.searchEverything("zoe pharmacy").doneTasks.isEmpty)
    }

    /// A task's owner may be a partner (R8). Searching their name finds the partner and the
    /// task, and does not list them as one of our staff.
    @Test func aPartnerWhoOwnsATaskIsNotListedAsStaff() throws {
        let f = try Fixture()
        let gp = try f.partner("Dr Anil Patel")
        let task = try f.store.addTask(TaskDraft(title: "Send the repeat prescription", partnerID: gp.id, owner: "dr anil patel", due: Fixture.start))
        _ = try f.store.addTask(TaskDraft(title: "Chase the chemist", owner: "Tom Hughes", due: Fixture.start))
        let found = try f.store.searchEverything("patel")
        #expect(found.partners.map(\.id) == [gp.id])
        #expect(found.tasks.map(\.id) == [task.id])
        #expect(found.staff.isEmpty)
        #expect(try f.store.searchEverything("hughes").staff.map(\.name) == ["Tom Hughes"])
    }

    @Test func aResolvedEscalationIsFoundByItsManager() throws {
        let f = try Fixture()
        let raised = try f.store.raiseEscalation(
            EscalationDraft(kind: .disagreement, summary: "Disagree with the discharge plan", manager: "Rúth Okafor"))
        let acked = try f.store.acknowledge(raised)
        _ = try f.store.resolve(acked, outcome: "Plan kept")
        let stillOpen = try f.store.raiseEscalation(
            EscalationDraft(kind: .complaintFromPartner, summary: "Missed dressing", manager: "Rúth Okafor"))
        let found = try f.store.searchEverything("ruth okafor")
        #expect(found.resolvedEscalations.map(\.id) == [raised.id])
        #expect(found.resolvedEscalations.first?.stage == .resolved)
        #expect(found.escalations.map(\.id) == [stillOpen.id])
        #expect(try f.store.searchEverything("someone else").resolvedEscalations.isEmpty)
    }

    @Test func closedResultsStopAtTheLimitNewestRecordedFirst() throws {
        let f = try Fixture()
        var closed: [String] = []
        for n in 1...7 {
            let task = try f.store.addTask(TaskDraft(title: "Chase letter \(n)", due: Fixture.start))
            closed.append(try f.store.closeTask(task, outcome: "Received").id)
        }
        let unrelated = try f.store.addTask(TaskDraft(title: "Order pads", due: Fixture.start))
        _ = try f.store.closeTask(unrelated, outcome: "Delivered")
        let found = try f.store.searchEverything("letter", closedLimit: 3)
        #expect(found.doneTasks.map(\.id) == Array(closed.reversed().prefix(3)))
        #expect(try f.store.searchEverything("letter", closedLimit: 50).doneTasks.count == 7)
    }
}
