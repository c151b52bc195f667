import Foundation
import LiaisonTestSupport
@testable import LiaisonCore

/// One record of every kind with every optional field filled and every list holding an item
/// (`full`), and one with all of them empty (`bare`): between them, every field a body can have
/// and every field it can lack. `BodyShapeTests` checks that `full` really leaves nothing out.
enum RecordSamples {
    /// A record of one kind, the export section that writes it, its body as the store keeps it,
    /// and `Codable`'s view of any body of its kind: decoded as its type and stored again.
    struct Sample: Sendable {
        var section: ExportSection
        var record: any Encodable & Sendable
        var body: String
        var recode: @Sendable (String) throws -> String

        func decodes(_ body: String) -> Bool { (try? recode(body)) != nil }
    }

    static let at = Fixture.start
    static let audit = Audit(by: "Amara", at: at).amended(by: "Bea", at: at + 60)
    static let mark = ReviewMark(by: "Cai", at: at + 120)

    static let full: [Sample] = [
        sample("people", Person(
            id: "p1", name: "Edith Brown", preferredName: "Edie", location: "Room 4", keyWorker: "Dana",
            basis: SharingBasis(kind: .bestInterests, by: "Dr Okafor", reason: "lacks capacity", recorded: at, reviewDue: at + 86_400),
            discharged: at + 7200, home: "north", audit: audit
        ).with { $0.leaving = Person.Leaving(kind: .moved, note: "to her daughter's") }),
        sample("partners", Partner(
            id: "q1", name: "Dr Patel", role: .gp, organisation: "Riverside Surgery", phone: "01632 960000",
            email: "patel@example.invalid", audit: audit)),
        sample("contacts", Contact(
            id: "c1", personID: "p1", partnerID: "q1", channel: .phone, direction: .outgoing, happenedAt: at - 600,
            summary: "Phoned about her cough", advice: "Paracetamol 4-hourly",
            confirmation: Confirmation(
                state: .received, requestedAt: at, method: "email", requestedFrom: "the surgery", receivedAt: at + 300,
                receivedAs: .letter, reference: "RS/22", reason: "asked for it",
                chases: [Confirmation.Chase(at: at + 200, by: "Amara", note: "surgery says tomorrow")]),
            carePlanAmendment: CarePlanAmendment(change: "Fluids chart", reason: "advice"), sharedByUs: true,
            sharingException: SharingException(kind: .bestInterests, reason: "urgent", decidedBy: "Dana", capacity: .sample),
            nature: PartnershipNature(level: .high, agencies: .multi, formality: .formal, involvement: .direct),
            exceptionAcknowledged: mark, audit: audit
        ).with { $0.reviewed = mark; $0.correctedAt = at + 60 }),
        sample("tasks", CareTask(
            id: "t1", title: "Call back", personID: "p1", partnerID: "q1", owner: "Amara", due: at + 3600, isPromise: true,
            status: .done, outcome: "Called", closedAt: at + 1800,
            delays: [CareTask.Delay(at: at + 900, by: "Bea", note: "surgery closed", partnerInformed: true)], audit: audit)),
        sample("escalations", Escalation(
            id: "e1", kind: .complaintToPartner, summary: "Missed visit", personID: "p1", partnerID: "q1", manager: "Fran",
            stage: .resolved, raisedAt: at, acknowledgedAt: at + 60, resolvedAt: at + 120, acknowledgeBy: at + 86_400,
            resolveBy: at + 864_000, notes: [Escalation.Note(at: at + 30, by: "Fran", text: "rang them")], outcome: "Apology",
            reasonNotAccepted: "none given", theirReference: "RS-9", sentOn: at + 10, audit: audit
        ).with { $0.urgency = .urgent }),
        sample("agreements", PartnershipAgreement(
            id: "a1", personID: "p1", primaryContact: "Dana", chair: "Fran", minutes: "Bea", formalReports: "Dr Patel",
            routineRecords: "in Liaison", informationSharing: "by phone", starts: at, ends: at + 864_000,
            proposedOutcomes: "walks again", ourRole: "daily care", theirRole: "reviews", audit: audit)),
        sample("dayReviews", DayReview(id: "d1", day: "2026-11-25", purpose: .handover, home: "elm", audit: audit)),
        sample("history", HistoryEntry(
            id: "h1", recordID: "p1", kind: .person, version: 1, amendedBy: "Bea", amendedAt: at + 60, reason: "typo",
            record: #"{"id":"p1","name":"Edith Bronw"}"#, isCorrection: true)),
    ]

    static let bare: [Sample] = [
        sample("people", Person(id: "p2", name: "Ola", audit: audit)),
        sample("partners", Partner(id: "q2", name: "SALT team", role: .salt, audit: audit)),
        sample("contacts", Contact(id: "c2", personID: "p2", partnerID: "q2", channel: .visit, happenedAt: at, summary: "Visit", audit: audit)),
        sample("tasks", CareTask(id: "t2", title: "Weigh", due: at, audit: audit)),
        sample("escalations", Escalation(
            id: "e2", kind: .disagreement, summary: "Diet", raisedAt: at, acknowledgeBy: at, resolveBy: at, audit: audit)),
        sample("agreements", PartnershipAgreement(id: "a2", personID: "p2", audit: audit)),
        sample("dayReviews", DayReview(id: "d2", day: "2026-11-24", audit: audit)),
        sample("history", HistoryEntry(
            id: "h2", recordID: "c2", kind: .contact, version: 3, amendedBy: "Bea", amendedAt: at, reason: "chase", record: "{}")),
    ]

    static func sample<R: Codable & Sendable>(_ name: String, _ record: R) -> Sample {
        Sample(
            section: ExportStream.sections.first { $0.name == name }!, record: record, body: try! RecordCoding.body(record),
            recode: { try RecordCoding.body(try RecordCoding.decoder.decode(R.self, from: Data($0.utf8))) })
    }
}

extension LiaisonRecord {
    /// A copy with `change` applied, for fields the initialiser does not take.
    func with(_ change: (inout Self) -> Void) -> Self {
        var copy = self
        change(&copy)
        return copy
    }
}
