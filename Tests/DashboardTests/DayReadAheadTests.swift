import Foundation
@testable import LiaisonCore
import LiaisonTestSupport
import TerminalUI
import Testing
@testable import Dashboard

/// Days either side of one the person moved to are read while they look at it; whatever the
/// order of keys, waits and saves, the Contacts pane must show each day exactly as a dashboard
/// opened afresh on that day would.
@Suite struct DayReadAheadTests {
    /// A store keeping only today in memory, with contacts on each of the last twelve days.
    /// Its dashboards keep it so (`recentDays: 1`), so every other day is read from the store.
    private func store(clock: ManualClock) throws -> Store {
        try DashboardFixture.twelveDays(clock: clock, recentDays: 1)
    }

    private static func screen(_ store: Store) throws -> DashboardScreen {
        DashboardScreen(state: try DashboardState(store: store, recentDays: 1))
    }

    @Test func theDaysEitherSideAreReadWhileWaitingNotOnOpening() throws {
        let clock = ManualClock(DashboardFixture.now)
        let screen = try Self.screen(store(clock: clock))
        let now = DashboardFixture.now
        #expect(!screen.state.isReadingAhead, "opening reads nothing extra")
        #expect(screen.nextWakeUp(after: now)! > now)
        _ = screen.handle(.character("["))
        #expect(screen.state.isReadingAhead)
        #expect(screen.nextWakeUp(after: now) == now, "wakes at once to read ahead")
        #expect(screen.wakeUp(at: now) == .unchanged, "reading ahead changes nothing shown")
        #expect(!screen.state.isReadingAhead)
        #expect(screen.nextWakeUp(after: now)! > now)
    }

    @Test func everyDayShowsAsAFreshDashboardWouldWhateverTheOrderOfKeysWaitsAndSaves() throws {
        let clock = ManualClock(DashboardFixture.now)
        let store = try store(clock: clock)
        let screen = try Self.screen(store)
        let person = store.people[0], partner = store.partners[0]
        var random = SeededRandom(seed: 7)  // the same moves on every run
        for step in 0..<300 {
            switch Int.random(in: 0..<10, using: &random) {
            case 0...3: _ = screen.handle(.character("["))
            case 4...5: _ = screen.handle(.character("]"))
            case 6: _ = screen.handle(.character("t"))
            case 7...8: _ = screen.wakeUp(at: clock.now)
            default:
                // A late entry on the shown day or one beside it: what was read ahead is stale.
                let offset = Int.random(in: -1...1, using: &random)
                let day = store.calendar.date(byAdding: .day, value: offset, to: screen.state.day)!
                guard day < store.calendar.startOfDay(for: clock.now) else { continue }
                try store.addContact(ContactDraft(
                    personID: person.id, partnerID: partner.id, channel: .visit, happenedAt: day.addingTimeInterval(15 * 3600),
                    summary: "Late entry \(step)"))
                screen.reloadKeepingSelection()
            }
            let fresh = try Self.screen(store)
            try fresh.state.show(screen.state.day)
            fresh.rebuild()
            #expect(screen.rows(of: .contacts) == fresh.rows(of: .contacts), "step \(step), \(screen.state.format.day(screen.state.day, now: screen.state.now))")
        }
    }
}
