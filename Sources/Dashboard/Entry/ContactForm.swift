import Foundation
import LiaisonCore
import TerminalUI

/// The contact form (R5–R8, R3) read through its own fields: the inputs it puts on the form
/// engine, which show when, what is refused before the store is asked, and the records it
/// saves. A value, so the rules are tested without a screen.
struct ContactForm {
    var model: FormModel
    /// Follow-ups kept with Ctrl-T while the next is typed.
    var queuedFollowUps: [FollowUp] = []
    /// Each person's sharing basis by id.
    let bases: [String: SharingBasis]
    /// How the service writes dates (`27/11` or `11/27`), from its settings.
    var dateOrder: DateOrder = .dayFirst

    static let newPartnerLabel = "New partner…"

    /// The empty form over the people and partners that can be picked.
    static func model(people: [PickerItem], partners: [PickerItem], bases: [String: SharingBasis]) -> FormModel {
        FormModel(rank: EntryItems.rank, inputs: ContactField.allCases.map { input($0, people: people, partners: partners) }) { model, id in
            guard let field = ContactField(rawValue: id) else { return true }
            return ContactForm(model: model, bases: bases).isShown(field)
        }
    }

    private static func input(_ field: ContactField, people: [PickerItem], partners: [PickerItem]) -> FormInput {
        switch field {
        case .person: .picker(field.rawValue, field.label, people)
        case .partner: .picker(field.rawValue, field.label, partners, newLabel: newPartnerLabel)
        case .advice: .lines(field.rawValue, field.label, minimumRows: 3)
        case .channel: .choice(field.rawValue, field.label, Contact.Channel.allCases.map { ($0.rawValue, $0.rawValue.capitalized) })
        case .direction: .choice(field.rawValue, field.label, [("incoming", "They contacted us"), ("outgoing", "We contacted them")])
        // Advice left at "Decide later" is owed as "decide: ask in writing" until someone decides (R6).
        case .confirmation: .choice(field.rawValue, field.label, [
            ("", "Decide later (owed)"), ("requested", "Requested"), ("received", "Received"), ("not-needed", "Not needed"),
            ("not-possible", "Not possible"),
        ])
        case .shared: .choice(field.rawValue, field.label, [("no", "No"), ("yes", "Yes")])
        case .exception: .choice(field.rawValue, field.label, [("", "None"), ("best-interests", "Best interests"), ("safeguarding", "Safeguarding")])
        // A promise is a courtesy such as "call back by 3pm" (R8); it is listed with the tasks.
        case .taskKind: .choice(field.rawValue, field.label, [("task", "Task"), ("promise", "Promise (e.g. call back)")])
        default: .text(field.rawValue, field.label)
        }
    }

    var focus: ContactField {
        get { ContactField(rawValue: model.focus) ?? .person }
        set { model.focus = newValue.rawValue }
    }

    var errors: [ContactField: String] {
        Dictionary(uniqueKeysWithValues: model.errors.compactMap { key, value in ContactField(rawValue: key).map { ($0, value) } })
    }

    func text(_ field: ContactField) -> String { model[field.rawValue] }
    var person: PickerField { model.pickers[ContactField.person.rawValue] ?? PickerField() }
    var partner: PickerField { model.pickers[ContactField.partner.rawValue] ?? PickerField() }
    func choice(_ field: ContactField) -> String { model[field.rawValue] }
    var channel: ChoiceField { model.choices[ContactField.channel.rawValue]! }

    /// The picked person's sharing basis, shown at once and deciding whether an exception is asked for.
    var basis: SharingBasis? { person.chosen.flatMap { bases[$0.id] } }

    /// R3: an exception is asked for only when we shared and the basis does not allow it.
    var needsException: Bool { choice(.shared) == "yes" && !(basis?.allowsSharing ?? false) }

    func isShown(_ field: ContactField) -> Bool {
        switch field {
        case .exception, .exceptionReason, .decidedBy: needsException
        // Best interests rests on a capacity assessment (R3); safeguarding does not.
        case .capacityBy, .capacityOn, .capacityDecision, .consulted: needsException && choice(.exception) == "best-interests"
        default: true
        }
    }

    /// The fields shown now, in Tab order.
    var visibleFields: [ContactField] { ContactField.allCases.filter(isShown) }

    /// Every field's text by name, and the follow-ups kept; a picker keeps both what was typed
    /// and what was picked.
    var values: [String: String] {
        var values = model.values
        if let queued = queuedFollowUpsValue { values["follow-ups"] = queued }
        return values
    }

    /// Refusals the form can give before asking the store, all at once, beside their fields.
    func problems(now: Date, calendar: Calendar) -> [ContactField: String] {
        var found: [ContactField: String] = [:]
        if person.chosen == nil { found[.person] = "choose who this contact was about: type part of their name, then Enter" }
        if partner.chosen == nil { found[.partner] = "choose who you spoke to: type part of their name, role or organisation, then Enter" }
        if text(.summary).trimmingCharacters(in: .whitespaces).isEmpty {
            found[.summary] = "write a line saying what the contact was about"
        }
        if case let error as FieldError = Result(catching: { try WhenInput.parse(text(.when), field: "when", now: now, calendar: calendar, direction: .past, order: dateOrder) }).failure {
            found[.when] = error.message
        }
        if text(.confirmationNote).trimmingCharacters(in: .whitespaces).isEmpty {
            switch choice(.confirmation) {
            case "not-needed": found[.confirmationNote] = "say why no written confirmation is needed"
            case "not-possible": found[.confirmationNote] = "say why it cannot be had in writing"
            default: break
            }
        }
        if let nature = optional(text(.nature)), case let error as FieldError = Result(catching: { try PartnershipNature.parse(nature) }).failure {
            found[.nature] = error.message
        }
        if isShown(.capacityOn), let on = optional(text(.capacityOn)),
           case let error as FieldError = Result(catching: { try DateInput.parse(on, field: "capacity-assessed-on", now: now, calendar: calendar, order: dateOrder, direction: .past) }).failure {
            found[.capacityOn] = error.message
        }
        let hasTask = !text(.taskTitle).trimmingCharacters(in: .whitespaces).isEmpty
        if !hasTask, !(text(.taskOwner) + text(.taskDue)).trimmingCharacters(in: .whitespaces).isEmpty {
            found[.taskTitle] = "say what is to be done, or clear who and when"
        }
        if hasTask {
            if text(.taskDue).trimmingCharacters(in: .whitespaces).isEmpty {
                found[.taskDue] = "say by when, e.g. 15:00 or tomorrow 10:00"
            } else if case let error as FieldError = Result(catching: { try WhenInput.parse(text(.taskDue), field: "due", now: now, calendar: calendar, precision: .deadline, order: dateOrder) }).failure {
                found[.taskDue] = error.message
            }
        }
        return found
    }

    /// The text, or nil when it is blank.
    private func optional(_ text: String) -> String? { text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : text }

    /// The contact as LiaisonCore takes it; call after `problems` found none. `readable` leaves
    /// out what `problems` already refuses (a time, a nature or an assessment day that does not
    /// read), so the contact's own rules can be asked about everything else at the same save.
    func contactDraft(now: Date, calendar: Calendar, readable: Bool = false) throws -> ContactDraft {
        let readWhen = { try WhenInput.parse(text(.when), field: "when", now: now, calendar: calendar, direction: .past, order: dateOrder) }
        let when = readable ? (try? readWhen()) ?? now : try readWhen()
        var exceptionRecord: SharingException?
        if needsException, let kind = SharingException.Kind(rawValue: choice(.exception)) {
            var capacity: CapacityAssessment?
            if kind == .bestInterests, [text(.capacityBy), text(.capacityOn), text(.capacityDecision), text(.consulted)].contains(where: { optional($0) != nil }) {
                let read = { try DateInput.parse(text(.capacityOn), field: "capacity-assessed-on", now: now, calendar: calendar, order: dateOrder, direction: .past) }
                let on = readable ? (try? read()) ?? now : try read()
                capacity = CapacityAssessment(
                    assessedBy: text(.capacityBy), assessedOn: on, decision: text(.capacityDecision), consulted: text(.consulted))
            }
            exceptionRecord = SharingException(kind: kind, reason: text(.exceptionReason), decidedBy: optional(text(.decidedBy)), capacity: capacity)
        }
        return ContactDraft(
            personID: person.chosen?.id ?? "", partnerID: partner.chosen?.id ?? "",
            channel: Contact.Channel(rawValue: choice(.channel)) ?? .phone,
            direction: Contact.Direction(rawValue: choice(.direction)) ?? .incoming,
            happenedAt: text(.when).trimmingCharacters(in: .whitespaces).isEmpty ? nil : when,
            summary: text(.summary), advice: optional(text(.advice)),
            confirmation: Confirmation.State(rawValue: choice(.confirmation)), confirmationNote: optional(text(.confirmationNote)),
            carePlanChange: optional(text(.carePlanChange)), carePlanReason: optional(text(.carePlanReason)),
            sharedByUs: choice(.shared) == "yes", exception: exceptionRecord,
            nature: readable ? optional(text(.nature)).flatMap { try? PartnershipNature.parse($0) } : try optional(text(.nature)).map { try PartnershipNature.parse($0) })
    }
}

extension Result {
    /// The error, when there was one.
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
