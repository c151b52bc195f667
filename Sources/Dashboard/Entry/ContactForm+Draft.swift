import Foundation
import LiaisonCore

/// The form as a draft and back, and as the records LiaisonCore saves.
extension ContactForm {
    static let draftKind = "contact"

    /// Every field's text by name; a picker keeps both what was typed and what was picked.
    var values: [String: String] {
        var values: [String: String] = [:]
        func put(_ key: String, _ value: String?) { if let value, !value.isEmpty { values[key] = value } }
        put("person", person.chosen?.id)
        put("person-query", person.query.text)
        put("partner", partner.chosen?.id)
        put("partner-query", partner.query.text)
        put("channel", channel.value)
        put("direction", direction.value)
        put("advice", advice.text)
        put("confirmation", confirmation.value)
        put("shared", shared.value)
        put("exception", exception.value)
        put("task-kind", taskKind.value)
        put("follow-ups", queuedFollowUpsValue)
        for field in Self.textFields { put(field.rawValue, text(field)) }
        return values
    }

    func draft(at now: Date) -> EntryDraft {
        EntryDraft(form: Self.draftKind, values: values, focus: focus.rawValue, updatedAt: now)
    }

    /// The form exactly as the draft left it. A picked record that no longer exists is dropped,
    /// but what was typed stays, so it can be picked again.
    init(draft: EntryDraft, people: [PickerItem], partners: [PickerItem], bases: [String: SharingBasis]) {
        self.init(people: people, partners: partners, bases: bases)
        let v = draft.values
        person = PickerField(query: v["person-query"] ?? "", chosen: people.first { $0.id == v["person"] })
        partner = PickerField(query: v["partner-query"] ?? "", chosen: partners.first { $0.id == v["partner"] })
        channel.select(v["channel"] ?? "")
        direction.select(v["direction"] ?? "")
        advice = MultilineText(v["advice"] ?? "")
        confirmation.select(v["confirmation"] ?? "")
        shared.select(v["shared"] ?? "")
        exception.select(v["exception"] ?? "")
        taskKind.select(v["task-kind"] ?? "")
        queuedFollowUps = Self.followUps(from: v["follow-ups"])
        for field in Self.textFields { texts[field]?.setText(v[field.rawValue] ?? "") }
        if let name = draft.focus, let field = ContactField(rawValue: name), visibleFields.contains(field) { focus = field }
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
            switch confirmation.value {
            case "not-needed": found[.confirmationNote] = "say why no written confirmation is needed"
            case "not-possible": found[.confirmationNote] = "say why it cannot be had in writing"
            default: break
            }
        }
        let hasTask = !text(.taskTitle).trimmingCharacters(in: .whitespaces).isEmpty
        if !hasTask, !(text(.taskOwner) + text(.taskDue)).trimmingCharacters(in: .whitespaces).isEmpty {
            found[.taskTitle] = "say what is to be done, or clear who and when"
        }
        if hasTask {
            if text(.taskDue).trimmingCharacters(in: .whitespaces).isEmpty {
                found[.taskDue] = "say by when, e.g. 15:00 or tomorrow 10:00"
            } else if case let error as FieldError = Result(catching: { try WhenInput.parse(text(.taskDue), field: "due", now: now, calendar: calendar, order: dateOrder) }).failure {
                found[.taskDue] = error.message
            }
        }
        return found
    }

    /// The contact as LiaisonCore takes it; call after `problems` found none.
    func contactDraft(now: Date, calendar: Calendar) throws -> ContactDraft {
        func optional(_ text: String) -> String? { text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : text }
        let when = try WhenInput.parse(text(.when), field: "when", now: now, calendar: calendar, direction: .past, order: dateOrder)
        var exceptionRecord: SharingException?
        if needsException, let kind = SharingException.Kind(rawValue: exception.value) {
            var capacity: CapacityAssessment?
            if kind == .bestInterests, [text(.capacityBy), text(.capacityOn), text(.capacityDecision), text(.consulted)].contains(where: { optional($0) != nil }) {
                let on = try DateInput.parse(text(.capacityOn), field: "capacity-assessed-on", now: now, calendar: calendar, order: dateOrder, direction: .past)
                capacity = CapacityAssessment(
                    assessedBy: text(.capacityBy), assessedOn: on, decision: text(.capacityDecision), consulted: text(.consulted))
            }
            exceptionRecord = SharingException(kind: kind, reason: text(.exceptionReason), decidedBy: optional(text(.decidedBy)), capacity: capacity)
        }
        return ContactDraft(
            personID: person.chosen?.id ?? "", partnerID: partner.chosen?.id ?? "",
            channel: Contact.Channel(rawValue: channel.value) ?? .phone,
            direction: Contact.Direction(rawValue: direction.value) ?? .incoming,
            happenedAt: text(.when).trimmingCharacters(in: .whitespaces).isEmpty ? nil : when,
            summary: text(.summary), advice: optional(advice.text),
            confirmation: Confirmation.State(rawValue: confirmation.value), confirmationNote: optional(text(.confirmationNote)),
            carePlanChange: optional(text(.carePlanChange)), carePlanReason: optional(text(.carePlanReason)),
            sharedByUs: shared.value == "yes", exception: exceptionRecord,
            nature: try optional(text(.nature)).map { try PartnershipNature.parse($0) })
    }
}

extension Result {
    /// The error, when there was one.
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
