import Foundation
@testable import LiaisonCore
import LiaisonTestSupport
import TerminalUI
import Testing
@testable import Dashboard

/// `liaison` opens its store with today's contacts alone (`DashboardState.openingDays`), so the
/// first frame waits for less; the rest of the week is read at the first wake-up after it, or at
/// the first key if one comes sooner. Nothing a person sees may differ from a dashboard that read
/// the whole week before drawing.
@Suite struct OpeningWithTodayTests {
    /// The twelve days of contacts, in a store opened with `days` days in memory.
    private func store(days: Int) throws -> Store {
        try DashboardFixture.twelveDays(recentDays: days)
    }

    /// A dashboard as `liaison` opens it: its store holding today alone.
    private func openedWithToday() throws -> DashboardScreen {
        let store = try store(days: 1)
        // The contacts were saved through this store; opened afresh it would hold today's alone.
        #expect(store.recentContacts.allSatisfy { $0.happenedAt >= store.workingSet.recentSince })
        return try DashboardScreen(store: store)
    }

    @Test func theFirstFrameIsTheWholeWeeksAndTheWeekIsReadRightAfterIt() throws {
        let screen = try openedWithToday()
        let week = try DashboardScreen(store: store(days: 7))
        let now = DashboardFixture.now
        #expect(screen.state.store.recentDays == 1)
        #expect(render(screen, 120, 40).dump() == render(week, 120, 40).dump(), "the first frame shows nothing of the week")
        #expect(screen.nextWakeUp(after: now) == now, "wakes at once to read the rest of the week")
        #expect(screen.wakeUp(at: now) == .changed)
        #expect(screen.state.store.recentDays == 7)
        #expect(screen.state.store.recentContacts.map(\.id).count == week.state.store.recentContacts.count)
        #expect(screen.nextWakeUp(after: now)! > now, "then sleeps till the minute")
        #expect(render(screen, 120, 40).dump() == render(week, 120, 40).dump())
    }

    @Test func aKeyBeforeTheWakeUpReadsTheWeekFirst() throws {
        // Each key a person might press first, before the loop's first wake-up.
        for key: Key in [.character("["), .character("a"), .character("/"), .character("t"), .down, .tab] {
            let screen = try openedWithToday()
            let week = try DashboardScreen(store: store(days: 7))
            _ = screen.handle(key)
            _ = week.handle(key)
            #expect(screen.state.store.recentDays == 7, "\(key)")
            #expect(render(screen, 120, 40).dump() == render(week, 120, 40).dump(), "\(key)")
            // A form's contact picker offers the week's contacts, not today's alone.
            #expect(EntryItems.contacts(screen.state.store).count == EntryItems.contacts(week.state.store).count, "\(key)")
        }
    }

    @Test func daysBackShowAsOnADashboardThatReadTheWeekFirst() throws {
        let screen = try openedWithToday()
        let week = try DashboardScreen(store: store(days: 7))
        for step in 0..<10 {
            _ = screen.handle(.character("["))
            _ = week.handle(.character("["))
            #expect(screen.rows(of: .contacts) == week.rows(of: .contacts), "\(step + 1) days back")
            #expect(!screen.rows(of: .contacts).isEmpty)
        }
    }
}
