import Foundation
@testable import LiaisonCore

/// A record of every kind, its text drawn from hostile pieces, its optional fields and lists
/// filled or not at random, its dates anywhere a `Date` can be: whole seconds, fractions,
/// before 1970, before the Gregorian reform, past 9999.
struct RandomRecords {
    private var random: SeededRandom
    private let texts: [String]
    private var used = 0
    /// Whether a value was drawn that the transcoder may leave to `Codable`: a date outside
    /// 1582–9999 or small enough to be stored in exponent form, or a version past 18 digits.
    private(set) var awkward = false

    init(seed: Int, texts: [String]) {
        random = SeededRandom(seed: UInt64(bitPattern: Int64(seed)))
        self.texts = texts.isEmpty ? [""] : texts
    }

    /// Each record with the name of its export section.
    mutating func all() -> [(section: String, record: any Encodable & Sendable)] {
        [("people", person()), ("partners", partner()), ("contacts", contact()), ("tasks", task()),
         ("escalations", escalation()), ("agreements", agreement()), ("dayReviews", dayReview()), ("history", history())]
    }

    private mutating func text() -> String {
        defer { used += 1 }
        return texts[used % texts.count]
    }

    private mutating func maybe<T>(_ make: (inout Self) -> T) -> T? { random.chance(0.5) ? make(&self) : nil }

    private mutating func some<T>(_ make: (inout Self) -> T) -> [T] { (0..<Int.random(in: 0...3, using: &random)).map { _ in make(&self) } }

    private mutating func pick<E: CaseIterable>(_ type: E.Type) -> E { random.pick(Array(E.allCases)) }

    private mutating func flag() -> Bool { random.chance(0.5) }

    private mutating func date() -> Date {
        let whole = Double(Int.random(in: ISO8601Text.range, using: &random))
        let seconds: Double = switch Int.random(in: 0..<10, using: &random) {
        case 0: Double.random(in: -12_219_292_800 ..< 253_402_300_800, using: &random)
        case 1: whole + random.pick([1e-7, -1e-7, 0.5, -0.5, 0.999_999_9, -0.999_999_9])
        case 2: random.pick([-1e12, 1e12, -12_219_292_801, 253_402_300_800, -62_135_596_800, 0.1, -0.1, 1e-7, 0, -0.5])
        case 3: Double.random(in: -2e10 ..< 0, using: &random).rounded(.down)
        default: whole
        }
        let date = Date(timeIntervalSince1970: seconds)
        let stored = date.timeIntervalSince1970
        if ISO8601Text.wholeSecond(stored) == nil || (stored != 0 && abs(stored) < 1e-3) { awkward = true }
        return date
    }

    private mutating func audit() -> Audit {
        var audit = Audit(by: text(), at: date())
        audit.changedBy = text()
        audit.changedAt = date()
        audit.version = random.chance(0.05) ? random.pick([Int.max, Int.min]) : Int.random(in: -5...1_000_000, using: &random)
        if audit.version == Int.min || abs(audit.version) > 999_999_999_999_999_999 { awkward = true }
        return audit
    }

    private mutating func mark() -> ReviewMark { ReviewMark(by: text(), at: date()) }

    private mutating func person() -> Person {
        var person = Person(
            id: text(), name: text(), preferredName: maybe { $0.text() }, location: maybe { $0.text() },
            keyWorker: maybe { $0.text() },
            basis: SharingBasis(kind: pick(SharingBasis.Kind.self), by: maybe { $0.text() }, reason: maybe { $0.text() },
                                recorded: maybe { $0.date() }, reviewDue: maybe { $0.date() }),
            discharged: maybe { $0.date() }, home: maybe { $0.text() }, audit: audit())
        person.leaving = maybe { Person.Leaving(kind: $0.pick(Person.Leaving.Kind.self), note: $0.maybe { $0.text() }) }
        return person
    }

    private mutating func partner() -> Partner {
        Partner(id: text(), name: text(), role: pick(PartnerRole.self), organisation: maybe { $0.text() },
                phone: maybe { $0.text() }, email: maybe { $0.text() }, audit: audit())
    }

    private mutating func contact() -> Contact {
        let confirmation = maybe {
            Confirmation(
                state: $0.pick(Confirmation.State.self), requestedAt: $0.maybe { $0.date() }, method: $0.maybe { $0.text() },
                requestedFrom: $0.maybe { $0.text() }, receivedAt: $0.maybe { $0.date() },
                receivedAs: $0.maybe { $0.pick(Confirmation.Medium.self) }, reference: $0.maybe { $0.text() },
                reason: $0.maybe { $0.text() }, chases: $0.some { Confirmation.Chase(at: $0.date(), by: $0.text(), note: $0.text()) })
        }
        let exception = maybe {
            SharingException(
                kind: $0.pick(SharingException.Kind.self), reason: $0.text(), decidedBy: $0.maybe { $0.text() },
                capacity: $0.maybe { CapacityAssessment(assessedBy: $0.text(), assessedOn: $0.date(), decision: $0.text(), consulted: $0.text()) })
        }
        let nature = maybe {
            PartnershipNature(level: $0.pick(PartnershipNature.Level.self), agencies: $0.pick(PartnershipNature.Agencies.self),
                              formality: $0.pick(PartnershipNature.Formality.self), involvement: $0.pick(PartnershipNature.Involvement.self))
        }
        var contact = Contact(
            id: text(), personID: text(), partnerID: text(), channel: pick(Contact.Channel.self),
            direction: pick(Contact.Direction.self), happenedAt: date(), summary: text(), advice: maybe { $0.text() },
            confirmation: confirmation, carePlanAmendment: maybe { CarePlanAmendment(change: $0.text(), reason: $0.text()) },
            sharedByUs: flag(), sharingException: exception, nature: nature, exceptionAcknowledged: maybe { $0.mark() },
            audit: audit())
        contact.reviewed = maybe { $0.mark() }
        contact.correctedAt = maybe { $0.date() }
        return contact
    }

    private mutating func task() -> CareTask {
        CareTask(
            id: text(), title: text(), personID: maybe { $0.text() }, partnerID: maybe { $0.text() }, owner: maybe { $0.text() },
            due: date(), isPromise: flag(), status: pick(CareTask.Status.self), outcome: maybe { $0.text() },
            closedAt: maybe { $0.date() },
            delays: some { CareTask.Delay(at: $0.date(), by: $0.text(), note: $0.text(), partnerInformed: $0.flag()) }, audit: audit())
    }

    private mutating func escalation() -> Escalation {
        var escalation = Escalation(
            id: text(), kind: pick(Escalation.Kind.self), summary: text(), personID: maybe { $0.text() },
            partnerID: maybe { $0.text() }, manager: maybe { $0.text() }, stage: pick(Escalation.Stage.self), raisedAt: date(),
            acknowledgedAt: maybe { $0.date() }, resolvedAt: maybe { $0.date() }, acknowledgeBy: date(), resolveBy: date(),
            notes: some { Escalation.Note(at: $0.date(), by: $0.text(), text: $0.text()) }, outcome: maybe { $0.text() },
            reasonNotAccepted: maybe { $0.text() }, theirReference: maybe { $0.text() }, sentOn: maybe { $0.date() }, audit: audit())
        escalation.urgency = maybe { $0.pick(Escalation.Urgency.self) }
        return escalation
    }

    private mutating func agreement() -> PartnershipAgreement {
        PartnershipAgreement(
            id: text(), personID: text(), primaryContact: maybe { $0.text() }, chair: maybe { $0.text() },
            minutes: maybe { $0.text() }, formalReports: maybe { $0.text() }, routineRecords: maybe { $0.text() },
            informationSharing: maybe { $0.text() }, starts: maybe { $0.date() }, ends: maybe { $0.date() },
            proposedOutcomes: maybe { $0.text() }, ourRole: maybe { $0.text() }, theirRole: maybe { $0.text() }, audit: audit())
    }

    private mutating func dayReview() -> DayReview {
        DayReview(id: text(), day: text(), purpose: maybe { $0.pick(DayReview.Purpose.self) }, home: maybe { $0.text() }, audit: audit())
    }

    private mutating func history() -> HistoryEntry {
        HistoryEntry(
            id: text(), recordID: text(), kind: pick(RecordKind.self), version: Int.random(in: -5...1_000_000, using: &random),
            amendedBy: text(), amendedAt: date(), reason: text(), record: text(), isCorrection: maybe { $0.flag() })
    }
}
