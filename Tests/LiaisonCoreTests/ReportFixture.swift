import Foundation
import LiaisonTestSupport
@testable import LiaisonCore

/// A day with something in every section of the handover, built on `Fixture`'s UTC store:
/// Wednesday 25 November 2026, reported at 10:00.
struct ReportFixture {
    /// Advice with every character CSV must quote, and a `|` Markdown must escape.
    static let awkwardAdvice = "Give 5 ml, twice a day.\nIf she says \"stop\" | feels dizzy, call 111"

    let f: Fixture
    var store: Store { f.store }
    var today: Date { Self.at(2026, 11, 25, 0, 0) }

    static func at(_ y: Int, _ m: Int, _ d: Int, _ h: Int, _ min: Int) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: DateComponents(year: y, month: m, day: d, hour: h, minute: min))!
    }

    /// - Parameter reviewed: whether the shift lead reviews the day between the two contacts.
    init(reviewed: Bool = true) throws {
        f = try Fixture()
        let edith = try f.person("Edith Brown", basis: .consent)
        let arthur = try f.person("Arthur Lee", basis: .none)
        let gp = try f.partner("Dr Patel", role: .gp)
        let nurse = try store.addPartner(PartnerDraft(name: "Jo Okafor", role: .districtNurse))

        // Yesterday: advice still waiting for its letter, so it heads the chase list.
        f.clock.set(Self.at(2026, 11, 24, 15, 5))
        let bloods = try store.addContact(ContactDraft(
            personID: edith.id, partnerID: gp.id, channel: .phone, happenedAt: Self.at(2026, 11, 24, 15, 0),
            summary: "GP rang with blood results", advice: "Repeat the bloods in a week.", confirmation: .requested,
            confirmationNote: "email"))
        // Chased twice this morning: the chase list says how often and what was said last.
        f.clock.set(Self.at(2026, 11, 25, 6, 30))
        let once = try store.recordConfirmation(.chased(note: "Left a message with reception"), on: bloods)
        f.clock.set(Self.at(2026, 11, 25, 6, 45))
        _ = try store.recordConfirmation(.chased(note: "Surgery says the GP will email it today"), on: once)

        f.clock.set(Self.at(2026, 11, 25, 7, 0))
        _ = try store.addTask(TaskDraft(title: "Call Dr Patel back", personID: edith.id, partnerID: gp.id, owner: "Sam Carter", due: Self.at(2026, 11, 25, 8, 0), isPromise: true))
        _ = try store.addTask(TaskDraft(title: "Order dressings", owner: "Sam Carter", due: Self.at(2026, 11, 25, 16, 0)))

        f.clock.set(Self.at(2026, 11, 25, 8, 20))
        _ = try store.addContact(ContactDraft(
            personID: edith.id, partnerID: gp.id, channel: .phone, happenedAt: Self.at(2026, 11, 25, 8, 15),
            summary: "GP called about her cough", advice: Self.awkwardAdvice, confirmation: .requested,
            carePlanChange: "Medication chart: add the new syrup", carePlanReason: "New prescription from the GP"))

        if reviewed {
            f.clock.set(Self.at(2026, 11, 25, 9, 0))
            _ = try store.markDayReviewed(today)
        }

        // The incoming shift lead read the handover first thing.
        f.clock.set(Self.at(2026, 11, 25, 7, 5))
        _ = try store.acknowledgeHandover(of: today)

        f.clock.set(Self.at(2026, 11, 25, 9, 35))
        // Entered with the wrong words, corrected ten minutes later: the handover says so.
        let sore = try store.addContact(ContactDraft(
            personID: arthur.id, partnerID: nurse.id, channel: .visit, direction: .outgoing, happenedAt: Self.at(2026, 11, 25, 9, 30),
            summary: "Told the nurse about a sore", advice: "Turn him every two hours", sharedByUs: true,
            exception: SharingException(kind: .bestInterests, reason: "He needs treatment today and no one can consent for him", capacity: .sample)))

        f.clock.set(Self.at(2026, 11, 25, 9, 40))
        _ = try store.raiseEscalation(EscalationDraft(
            kind: .disagreement, summary: "GP declined a home visit", personID: edith.id, partnerID: gp.id, manager: "Rosa Grant"))

        f.clock.set(Self.at(2026, 11, 25, 9, 45))
        var corrected = sore
        corrected.summary = "Told the nurse about a new pressure sore"
        _ = try store.correct(corrected, reason: "It is a new sore on his heel")

        f.clock.set(Self.at(2026, 11, 25, 10, 0))
    }

    func report(_ day: Date? = nil) throws -> HandoverReport {
        try HandoverReport.gather(from: store, day: day ?? today)
    }

    /// A report's text with each contact's short id (random in every run) replaced by `########`,
    /// so the rest can be compared whole.
    static func masked(_ text: String) -> String {
        text.replacingOccurrences(of: "(?<![0-9a-f-])[0-9a-f]{8}(?![0-9a-f-])", with: "########", options: .regularExpression)
    }
}
