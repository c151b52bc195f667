import Foundation
import LiaisonTestSupport
import Testing
import LiaisonCore
import TerminalUI
@testable import Dashboard

/// A store in memory on Tuesday 24 November 2026 at 10:00 UTC, with a small care service in it:
/// names in several scripts, one person without a sharing basis and one past review, contacts
/// today and yesterday, an overdue task and an open escalation.
struct DashboardFixture {
    static let now = Date(timeIntervalSince1970: 1_795_514_400)  // Tue 24 Nov 2026 10:00 UTC
    static var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }

    let clock = ManualClock(Self.now)
    let store: Store

    /// An empty store at the fixed moment.
    init(empty: Void) throws {
        store = try Store.inMemory(staff: "Sam Lead", clock: clock, calendar: Self.calendar)
    }

    init() throws {
        try self.init(empty: ())
        try fill()
    }

    /// The same service in a store file at `path`, which a second `Store` can open as another
    /// terminal would.
    init(path: String) throws {
        store = try Store.create(path: path, staff: "Sam Lead", clock: clock, calendar: Self.calendar)
        try fill()
    }

    /// Another terminal's view of the store file at `path`.
    func colleague(path: String) throws -> Store {
        try Store.open(path: path, staff: "Kim Other", clock: clock, calendar: Self.calendar)
    }

    static func at(_ hour: Int, _ minute: Int = 0, daysAgo: Int = 0) -> Date {
        now.addingTimeInterval(Double((hour - 10) * 3600 + minute * 60 - daysAgo * 86_400))
    }

    /// One person, one partner and contacts on each of the last twelve days: at 09:00, and an
    /// hour or two later on some days, in a store holding `recentDays` days in memory.
    static func twelveDays(clock: ManualClock = ManualClock(now), recentDays: Int) throws -> Store {
        let store = try Store.inMemory(staff: "Sam Lead", clock: clock, calendar: calendar, recentDays: recentDays)
        let person = try store.addPerson(PersonDraft(name: "Edith Brown", basis: .consent))
        let partner = try store.addPartner(PartnerDraft(name: "Dr Patel", role: .gp))
        for day in 0..<12 {
            for hour in stride(from: 9, through: 9 + day % 3, by: 1) {
                try store.addContact(ContactDraft(
                    personID: person.id, partnerID: partner.id, channel: .phone, happenedAt: at(hour, daysAgo: day),
                    summary: "Day \(day), \(hour):00"))
            }
        }
        return store
    }

    private func fill() throws {
        let past = Self.now.addingTimeInterval(-86_400)
        let edith = try store.addPerson(PersonDraft(
            name: "Edith Brown", preferredName: "Edie", location: "Room 9", keyWorker: "Priya Raman", basis: .consent))
        let wang = try store.addPerson(PersonDraft(
            name: "王秀英", location: "Room 12", keyWorker: "Tom Hughes", basis: .representative,
            basisBy: "Her son, health and welfare attorney", basisReview: past))
        let oksana = try store.addPerson(PersonDraft(name: "Оксана Шевченко", location: "Flat 2", keyWorker: "Priya Raman", basis: .none))
        let nikos = try store.addPerson(PersonDraft(name: "Νίκος Παππάς", location: "Room 3", keyWorker: "Tom Hughes", basis: .consent))
        let gp = try store.addPartner(PartnerDraft(name: "Dr Helen Ward", role: .gp, organisation: "Riverside Surgery"))
        let nurse = try store.addPartner(PartnerDraft(name: "Sue Patel", role: .districtNurse))
        let salt = try store.addPartner(PartnerDraft(name: "田中 恵", role: .salt))
        try store.addContact(ContactDraft(
            personID: edith.id, partnerID: gp.id, channel: .phone, happenedAt: Self.at(8, 15),
            summary: "Rang about her blood pressure", advice: "Take readings twice a day for a week", confirmation: .requested))
        try store.addContact(ContactDraft(
            personID: wang.id, partnerID: salt.id, channel: .visit, happenedAt: Self.at(9, 30),
            summary: "Swallow assessment", advice: "Level 2 mildly thick fluids from today", confirmation: .received))
        try store.addContact(ContactDraft(
            personID: nikos.id, partnerID: nurse.id, channel: .visit, happenedAt: Self.at(9, 45),
            summary: "Dressing changed on the left heel"))
        try store.addContact(ContactDraft(
            personID: oksana.id, partnerID: gp.id, channel: .email, happenedAt: Self.at(15, 0, daysAgo: 1),
            summary: "Asked for a medication review", advice: "Book a review with the practice pharmacist", confirmation: .notNeeded,
            confirmationNote: "The practice books the review itself"))
        try store.addTask(TaskDraft(title: "Send the readings to Dr Ward", personID: edith.id, partnerID: gp.id, owner: "Priya Raman", due: Self.at(9)))
        try store.addTask(TaskDraft(title: "Call the SALT back", personID: wang.id, partnerID: salt.id, owner: "Tom Hughes", due: Self.at(15), isPromise: true))
        try store.addTask(TaskDraft(title: "Order the heel pads", personID: nikos.id, owner: "Tom Hughes", due: Self.at(12, daysAgo: -3)))
        clock.set(Self.at(10, daysAgo: 2))
        try store.raiseEscalation(EscalationDraft(
            kind: .disagreement, summary: "We disagree with stopping the thickener review", personID: wang.id,
            partnerID: salt.id, manager: "Ruth Okafor"))
        clock.set(Self.now)
    }

    func screen() throws -> DashboardScreen { try DashboardScreen(store: store) }
}

/// Draws `screen` into a fresh grid of the given size, as the event loop would.
func render(_ screen: any Screen, _ width: Int, _ height: Int) -> CellGrid {
    var grid = CellGrid(size: Size(width: width, height: height))
    grid.clear(style: Theme.monochrome[.text])
    screen.draw(into: &grid, theme: .monochrome)
    return grid
}

/// Compares a whole screen with the expected text; on a mismatch the actual screen is also
/// written to the temporary folder, so a changed layout can be read whole and checked by eye.
func expectScreen(_ grid: CellGrid, _ expected: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let actual = grid.dump()
    if actual != expected {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-screen-\(name).txt")
        try? actual.write(to: path, atomically: true, encoding: .utf8)
    }
    #expect(actual == expected, "screen \(name) differs", sourceLocation: sourceLocation)
}
