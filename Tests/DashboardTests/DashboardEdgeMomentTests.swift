import Foundation
import LiaisonCore
import LiaisonTestSupport
import TerminalUI
import Testing
@testable import Dashboard

/// The shift lead's review over the demo at the moments that break day arithmetic: just after
/// midnight, a minute to midnight, the nights the UK's clocks change, the turn of the year. At
/// each, the day shown is the calendar day in London, and marking it reviewed covers every
/// contact on it.
@Suite struct DashboardEdgeMomentTests {
    /// The instant, the day the header should name, and whether today is still empty then.
    static let moments: [(now: String, day: String, todayEmpty: Bool)] = [
        ("2026-11-25T00:02:00Z", "Wed 25 Nov", true),
        ("2026-11-24T12:00:00Z", "Tue 24 Nov", false),
        ("2026-11-24T23:59:00Z", "Tue 24 Nov", false),
        ("2026-03-29T00:30:00Z", "Sun 29 Mar", true),
        ("2026-03-29T01:30:00Z", "Sun 29 Mar", true),
        ("2026-03-29T22:59:00Z", "Sun 29 Mar", false),
        ("2026-10-25T00:30:00Z", "Sun 25 Oct", true),
        ("2026-10-25T01:30:00Z", "Sun 25 Oct", true),
        ("2026-10-25T23:59:00Z", "Sun 25 Oct", false),
        ("2026-12-31T23:59:00Z", "Thu 31 Dec", false),
        ("2027-01-01T00:02:00Z", "Fri 1 Jan", true),
    ]

    @Test(arguments: Self.moments)
    func theDayIsLondonsAndMarkingItReviewedCoversEveryContact(now: String, day: String, todayEmpty: Bool) throws {
        let clock = ManualClock(ISO8601DateFormatter().date(from: now)!)
        let store = try Store.inMemory(staff: "Sam Lead", clock: clock, calendar: EdgeMoments.london)
        try store.fillWithDemo(seed: 1)
        let screen = try DashboardScreen(store: store)
        #expect(screen.state.format.day(screen.state.day, now: screen.state.now) == day)
        #expect(screen.rows(of: .contacts).isEmpty == todayEmpty, "\(now)")
        if todayEmpty {
            #expect(render(screen, 100, 30).dump().contains("No contacts recorded on \(day)"))
            _ = screen.handle(.character("["))  // the shift lead reviews the day just ended
        }
        let total = screen.rows(of: .contacts).count
        #expect(total > 0)
        _ = screen.handle(.character("R"))
        _ = screen.handle(.character("y"))
        #expect(render(screen, 160, 40).dump().contains("\(total) of \(total) reviewed"), "\(now)")
        let reviewed = screen.state.dayContacts.filter(screen.state.isReviewed).count
        #expect(reviewed == total)
    }
}
