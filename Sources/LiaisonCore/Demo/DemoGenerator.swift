import Foundation

/// Realistic sample data, the same for the same seed, dated around "now": a month of contacts
/// (some today and yesterday), outstanding confirmations, overdue tasks, every kind of
/// escalation, and people whose sharing basis is missing, withdrawn, overdue or given by an attorney.
public struct DemoGenerator {
    public let seed: UInt64
    public let now: Date
    public let calendar: Calendar
    var rng: SeededRandom
    /// The ids of the steps' history (`amend`), drawn apart from `rng` so the sample's records
    /// and everything picked for them stay as they were before the steps had a history.
    var historyIDs: SeededRandom
    var doc = ExportDocument()

    public init(seed: UInt64 = 1, now: Date, calendar: Calendar) {
        self.seed = seed
        self.now = now.wholeSeconds
        self.calendar = calendar
        rng = SeededRandom(seed: seed)
        historyIDs = SeededRandom(seed: ~seed)
    }

    public mutating func generate() -> ExportDocument {
        doc = ExportDocument()
        makePeople()
        makePartners()
        makeContacts()
        makeTasks()
        makeEscalations()
        makeAgreements()
        makeReviews()
        doc.sortByID()
        return doc
    }

    func daysAgo(_ days: Int, hour: Int = 9, minute: Int = 0) -> Date {
        let today = calendar.startOfDay(for: now)
        let day = calendar.date(byAdding: .day, value: -days, to: today) ?? today
        return calendar.date(bySettingHour: hour, minute: minute, second: 0, of: day) ?? day
    }

    mutating func audit(_ at: Date) -> Audit { Audit(by: rng.pick(DemoText.staff), at: at) }

    private mutating func makePeople() {
        for (i, entry) in DemoText.people.enumerated() {
            let recorded = daysAgo(200 + i * 3)
            let review = daysAgo(-90 - i)
            var basis = SharingBasis(kind: .consent, recorded: recorded, reviewDue: review)
            switch i {
            case 3, 17: basis = SharingBasis(kind: .none)
            case 9: basis = SharingBasis(kind: .withdrawn, recorded: daysAgo(12))
            case 1, 14, 26: basis.reviewDue = daysAgo(5 + i)
            case 6, 21: basis = SharingBasis(kind: .representative, by: "\(entry.name.split(separator: " ").last ?? "") family: health and welfare attorney", recorded: recorded, reviewDue: review)
            case 11: basis = SharingBasis(kind: .bestInterests, by: "Marcus Webb (social worker) with the team", reason: "Lacks capacity to decide about sharing health information; no attorney", recorded: recorded, reviewDue: review)
            case 30: basis = SharingBasis(kind: .safeguarding, by: "Registered manager", reason: "Open safeguarding enquiry about finances", recorded: daysAgo(20), reviewDue: daysAgo(-10))
            default: break
            }
            var person = Person(
                id: rng.id(), name: entry.name, preferredName: entry.preferred, location: DemoText.locations[i % DemoText.locations.count],
                keyWorker: rng.pick(DemoText.staff), basis: basis, audit: audit(recorded))
            if i == 39 {
                person.discharged = daysAgo(8)
                person.leaving = Person.Leaving(kind: .moved, note: "To a nursing home nearer her family")
            }
            doc.people.append(person)
        }
    }

    private mutating func makePartners() {
        for entry in DemoText.partners {
            let slug = entry.name.lowercased().filter { $0.isLetter }.prefix(10)
            doc.partners.append(Partner(
                id: rng.id(), name: entry.name, role: entry.role, organisation: entry.org,
                phone: "01632 \(Int.random(in: 100_000...999_999, using: &rng))",
                email: entry.role == .volunteer ? nil : "\(slug)@example.org", audit: audit(daysAgo(300))))
        }
    }

    /// The hours partners are at work: contacts start on the even hours from 08:00 to 18:00.
    static let contactHours = stride(from: 8, through: 18, by: 2).map { $0 }

    /// A month of contacts up to now. Each is entered a few minutes after it happened, as staff
    /// write up a call once it ends; today holds only those already happened and written up at
    /// the moment the demo is made, so early in the morning today is rightly empty. Every
    /// random draw is made whether or not the contact is kept, so the same seed gives the same
    /// month at any hour.
    private mutating func makeContacts() {
        let active = doc.people.filter { $0.discharged == nil }
        for day in (0...30).reversed() {
            let count = day <= 1 ? 6 : Int.random(in: 2...6, using: &rng)
            for n in 0..<count {
                let person = rng.pick(active), partner = rng.pick(doc.partners)
                let exchange = rng.pick(DemoText.exchanges(for: partner.role))
                let channel = rng.pick(exchange.channels)
                let direction = exchange.direction ?? (rng.chance(0.6) ? .incoming : .outgoing)
                let when = daysAgo(day, hour: Self.contactHours[n], minute: Int.random(in: 0...59, using: &rng))
                let entered = when.addingTimeInterval(Double(Int.random(in: 3...45, using: &rng) * 60))
                var contact = Contact(
                    id: rng.id(), personID: person.id, partnerID: partner.id, channel: channel, direction: direction,
                    happenedAt: when, summary: exchange.summary, advice: exchange.advice, nature: nature(for: partner.role),
                    audit: audit(entered))
                if exchange.advice != nil { contact.confirmation = confirmation(at: when, channel: channel) }
                if partner.role == .salt && exchange.advice?.contains("level 2") == true {
                    contact.carePlanAmendment = CarePlanAmendment(change: "Eating and drinking plan: level 2 mildly thick fluids", reason: "Following the swallow assessment")
                }
                contact.sharedByUs = person.basis.allowsSharing && rng.chance(0.5)
                if entered <= now { doc.contacts.append(contact) }
            }
        }
        addExceptionsAndAmendment()
        addChasesAndRefusal()
        addMovedContact()
    }

    private mutating func confirmation(at when: Date, channel: Contact.Channel) -> Confirmation {
        switch Int.random(in: 0..<10, using: &rng) {
        case 0..<3:
            let method = channel == .letter ? "letter" : rng.pick(["email", "letter", "asked on the call"])
            return Confirmation(state: .requested, requestedAt: when, method: method)
        case 3..<7:
            // A reply comes the next working morning; until it has come, the confirmation is still awaited.
            let received = calendar.date(byAdding: .day, value: 1, to: when).flatMap {
                calendar.date(bySettingHour: 9, minute: Int.random(in: 0...59, using: &rng), second: 0, of: $0)
            } ?? when.addingTimeInterval(86_400)
            let reference = "EM-\(Int.random(in: 1000...9999, using: &rng))"
            return received <= now
                ? Confirmation(state: .received, requestedAt: when, method: "email", receivedAt: received, reference: reference)
                : Confirmation(state: .requested, requestedAt: when, method: "email")
        default: return Confirmation(state: .notNeeded, reason: "Advice repeated the existing care plan")
        }
    }

    private mutating func nature(for role: PartnerRole) -> PartnershipNature {
        PartnershipNature(
            level: [.consultant, .clinicalPsychiatrist, .socialWorker].contains(role) ? .high : .low,
            agencies: role == .colleague ? .interAgency : (rng.chance(0.2) ? .multi : .single),
            formality: rng.chance(0.3) ? .formal : .informal, involvement: rng.chance(0.5) ? .direct : .indirect)
    }

    /// Shares made under an exception for people without a basis, and one corrected contact.
    private mutating func addExceptionsAndAmendment() {
        let without = doc.people.filter { !$0.basis.allowsSharing }
        let nurse = doc.partners.first { $0.role == .districtNurse }!, social = doc.partners.first { $0.role == .socialWorker }!
        for (i, person) in without.prefix(3).enumerated() {
            // Whoever the sample picks, the words fit them: no "her" for Harold.
            let when = daysAgo(i * 4 + 1, hour: 14)
            let kind: SharingException.Kind = i == 1 ? .safeguarding : .bestInterests
            doc.contacts.append(Contact(
                id: rng.id(), personID: person.id, partnerID: i == 1 ? social.id : nurse.id, channel: .phone, happenedAt: when,
                summary: i == 1 ? "Shared bruising concern with social worker" : "Told nurse about new pressure sore",
                advice: i == 1 ? nil : "Keep off the sore area and photograph it at each dressing change.",
                sharedByUs: true,
                sharingException: SharingException(
                    kind: kind,
                    reason: i == 1
                        ? "Unexplained bruising; shared to protect them from possible harm"
                        : "Urgent treatment needed and no one can consent for them",
                    decidedBy: i == 1 ? DemoText.registeredManager : DemoText.staff[0],
                    // Best interests only with the capacity assessment it rests on (R3).
                    capacity: i == 1 ? nil : CapacityAssessment(
                        assessedBy: "Marcus Webb (social worker)", assessedOn: daysAgo(i * 4 + 20),
                        decision: "sharing their wound care with the district nurse",
                        consulted: "their daughter by phone; the advocate from Voice Advocacy")),
                exceptionAcknowledged: i == 2 ? ReviewMark(by: DemoText.registeredManager, at: when.addingTimeInterval(86_400)) : nil,
                audit: audit(when.addingTimeInterval(900))))
        }
        // Corrected an hour after it was entered, so only a contact entered an hour ago or more.
        guard let index = doc.contacts.firstIndex(where: {
            $0.advice?.contains("amlodipine") == true && $0.audit.createdAt.addingTimeInterval(3_600) <= now
        }) else { return }
        let original = doc.contacts[index]
        var amended = original
        amended.advice = original.advice.map { $0.replacingOccurrences(of: "every morning", with: "morning and evening") }
        let when = original.audit.createdAt.addingTimeInterval(3_600)
        amended.audit = original.audit.amended(by: DemoText.staff[0], at: when)
        doc.history.append(HistoryEntry(
            id: rng.id(), recordID: original.id, kind: .contact, version: 1, amendedBy: DemoText.staff[0], amendedAt: when,
            reason: "GP's letter asked for readings twice a day", record: (try? RecordCoding.body(original)) ?? "{}",
            isCorrection: true))
        doc.contacts[index] = amended
    }
}
