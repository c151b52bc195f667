import Foundation
import LiaisonCore

/// A group of two homes at a fixed moment, whose residents have nearly the same names (Edith
/// Brown in Rosewood, Edith Browne in Elm House, the same initials): a test that one home's
/// wall, dashboard or handover never shows the other's people must tell them apart.
///
/// Each home has a contact today, advice awaiting written confirmation or a decision, a task and an
/// escalation; one task is about no one (the whole group's).
public struct HomesFixture {
    /// 2026-11-25 10:00 UTC, as `Fixture`; the records are made then, and the clock then moves
    /// on to `later` so one task is overdue.
    public static let start = Fixture.start
    public static let later = start.addingTimeInterval(3 * 3600)
    public static let homes = [Home(id: "Rosewood"), Home(id: "Elm", name: "Elm House")]
    public static let settings = ServiceSettings(
        staff: [
            StaffMember(name: "Ruth Okafor", role: .registeredManager),
            StaffMember(name: "Kim Night", role: .shiftLead, homes: ["Elm"]),
        ],
        homes: homes)

    public static var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }

    public let clock = ManualClock(start)
    public let store: Store
    public var rosewood: Person
    public var elm: Person

    /// - Parameter path: where to create the store and its settings file; in memory when nil.
    public init(path: String? = nil) throws {
        if let path {
            try Self.settings.save(forStore: path)
            store = try Store.create(path: path, staff: "Ruth Okafor", clock: clock, calendar: Self.calendar)
        } else {
            store = try Store.inMemory(staff: "Ruth Okafor", clock: clock, calendar: Self.calendar)
        }
        store.apply(Self.settings)
        rosewood = try store.addPerson(PersonDraft(name: "Edith Brown", location: "Room 1", basis: .consent, home: "rosewood"))
        elm = try store.addPerson(PersonDraft(name: "Edith Browne", location: "Room 1", basis: .none, home: "Elm House"))
        let gp = try store.addPartner(PartnerDraft(name: "Dr Anil Patel", role: .gp, organisation: "Riverside Surgery"))
        let nurse = try store.addPartner(PartnerDraft(name: "Ola Nurse", role: .districtNurse))
        try store.addContact(ContactDraft(
            personID: rosewood.id, partnerID: gp.id, channel: .phone, happenedAt: Self.start.addingTimeInterval(-3600),
            summary: "Rang about Edith Brown's cough", advice: "Increase fluids", confirmation: .requested))
        try store.addContact(ContactDraft(
            personID: elm.id, partnerID: nurse.id, channel: .visit, happenedAt: Self.start.addingTimeInterval(-1800),
            summary: "Dressing changed for Edith Browne", advice: "Keep the leg raised"))
        try store.addTask(TaskDraft(title: "Call Dr Patel back", personID: rosewood.id, partnerID: gp.id, owner: "Kim Night",
                                    due: Self.start.addingTimeInterval(3600)))
        try store.addTask(TaskDraft(title: "Order dressings", personID: elm.id, owner: "Kim Night",
                                    due: Self.start.addingTimeInterval(4 * 3600)))
        try store.addTask(TaskDraft(title: "Book fire training", owner: "Ruth Okafor", due: Self.start.addingTimeInterval(2 * 3600)))
        try store.raiseEscalation(EscalationDraft(
            kind: .disagreement, summary: "Nurse declined a second visit", personID: elm.id, partnerID: nurse.id, manager: "Ruth Okafor"))
        clock.set(Self.later)
    }
}
