import Foundation

/// The text of `liaison add …`'s flags, turned into drafts here so the executable only parses.
/// Every refusal names the flag at fault.
public struct AddPersonArguments: Sendable {
    public var name: String
    public var preferred: String?
    public var location: String?
    public var keyWorker: String?
    public var basis: String?
    public var basisBy: String?
    public var basisReason: String?
    public var basisReview: String?
    /// The home, by id or name in any case (a group of homes only).
    public var home: String?
    /// Someone else who shares a recorded person's name (`PersonDraft.namesake`).
    public var namesake: Bool

    public init(name: String, preferred: String? = nil, location: String? = nil, keyWorker: String? = nil,
                basis: String? = nil, basisBy: String? = nil, basisReason: String? = nil, basisReview: String? = nil,
                home: String? = nil, namesake: Bool = false) {
        self.name = name
        self.preferred = preferred
        self.location = location
        self.keyWorker = keyWorker
        self.basis = basis
        self.basisBy = basisBy
        self.basisReason = basisReason
        self.basisReview = basisReview
        self.home = home
        self.namesake = namesake
    }
}

public struct AddContactArguments: Sendable {
    public var person: String
    public var partner: String
    public var channel: String
    public var summary: String
    public var advice: String?
    public var when: String?
    public var direction: String?
    public var confirmation: String?
    public var confirmationNote: String?
    public var carePlanChange: String?
    public var carePlanReason: String?
    public var shared: Bool
    public var exception: String?
    public var reason: String?
    /// Who decided (best interests) or authorised (safeguarding); the recorder when absent.
    public var decidedBy: String? = nil
    /// Best interests: who assessed capacity, on which date, for which decision, who was consulted.
    public var capacityAssessedBy: String? = nil
    public var capacityAssessedOn: String? = nil
    public var capacityDecision: String? = nil
    public var consulted: String? = nil
    /// R4 in four words, e.g. "high multi formal direct".
    public var nature: String? = nil

    public init(person: String, partner: String, channel: String, summary: String, advice: String? = nil,
                when: String? = nil, direction: String? = nil, confirmation: String? = nil, confirmationNote: String? = nil,
                carePlanChange: String? = nil, carePlanReason: String? = nil, shared: Bool = false,
                exception: String? = nil, reason: String? = nil) {
        self.person = person
        self.partner = partner
        self.channel = channel
        self.summary = summary
        self.advice = advice
        self.when = when
        self.direction = direction
        self.confirmation = confirmation
        self.confirmationNote = confirmationNote
        self.carePlanChange = carePlanChange
        self.carePlanReason = carePlanReason
        self.shared = shared
        self.exception = exception
        self.reason = reason
    }
}

extension Store {
    public func add(person a: AddPersonArguments) throws -> Person {
        let basis: SharingBasis.Kind = try a.basis.map { try ChoiceInput.parse($0, field: "basis") } ?? .none
        let review = try a.basisReview.map { try readDate($0, field: "basis-review", precision: .day) }
        return try addPerson(PersonDraft(
            name: a.name, preferredName: a.preferred, location: a.location, keyWorker: a.keyWorker,
            basis: basis, basisBy: a.basisBy, basisReason: a.basisReason, basisReview: review, home: a.home,
            namesake: a.namesake))
    }

    public func add(partnerNamed name: String, role: String, organisation: String?, phone: String?, email: String?) throws -> Partner {
        try addPartner(PartnerDraft(name: name, role: try ChoiceInput.role(role), organisation: organisation, phone: phone, email: email))
    }

    public func add(contact a: AddContactArguments) throws -> Contact {
        let person = try findPerson(a.person)
        let partner = try findPartner(a.partner)
        let channel: Contact.Channel = try ChoiceInput.parse(a.channel, field: "channel")
        let direction: Contact.Direction = try a.direction.map { try ChoiceInput.parse($0, field: "direction") } ?? .incoming
        let when = try a.when.map { try readDate($0, field: "when", direction: .past) }
        let confirmation: Confirmation.State? = try a.confirmation.map { try ChoiceInput.parse($0, field: "confirmation") }
        var exception: SharingException?
        if let kind = a.exception {
            let kind: SharingException.Kind = try ChoiceInput.parse(kind, field: "exception")
            var capacity: CapacityAssessment?
            let given = [a.capacityAssessedBy, a.capacityAssessedOn, a.capacityDecision, a.consulted].contains { $0 != nil }
            if given {
                guard kind == .bestInterests else {
                    throw FieldError("capacity-assessed-by", "a capacity assessment goes with a best-interests exception, not a safeguarding one")
                }
                // Left out, it is not today: the day of an assessment is the record's to keep.
                guard let assessed = a.capacityAssessedOn, !assessed.trimmingCharacters(in: .whitespaces).isEmpty else {
                    throw FieldError("capacity-assessed-on", "say on which day capacity was assessed, like \(StaffDate.examples(.day, order: dateOrder))")
                }
                let on = try readDate(assessed, field: "capacity-assessed-on", precision: .day, direction: .past)
                capacity = CapacityAssessment(
                    assessedBy: a.capacityAssessedBy ?? "", assessedOn: on, decision: a.capacityDecision ?? "", consulted: a.consulted ?? "")
            }
            exception = SharingException(kind: kind, reason: a.reason ?? "", decidedBy: a.decidedBy, capacity: capacity)
        } else if a.reason != nil {
            throw FieldError("exception", "a reason was given without saying which exception: best-interests or safeguarding")
        } else if let given = [("decided-by", a.decidedBy), ("capacity-assessed-by", a.capacityAssessedBy), ("capacity-assessed-on", a.capacityAssessedOn),
                               ("capacity-decision", a.capacityDecision), ("consulted", a.consulted)].first(where: { $0.1 != nil }) {
            // Kept nowhere without an exception: taken quietly, it would read as recorded when it is not.
            throw FieldError(given.0, "this describes a sharing exception: add --exception best-interests or safeguarding, or leave it out")
        }
        let nature = try a.nature.map { try PartnershipNature.parse($0) }
        return try addContact(ContactDraft(
            personID: person.id, partnerID: partner.id, channel: channel, direction: direction, happenedAt: when,
            summary: a.summary, advice: a.advice, confirmation: confirmation, confirmationNote: a.confirmationNote,
            carePlanChange: a.carePlanChange, carePlanReason: a.carePlanReason, sharedByUs: a.shared, exception: exception,
            nature: nature))
    }

    public func add(taskTitled title: String, person: String?, partner: String?, owner: String?, due: String, promise: Bool) throws -> CareTask {
        let personID = try person.map { try findPerson($0).id }
        let partnerID = try partner.map { try findPartner($0).id }
        let due = try readDate(due, field: "due", precision: .deadline)
        return try addTask(TaskDraft(title: title, personID: personID, partnerID: partnerID, owner: owner, due: due, isPromise: promise))
    }

    public func add(escalationOfKind kind: String, summary: String, person: String?, partner: String?, manager: String?,
                    theirReference: String? = nil, sentOn: String? = nil, urgent: Bool = false) throws -> Escalation {
        let kind: Escalation.Kind = try ChoiceInput.parse(kind, field: "kind")
        let personID = try person.map { try findPerson($0).id }
        let partnerID = try partner.map { try findPartner($0).id }
        let sent = try sentOn.map { try readDate($0, field: "sent-on", precision: .day, direction: .past) }
        var draft = EscalationDraft(
            kind: kind, summary: summary, personID: personID, partnerID: partnerID, manager: manager,
            theirReference: theirReference, sentOn: sent)
        draft.urgency = urgent ? .urgent : .routine
        return try raiseEscalation(draft)
    }
}
