import Foundation
import LiaisonCore

/// A store in memory at a fixed moment, in UTC so day boundaries are the same on every machine.
public struct Fixture {
    public static let start = Date(timeIntervalSince1970: 1_795_600_800) // 2026-11-25 10:00 UTC
    public let clock = ManualClock(start)
    public let store: Store
    public var calendar: Calendar { Self.utc }

    /// The Gregorian calendar in UTC: for any store a test makes, so that its days begin and
    /// end at the same moments whatever the machine's time zone.
    public static var utc: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }

    public init() throws {
        store = try Store.inMemory(staff: "Amara Shift-Lead", clock: clock, calendar: Self.utc)
    }

    public func person(_ name: String = "Edith Brown", basis: SharingBasis.Kind = .consent, by: String? = nil) throws -> Person {
        try store.addPerson(PersonDraft(name: name, basis: basis, basisBy: by))
    }

    public func partner(_ name: String = "Dr Patel", role: PartnerRole = .gp) throws -> Partner {
        try store.addPartner(PartnerDraft(name: name, role: role, organisation: "Riverside Surgery"))
    }

    public func contact(
        _ person: Person, _ partner: Partner, summary: String = "Phoned about her cough",
        advice: String? = nil, confirmation: Confirmation.State? = nil, note: String? = nil, shared: Bool = false,
        exception: SharingException? = nil, at: Date? = nil
    ) throws -> Contact {
        try store.addContact(ContactDraft(
            personID: person.id, partnerID: partner.id, channel: .phone, happenedAt: at, summary: summary,
            advice: advice, confirmation: confirmation, confirmationNote: note, sharedByUs: shared, exception: exception))
    }
}

extension CapacityAssessment {
    /// An assessment a week before the fixtures' moment, for best-interests exceptions in tests.
    public static let sample = CapacityAssessment(
        assessedBy: "Marcus Webb (social worker)", assessedOn: Fixture.start - 7 * 86_400,
        decision: "sharing his wound care with the nurse", consulted: "his daughter; the advocate")
}

/// Runs `body`, returning the FieldError it throws, or nil.
public func fieldError(_ body: () throws -> Void) -> FieldError? {
    do { try body() } catch let error as FieldError { return error } catch { return nil }
    return nil
}
