import Foundation
import LiaisonCore
import TerminalUI
import Testing
@testable import Dashboard

/// `/` searches everything: people, partners, staff, open tasks and escalations, and contacts,
/// grouped by kind with counts, ignoring case and accents; a result opens where it belongs.
@Suite struct SearchEverythingTests {
    func searching(_ words: String, in fixture: DashboardFixture) throws -> (DashboardScreen, SearchView) {
        let screen = try fixture.screen()
        _ = screen.handle(.character("/"))
        for c in words { _ = screen.handle(.character(c)) }
        _ = screen.handle(.enter)
        return (screen, try #require(screen.presentedScreen as? SearchView))
    }

    @Test func aPartnersNameFindsThePartnerAndOpensTheirRecordWithTheirContacts() throws {
        let (screen, search) = try searching("PATEL", in: DashboardFixture())
        let sue = try #require(search.results.partners.first)
        #expect(sue.name == "Sue Patel" && search.results.count == 1)
        _ = screen.handle(.enter)
        let detail = try #require(screen.presentedScreen as? DetailView)
        #expect(detail.record == .partner(sue.id))
        let text = render(screen, 100, 30).dump()
        #expect(text.contains("Partner — Sue Patel"))
        #expect(text.contains("about Νίκος Παππάς: Dressing changed on the left heel"))
    }

    @Test func accentsAndCaseDoNotMatterAndEachKindIsFound() throws {
        let fixture = try DashboardFixture()
        let zoe = try fixture.store.addPerson(PersonDraft(name: "Zoë Ångström", preferredName: "Zo", location: "Room 4", keyWorker: "Tom Hughes", basis: .consent))
        var (_, search) = try searching("zoe angstrom", in: fixture)
        #expect(search.results.people.map(\.id) == [zoe.id])
        (_, search) = try searching("room 4", in: fixture)
        #expect(search.results.people.map(\.id) == [zoe.id])
        // A partner by role and by organisation.
        (_, search) = try searching("riverside", in: fixture)
        #expect(search.results.partners.map(\.name) == ["Dr Helen Ward"])
        (_, search) = try searching("district nurse", in: fixture)
        #expect(search.results.partners.map(\.name) == ["Sue Patel"])
        // Staff by name, with what is theirs; an open task and an escalation by their words.
        (_, search) = try searching("hughes", in: fixture)
        #expect(search.results.staff.map(\.name) == ["Tom Hughes"])
        #expect(search.results.staff.first?.keyWorkerFor == 3 && search.results.staff.first?.openTasks == 2)
        #expect(search.results.tasks.map(\.title) == ["Call the SALT back", "Order the heel pads"])
        (_, search) = try searching("thickener", in: fixture)
        #expect(search.results.escalations.count == 1 && search.results.contacts.isEmpty)
        (_, search) = try searching("nobody-by-this-name", in: fixture)
        #expect(search.results.isEmpty && search.listed.isEmpty)
    }

    @Test func movingSkipsTheHeadingsAndOpeningATaskShowsTheTask() throws {
        let (screen, search) = try searching("hughes", in: DashboardFixture())
        // Staff (1), then open tasks (2): the highlight starts on the staff member, who is not
        // a record (`listed` holds records only), and ↓ passes the tasks' heading.
        _ = screen.handle(.down)
        _ = screen.handle(.enter)
        let detail = try #require(screen.presentedScreen as? DetailView)
        #expect(detail.record == search.listed[0])
        if case .task = detail.record {} else { Issue.record("opened \(detail.record), not the first task") }
    }

    @Test func resultsAtEightyByTwentyFour() throws {
        let (screen, _) = try searching("tom", in: DashboardFixture())
        expectScreen(render(screen, 80, 24), """
            ┌─ Search everything ──────────────────────────────────────────────────────────┐
            │Find: tom                                                                     │
            │1 staff member · 2 open tasks found                                           │
            │                     Found                 Details                            │
            │Staff (1)                                                                     │
            │named on records     Tom Hughes            key worker for 2 · 2 open tasks · …│
            │Open tasks (2)                                                                │
            │today 15:00          Call the SALT back    for 王秀英 · owner Tom Hughes      │
            │Fri 27 Nov           Order the heel pads   for Νίκος Παππάς · owner Tom Hughes│
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            └──────────────────────────────────────────────────────────────────────────────┘
             Enter search / open  ↑↓ results  Esc back  ? help
            """, "search-80x24")
    }

    @Test func resultsAtTwoHundredBySixty() throws {
        let (screen, _) = try searching("tom", in: DashboardFixture())
        expectScreen(render(screen, 200, 60), """
            ┌─ Search everything ──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┐
            │Find: tom                                                                                                                                                                                             │
            │1 staff member · 2 open tasks found                                                                                                                                                                   │
            │                     Found                                                              Details                                                                                                       │
            │Staff (1)                                                                                                                                                                                             │
            │named on records     Tom Hughes                                                         key worker for 2 · 2 open tasks · 0 escalations to manage                                                     │
            │Open tasks (2)                                                                                                                                                                                        │
            │today 15:00          Call the SALT back                                                 for 王秀英 · owner Tom Hughes                                                                                 │
            │Fri 27 Nov           Order the heel pads                                                for Νίκος Παππάς · owner Tom Hughes                                                                           │
            │                                                                                                                                                                                                      │
            │                                                                                                                                                                                                      │
            │                                                                                                                                                                                                      │
            │                                                                                                                                                                                                      │
            │                                                                                                                                                                                                      │
            │                                                                                                                                                                                                      │
            │                                                                                                                                                                                                      │
            │                                                                                                                                                                                                      │
            │                                                                                                                                                                                                      │
            │                                                                                                                                                                                                      │
            │                                                                                                                                                                                                      │
            │                                                                                                                                                                                                      │
            │                                                                                                                                                                                                      │
            │                                                                                                                                                                                                      │
            │                                                                                                                                                                                                      │
            │                                                                                                                                                                                                      │
            │                                                                                                                                                                                                      │
            │                                                                                                                                                                                                      │
            │                                                                                                                                                                                                      │
            │                                                                                                                                                                                                      │
            │                                                                                                                                                                                                      │
            │                                                                                                                                                                                                      │
            │                                                                                                                                                                                                      │
            │                                                                                                                                                                                                      │
            │                                                                                                                                                                                                      │
            │                                                                                                                                                                                                      │
            │                                                                                                                                                                                                      │
            │                                                                                                                                                                                                      │
            │                                                                                                                                                                                                      │
            │                                                                                                                                                                                                      │
            │                                                                                                                                                                                                      │
            │                                                                                                                                                                                                      │
            │                                                                                                                                                                                                      │
            │                                                                                                                                                                                                      │
            │                                                                                                                                                                                                      │
            │                                                                                                                                                                                                      │
            │                                                                                                                                                                                                      │
            │                                                                                                                                                                                                      │
            │                                                                                                                                                                                                      │
            │                                                                                                                                                                                                      │
            │                                                                                                                                                                                                      │
            │                                                                                                                                                                                                      │
            │                                                                                                                                                                                                      │
            │                                                                                                                                                                                                      │
            │                                                                                                                                                                                                      │
            │                                                                                                                                                                                                      │
            │                                                                                                                                                                                                      │
            │                                                                                                                                                                                                      │
            │                                                                                                                                                                                                      │
            └──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┘
             Enter search / open  ↑↓ results  Esc back  ? help
            """, "search-200x60")
    }

    /// The fixture with Tom's SALT call done and the thickener escalation resolved.
    func withClosedWork() throws -> DashboardFixture {
        let fixture = try DashboardFixture()
        let call = try #require(fixture.store.openTasks.first { $0.title == "Call the SALT back" })
        _ = try fixture.store.closeTask(call, outcome: "Spoke to the therapist")
        let escalation = try #require(fixture.store.openEscalations.first)
        _ = try fixture.store.resolve(try fixture.store.acknowledge(escalation), outcome: "Review kept for a month")
        return fixture
    }

    @Test func doneTasksAndResolvedEscalationsAreListedAfterOpenWorkAndOpenTheirDetail() throws {
        let (screen, search) = try searching("okafor", in: withClosedWork())
        #expect(search.results.resolvedEscalations.map(\.summary) == ["We disagree with stopping the thickener review"])
        #expect(search.results.escalations.isEmpty)
        _ = screen.handle(.down)
        _ = screen.handle(.enter)
        let detail = try #require(screen.presentedScreen as? DetailView)
        #expect(detail.record == .escalation(search.results.resolvedEscalations[0].id))
        #expect(render(screen, 100, 30).dump().contains("Review kept for a month"))
    }

    @Test func closedWorkAtEightyByTwentyFour() throws {
        // The SALT therapist's name finds her, Tom's done call with her and the resolved escalation.
        let (screen, _) = try searching("田中", in: withClosedWork())
        expectScreen(render(screen, 80, 24), """
            ┌─ Search everything ──────────────────────────────────────────────────────────┐
            │Find: 田中                                                                    │
            │1 partner · 1 done task · 1 resolved escalation found                         │
            │                     Found                 Details                            │
            │Partners (1)                                                                  │
            │SALT                 田中 恵               Speech and language therapist      │
            │Done tasks (1)                                                                │
            │done Tue 24 Nov      Call the SALT back    for 王秀英 · owner Tom Hughes · Sp…│
            │Resolved escalations (1)                                                      │
            │resolved Tue 24 Nov  We disagree with sto… Disagreement · for 王秀英 · Ruth O…│
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            └──────────────────────────────────────────────────────────────────────────────┘
             Enter search / open  ↑↓ results  Esc back  ? help
            """, "search-closed-80x24")
    }
}
