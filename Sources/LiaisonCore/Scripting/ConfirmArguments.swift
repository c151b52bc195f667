import Foundation

/// What `liaison confirm CONTACT …` was given: which step on the advice's written confirmation
/// (R6), and the details that step needs.
public struct ConfirmArguments: Sendable {
    public enum Step: String, CaseIterable, Sendable {
        case requested, chased, received
        case notNeeded = "not-needed"
        case notPossible = "not-possible"
        /// The last step was recorded wrongly: take it back (`--note` says why).
        case takenBack = "taken-back"
    }

    public var contact: String
    public var step: Step
    /// What was said when chasing; why none is needed or possible; how it was asked for.
    public var note: String?
    /// When it was asked for, chased or came, as staff write times; now when absent.
    public var when: String?
    /// How it came (`email` or `letter`) for a received one; how it was asked for a request.
    public var how: String?
    public var reference: String?
    /// Who was asked to write, when not the partner of the contact.
    public var from: String?

    public init(contact: String, step: Step, note: String? = nil, when: String? = nil, how: String? = nil,
                reference: String? = nil, from: String? = nil) {
        self.contact = contact
        self.step = step
        self.note = note
        self.when = when
        self.how = how
        self.reference = reference
        self.from = from
    }
}

extension ConfirmArguments {
    /// What each step takes besides the contact. `note` is every step's words: how it was asked
    /// for, what was said, the reference, or why not.
    static let takes: [Step: Set<String>] = [
        .requested: ["note", "when", "how", "from"],
        .chased: ["note", "when"],
        .received: ["note", "when", "how", "reference"],
        .notNeeded: ["note"],
        .notPossible: ["note"],
        .takenBack: ["note"],
    ]

    /// A detail given to a step that has no place for it is refused, not dropped: whoever typed
    /// `--from` with `--received` believes it was recorded.
    func refuseUnused() throws {
        let given: [(String, String?)] = [("when", when), ("how", how), ("reference", reference), ("from", from)]
        let takes = Self.takes[step] ?? []
        guard let (name, _) = given.first(where: { $0.1 != nil && !takes.contains($0.0) }) else { return }
        let steps = Step.allCases.filter { Self.takes[$0]?.contains(name) == true }.map { "--\($0.rawValue)" }
        throw FieldError(name, "--\(name) is for \(steps.joined(separator: " or ")) only; --\(step.rawValue) does not keep it, so leave it out")
    }
}

extension Store {
    /// The contact meant by its id, or by the start of it (at least six characters) when only
    /// one contact's id starts so: staff copy ids from a report, and the first block is enough.
    public func findContact(_ reference: String, field: String = "contact") throws -> Contact {
        let wanted = reference.trimmingCharacters(in: .whitespaces).lowercased()
        guard wanted.count >= 6 else {
            throw FieldError(field, "give the contact's id, or at least its first six characters, as the report shows it")
        }
        if let contact = try contact(id: wanted) { return contact }
        let matches = try backend.read { try $0.contacts(idStartingWith: wanted, limit: 2) }
        switch matches.count {
        case 1: return matches[0]
        case 0: throw FieldError(field, "there is no contact with id \(wanted)")
        default: throw FieldError(field, "more than one contact's id starts \(wanted); give more of it")
        }
    }

    /// One step on a contact's written confirmation, from the command line.
    public func confirm(_ a: ConfirmArguments) throws -> Contact {
        try a.refuseUnused()
        let contact = try findContact(a.contact)
        let when = try a.when.map { try readDate($0, field: "when", direction: .past) }
        let step: ConfirmationStep
        switch a.step {
        case .requested:
            step = .requested(how: a.how ?? a.note ?? "", from: a.from, at: when)
        case .chased:
            step = .chased(note: a.note ?? "", at: when)
        case .received:
            let medium: Confirmation.Medium? = try a.how.map { try ChoiceInput.parse($0, field: "how") }
            step = .received(at: when, medium: medium, reference: a.reference ?? a.note)
        case .notNeeded: step = .notNeeded(reason: a.note ?? "")
        case .notPossible: step = .notPossible(reason: a.note ?? "")
        case .takenBack: step = .takenBack(reason: a.note ?? "")
        }
        do {
            return try recordConfirmation(step, on: contact)
        } catch let error as FieldError where error.field == "note" && a.step == .requested && a.how != nil {
            // The form's field is "note"; on the command line the words came as --how.
            throw FieldError("how", error.message)
        }
    }
}

extension Contact {
    /// Where this advice's written confirmation stands, in a sentence a script can print: no
    /// decision yet too, where a step taken back leaves it.
    public var confirmationSentence: String {
        confirmation?.sentence ?? (advice == nil ? "No advice, so no written confirmation to record"
            : "No decision yet on written confirmation; on the list to decide whether to ask in writing")
    }
}

extension Confirmation {
    /// Where a confirmation stands, in a sentence a script can print.
    public var sentence: String {
        switch state {
        case .requested:
            let chased = chases.isEmpty ? "not chased yet" : "chased \(chases.count) time\(chases.count == 1 ? "" : "s")"
            return "Written confirmation asked for, \(chased); on the chase list"
        case .received: return "Written confirmation received" + (reference.map { ", reference \($0)" } ?? "")
        case .notNeeded: return "No written confirmation needed: \(reason ?? "")"
        case .notPossible: return "Written confirmation not possible: \(reason ?? "")"
        }
    }
}

extension Store {
    /// `liaison leave PERSON …`: someone leaves the service on a day (default today).
    public func leave(personNamed name: String, as kind: Person.Leaving.Kind, on: String?, note: String?, reason: String?) throws -> Person {
        let person = try findPerson(name, eligible: { $0.discharged == nil })
        let date = try on.map { try readDate($0, field: "on", precision: .day, direction: .past) } ?? clock.now
        return try leave(person, as: kind, on: date, note: note, reason: reason ?? "")
    }

    /// `liaison leave PERSON --correct …`: puts their leaving right; a day or note left out
    /// keeps the one recorded.
    public func correctLeaving(personNamed name: String, as kind: Person.Leaving.Kind, on: String?, note: String?, reason: String?) throws -> Person {
        let person = try findPerson(name, eligible: { $0.discharged != nil })
        let date = try on.map { try readDate($0, field: "on", precision: .day, direction: .past) }
        return try correctLeaving(person, as: kind, on: date, note: note, reason: reason ?? "")
    }

    /// `liaison readmit PERSON --reason R [--location L] [--death-recorded-wrongly]`: someone
    /// comes back to the service, or a death recorded wrongly is taken back, which must be said
    /// (`deathRecordedWrongly`): the words a readmission needs ("back from hospital") would
    /// otherwise take a death back without anyone meaning it. Returns them as saved, and
    /// whether a death was taken back.
    public func readmit(personNamed name: String, reason: String, location: String? = nil,
                        deathRecordedWrongly: Bool = false) throws -> (person: Person, tookBackADeath: Bool) {
        let person = try findPerson(name, eligible: { $0.discharged != nil })
        let died = try readmitTakesBackADeath(person)
        if died, !deathRecordedWrongly {
            throw FieldError("person", "\(shownName(of: person)) is recorded as died, and nobody comes back from a death; "
                             + "if the death was recorded wrongly, add --death-recorded-wrongly and say in --reason what was wrong")
        }
        if deathRecordedWrongly, !died {
            throw FieldError("death-recorded-wrongly", "\(shownName(of: person)) is not recorded as died; leave it out to readmit them")
        }
        return (try readmit(person, reason: reason, location: location), died)
    }
}
