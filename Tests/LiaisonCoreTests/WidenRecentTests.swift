import Foundation
import LiaisonTestSupport
import Testing

@testable import LiaisonCore

/// A store opened with today alone (the dashboard, to draw sooner) and widened to the week must
/// hold exactly what a store opened with the week holds, whatever happened in between: its own
/// saves, a colleague's, the day turning.
@Suite struct WidenRecentTests {
    private static var utc: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }

    /// A store file with contacts at 09:00 and 15:00 on each of the last ten days.
    private static func store(in folder: TestFolder, clock: ManualClock) throws -> (path: String, person: Person, partner: Partner) {
        let path = folder.path("care.sqlite")
        let store = try Store.create(path: path, staff: "Amara", clock: clock, calendar: utc)
        let person = try store.addPerson(PersonDraft(name: "Edith Brown", basis: .consent))
        let partner = try store.addPartner(PartnerDraft(name: "Dr Patel", role: .gp))
        let today = utc.startOfDay(for: clock.now)
        for day in 0..<10 {
            for hour in [9, 15] {
                let at = utc.date(byAdding: .day, value: -day, to: today)!.addingTimeInterval(Double(hour) * 3600)
                guard at <= clock.now else { continue }
                _ = try store.addContact(ContactDraft(
                    personID: person.id, partnerID: partner.id, channel: .phone, happenedAt: at, summary: "Day \(day) at \(hour)"))
            }
        }
        try store.close()
        return (path, person, partner)
    }

    private static func open(_ path: String, _ clock: ManualClock, days: Int) throws -> Store {
        try Store.open(path: path, staff: "Amara", clock: clock, calendar: utc, recentDays: days)
    }

    private static func ids(_ contacts: [Contact]) -> [String] { contacts.map(\.id) }

    @Test func widenedToTheWeekItHoldsWhatAStoreOpenedWithTheWeekHolds() throws {
        let folder = try TestFolder("liaison-widen")
        let clock = ManualClock(Fixture.start)
        let (path, _, _) = try Self.store(in: folder, clock: clock)
        let narrow = try Self.open(path, clock, days: 1)
        let today = Self.utc.startOfDay(for: clock.now)
        #expect(narrow.workingSet.recentSince == today)
        #expect(narrow.recentContacts.map(\.summary) == ["Day 0 at 9"], "opened with today alone")

        var heard: [StoreChange] = []
        narrow.addObserver { heard.append($0) }
        try narrow.widenRecent(toDays: 7)
        let week = try Self.open(path, clock, days: 7)
        #expect(narrow.recentDays == 7)
        #expect(narrow.workingSet == week.workingSet)
        #expect(narrow.recentContacts.count == 13, "six whole days and today's morning")
        #expect(heard == [.reloaded])

        // Never narrows, and widening to what it holds reads nothing and says nothing.
        try narrow.widenRecent(toDays: 7)
        try narrow.widenRecent(toDays: 3)
        #expect(narrow.recentDays == 7 && heard == [.reloaded])
        #expect(try narrow.refreshIfChanged() == false, "the widened week is the week a refresh expects")
    }

    @Test func itsOwnSavesAndAColleaguesAreHeldOnceEach() throws {
        let folder = try TestFolder("liaison-widen")
        let clock = ManualClock(Fixture.start)
        let (path, person, partner) = try Self.store(in: folder, clock: clock)
        let narrow = try Self.open(path, clock, days: 1)
        let colleague = try Self.open(path, clock, days: 7)
        let threeDaysAgo = clock.now.addingTimeInterval(-3 * 86_400)
        // Saved here before widening: one in the days not yet held, one today.
        let late = try narrow.addContact(ContactDraft(
            personID: person.id, partnerID: partner.id, channel: .visit, happenedAt: threeDaysAgo, summary: "Late entry"))
        let now = try narrow.addContact(ContactDraft(
            personID: person.id, partnerID: partner.id, channel: .visit, happenedAt: clock.now, summary: "Just now"))
        #expect(!Self.ids(narrow.recentContacts).contains(late.id) && Self.ids(narrow.recentContacts).contains(now.id))
        // A colleague's save meanwhile, in the days about to be read.
        let theirs = try colleague.addContact(ContactDraft(
            personID: person.id, partnerID: partner.id, channel: .phone, happenedAt: threeDaysAgo.addingTimeInterval(600), summary: "Theirs"))

        try narrow.widenRecent(toDays: 7)
        let ids = Self.ids(narrow.recentContacts)
        for id in [late.id, now.id, theirs.id] { #expect(ids.filter { $0 == id }.count == 1) }
        // The colleague's save moved the data version: the next look reads it all again, and agrees.
        _ = try narrow.refreshIfChanged()
        #expect(narrow.workingSet == (try Self.open(path, clock, days: 7)).workingSet)
    }

    @Test func widenedAfterMidnightItHoldsTheNewWeek() throws {
        let folder = try TestFolder("liaison-widen")
        let clock = ManualClock(Self.utc.startOfDay(for: Fixture.start).addingTimeInterval(86_400 - 60))  // 23:59
        let (path, _, _) = try Self.store(in: folder, clock: clock)
        let narrow = try Self.open(path, clock, days: 1)
        clock.advance(by: 120)  // 00:01: the day it opened on is yesterday
        try narrow.widenRecent(toDays: 7)
        let week = try Self.open(path, clock, days: 7)
        #expect(narrow.workingSet.recentSince == Self.utc.date(byAdding: .day, value: -6, to: Self.utc.startOfDay(for: clock.now)))
        #expect(narrow.workingSet == week.workingSet)
    }
}
