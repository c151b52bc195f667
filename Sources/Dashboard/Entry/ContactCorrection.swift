import Foundation
import LiaisonCore
import TerminalUI

/// The inputs of "Correct a contact" and how they become the corrected contact (R11). Every
/// part of a contact staff can get wrong is here, with what we shared and under which exception
/// (R3): a shared contact moved to a person with no basis is refused until the exception is
/// recorded, so the form that moves it must be able to record one.
///
/// The sharing exception's inputs show only when we shared and either the chosen person's basis
/// does not allow it or the contact already holds an exception; they come after "We shared",
/// where someone answering "Yes" looks next.
struct ContactCorrection {
    let store: Store
    /// The contact the inputs were filled from: what the save amends, and what decides whether
    /// the exception's inputs show (one read per pick, not one per key).
    let filled = FilledRecord<Contact>()

    static let exceptionInputs = [
        "exception", "exception-reason", "decided-by", "capacity-assessed-by", "capacity-assessed-on", "capacity-decision", "consulted",
    ]

    func model(people: [PickerItem], partners: [PickerItem], contacts: [PickerItem]) -> FormModel {
        FormModel(rank: EntryItems.rank, inputs: [
            // The words first, as they are what is most often wrong; then who, when and how.
            .picker("contact", "Contact", contacts), .text("summary", "Summary"),
            .lines("advice", "Advice (their words)"),
            .choice("letter-confirms", "Their letter says it", [
                ("", "Not answered"), ("yes", "Yes, it confirms these words"), ("no", "No, it confirmed the old words"),
            ]),
            .picker("person", "About (person)", people),
            .picker("partner", "With (partner)", partners),
            .text("when", "When it happened", hint: "e.g. 14:05, yesterday 09:30, Fri 16:00, 20/11/2026 16:00"),
            .choice("channel", "How", Contact.Channel.allCases.map { ($0.rawValue, $0.rawValue.capitalized) }),
            .choice("direction", "Who called", [("incoming", "They contacted us"), ("outgoing", "We contacted them")]),
            .text("care-plan-change", "Care plan changed"), .text("care-plan-reason", "Why it changed"),
            .text("nature", "Nature (R4)", hint: "e.g. high multi formal direct"),
            .choice("shared", "We shared information", [("no", "No"), ("yes", "Yes")]),
            .choice("exception", "Exception", [("", "None"), ("best-interests", "Best interests"), ("safeguarding", "Safeguarding")]),
            .text("exception-reason", "Why it was shared"), .text("decided-by", "Decided by"),
            .text("capacity-assessed-by", "Capacity assessed by"),
            .text("capacity-assessed-on", "Assessed on", hint: "e.g. yesterday, Mon, 20/11/2026"),
            .text("capacity-decision", "For which decision"), .text("consulted", "Who was consulted"),
            .text("reason", "Why you are correcting it"),
        ]) { [self] m, id in isShown(id, in: m) }
    }

    func isShown(_ id: String, in m: FormModel) -> Bool {
        if id == "letter-confirms" { return asksWhetherLetterConfirms(m) }
        guard Self.exceptionInputs.contains(id) else { return true }
        guard m["shared"] == "yes" else { return false }
        let basisAllows = store.person(id: m["person"])?.basis.allowsSharing ?? true
        guard !basisAllows || filled.record(m["contact"], read: { try? store.contact(id: $0) })?.sharingException != nil else { return false }
        return id.hasPrefix("capacity") || id == "consulted" ? m["exception"] == "best-interests" : true
    }

    /// Whether the advice was confirmed in writing and its words are being changed: then the
    /// form asks whether the letter confirms the new words (R6), as the store will.
    private func asksWhetherLetterConfirms(_ m: FormModel) -> Bool {
        guard let contact = filled.record(m["contact"], read: { try? store.contact(id: $0) }),
              contact.confirmation?.state == .received, m["advice"].nilIfEmpty != nil else { return false }
        return ConfirmationRules.isChangeOfWords(from: contact.advice, to: m["advice"])
    }

    /// Under the advice and the letter's question, what the correction does to the advice's
    /// written confirmation, before it is saved: the chase list is what staff act on.
    func confirmationNote(_ m: FormModel) -> String? {
        guard let contact = filled.record(m["contact"], read: { try? store.contact(id: $0) }),
              let confirmation = contact.confirmation, ConfirmationRules.isChangeOfWords(from: contact.advice, to: m["advice"]) else { return nil }
        guard m["advice"].nilIfEmpty != nil else {
            return switch confirmation.state {
            case .requested: "Taking the advice off takes its request for written confirmation off the chase list"
            case .notNeeded, .notPossible: "Taking the advice off takes its written confirmation decision with it"
            case .received: "This advice was confirmed in writing: take the receipt back first (w) to take the advice off"
            }
        }
        guard confirmation.state == .received, m["letter-confirms"] == "no" else { return nil }
        return confirmation.requestedAt == nil
            ? "The corrected advice will need a decision on written confirmation again (w)"
            : "The request goes back on the chase list: the new words are not confirmed yet"
    }

    /// The answer to "Their letter says it": nil until one is chosen.
    static func letterConfirms(_ m: FormModel) -> Bool? {
        switch m["letter-confirms"] {
        case "yes": true
        case "no": false
        default: nil
        }
    }

    /// Whether the letter confirms the new words is answered for the words as they are: another
    /// contact picked, or the advice typed again, asks it afresh.
    static func onEdit(_ m: inout FormModel, _ id: String) {
        if id == "contact" || id == "advice" { m.choices["letter-confirms"]?.select("") }
    }

    /// Fills the inputs from the contact as it is now.
    func fill(_ m: inout FormModel, from contact: Contact) {
        filled.remember(contact, in: &m)
        m.choices["letter-confirms"]?.select("")
        if let person = store.person(id: contact.personID) { m.pickers["person"]?.choose(EntryItems.person(person)) }
        if let partner = store.partner(id: contact.partnerID) { m.pickers["partner"]?.choose(EntryItems.partner(partner)) }
        m.choices["channel"]?.select(contact.channel.rawValue)
        m.choices["direction"]?.select(contact.direction.rawValue)
        m.setText("when", RecordFlowsTime.text(contact.happenedAt, calendar: store.calendar))
        m.setText("summary", contact.summary)
        m.setText("advice", contact.advice ?? "")
        m.setText("care-plan-change", contact.carePlanAmendment?.change ?? "")
        m.setText("care-plan-reason", contact.carePlanAmendment?.reason ?? "")
        m.setText("nature", contact.nature?.words.joined(separator: " ") ?? "")
        m.choices["shared"]?.select(contact.sharedByUs ? "yes" : "no")
        m.choices["exception"]?.select(contact.sharingException?.kind.rawValue ?? "")
        for (id, text) in exceptionTexts(contact.sharingException) { m.setText(id, text) }
    }

    /// The exception's inputs as `fill` writes them, so an untouched exception is kept exactly.
    private func exceptionTexts(_ exception: SharingException?) -> [String: String] {
        [
            "exception-reason": exception?.reason ?? "", "decided-by": exception?.decidedBy ?? "",
            "capacity-assessed-by": exception?.capacity?.assessedBy ?? "",
            "capacity-assessed-on": exception?.capacity.map { DateInput.dayKey($0.assessedOn, calendar: store.calendar) } ?? "",
            "capacity-decision": exception?.capacity?.decision ?? "", "consulted": exception?.capacity?.consulted ?? "",
        ]
    }

    /// The contact as corrected on the form, refused in the words of the first input that is wrong.
    func corrected(_ m: FormModel) throws -> Contact {
        var found: [any Error] = []
        let contact = corrected(m, found: &found)
        if let first = found.first { throw first }
        guard let contact else { throw FieldError("contact", Self.chooseContact) }
        return contact
    }

    /// Every refusal the save would meet in the form's own inputs, by input, all at once, as the
    /// contact form marks them: the contact as corrected, and the reason for correcting it.
    func problems(_ m: FormModel) -> [String: String] {
        var found: [any Error] = []
        _ = corrected(m, found: &found)
        do { try Store.checkAmendmentReason(m["reason"]) } catch { found.append(error) }
        var byInput: [String: String] = [:]
        for case let error as FieldError in found {
            let input = EntryFormScreen.inputID(forErrorField: error.field)
            byInput[input] = byInput[input] ?? error.message
        }
        return byInput
    }

    static let chooseContact = "choose the contact to correct: type part of its summary, then Enter"

    /// Each part of the correction checked on its own, every refusal added to `found`; a part
    /// refused keeps what the contact said. Nil when no contact is chosen, as nothing else can be
    /// checked without it.
    private func corrected(_ m: FormModel, found: inout [any Error]) -> Contact? {
        func attempt<T>(_ step: () throws -> T) -> T? {
            do { return try step() } catch { found.append(error); return nil }
        }
        guard let chosen = attempt({ try filled.record(m["contact"], read: { try store.contact(id: $0) }) }) else { return nil }
        guard var contact = chosen else {
            found.append(FieldError("contact", Self.chooseContact))
            return nil
        }
        let original = contact
        if let summary = m["summary"].nilIfEmpty { contact.summary = summary } else { found.append(FieldError("summary", "the summary cannot be empty")) }
        contact.advice = m["advice"].nilIfEmpty
        if let person = m["person"].nilIfEmpty { contact.personID = person } else { found.append(FieldError("person", "choose who the contact was about")) }
        if let partner = m["partner"].nilIfEmpty { contact.partnerID = partner } else { found.append(FieldError("partner", "choose who the contact was with")) }
        // The time is shown to the minute: unchanged text keeps the time as it was, seconds and all.
        if let when = m["when"].nilIfEmpty, when != RecordFlowsTime.text(contact.happenedAt, calendar: store.calendar),
           let read = attempt({ try store.readDate(when, field: "when", direction: .past) }) {
            contact.happenedAt = read.wholeSeconds
        }
        contact.channel = Contact.Channel(rawValue: m["channel"]) ?? contact.channel
        contact.direction = Contact.Direction(rawValue: m["direction"]) ?? contact.direction
        if let amendment = attempt({ try CarePlanAmendment.read(change: m["care-plan-change"], reason: m["care-plan-reason"]) }) {
            contact.carePlanAmendment = amendment
        }
        if let nature = attempt({ try m["nature"].nilIfEmpty.map { try PartnershipNature.parse($0) } }) { contact.nature = nature }
        contact.sharedByUs = m["shared"] == "yes"
        // The exception is judged against the person it is now about: only once one is chosen.
        if m["person"].nilIfEmpty != nil, let exception = attempt({ try self.exception(m, contact: contact, original: original) }) {
            contact.sharingException = exception
        }
        // A changed exception is one the manager has not read yet (R3).
        if contact.sharingException != original.sharingException { contact.exceptionAcknowledged = nil }
        // Advice confirmed in writing, or asked for, changed or taken off (R6), as the store judges it.
        let letterConfirms = Self.letterConfirms(m)
        return attempt { [contact] in try ConfirmationRules.afterAdviceCorrected(contact, was: original, letterConfirmsIt: letterConfirms).contact } ?? contact
    }

    /// The exception the corrected contact keeps: the one it had while its inputs are untouched,
    /// else the one typed, checked by R3's rule against the person it is now about.
    private func exception(_ m: FormModel, contact: Contact, original: Contact) throws -> SharingException? {
        guard contact.sharedByUs, isShown("exception", in: m), let kind = SharingException.Kind(rawValue: m["exception"]) else {
            return try checked(nil, contact: contact, original: original)
        }
        let texts = exceptionTexts(original.sharingException)
        if kind == original.sharingException?.kind, texts.allSatisfy({ m[$0.key] == $0.value }) {
            return try checked(original.sharingException, contact: contact, original: original)
        }
        var capacity: CapacityAssessment?
        if kind == .bestInterests, ["capacity-assessed-by", "capacity-assessed-on", "capacity-decision", "consulted"].contains(where: { m[$0].nilIfEmpty != nil }) {
            capacity = CapacityAssessment(
                assessedBy: m["capacity-assessed-by"],
                assessedOn: try store.readDate(m["capacity-assessed-on"], field: "capacity-assessed-on", precision: .day, direction: .past),
                decision: m["capacity-decision"], consulted: m["consulted"])
        }
        let typed = SharingException(kind: kind, reason: m["exception-reason"], decidedBy: m["decided-by"].nilIfEmpty, capacity: capacity)
        return try checked(typed, contact: contact, original: original)
    }

    /// R3 as the store applies it to an amendment: sharing left as it was is not checked again
    /// (consent withdrawn since does not block correcting a summary). The rule calls the
    /// exception's reason `reason`, as the command line does; on this form that name is the
    /// correction's own, so the refusal is moved to the exception's input.
    private func checked(_ exception: SharingException?, contact: Contact, original: Contact) throws -> SharingException? {
        guard contact.personID != original.personID || contact.sharedByUs != original.sharedByUs || exception != original.sharingException
        else { return exception }
        guard let person = store.person(id: contact.personID) else { throw FieldError("person", "choose who the contact was about") }
        do {
            let then = contact.sharedByUs ? try store.sharingBasis(of: person, at: contact.happenedAt) : nil
            return try SharingRule.check(person: person, sharedByUs: contact.sharedByUs, exception: exception, staff: store.staff,
                                         now: store.clock.now, sharedAt: contact.happenedAt, basisThen: then)
        } catch let error as FieldError where error.field == "reason" {
            throw FieldError("exception-reason", error.message)
        }
    }
}
