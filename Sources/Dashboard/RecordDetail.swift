import Foundation
import LiaisonCore

/// The text of a detail view: a heading, every field, what is linked to the record, and each
/// earlier version with what it said before it was changed (R11).
struct RecordDetail {
    var title: String
    var lines: [DetailLine]

    enum DetailLine: Equatable {
        case heading(String)
        case field(String, String)
        case text(String)
        /// A linked record, which the detail view can open.
        case link(String, RecordReference)
    }

    init(_ record: RecordReference, state: DashboardState) throws {
        let fields = RecordFields(format: state.format, state: state)
        let store = state.store
        var linked: [DetailLine] = []
        let current: [RecordFields.Field]
        /// Whose record this is, and what of theirs is being opened, for the view log.
        var viewed: (person: String, what: String)?
        switch record {
        case .person(let id):
            guard let person = store.person(id: id) else { throw FieldError("person", "it is no longer in the store") }
            title = "Person — \(person.name)"
            current = fields.person(person)
            viewed = (id, "person \(id)")
            linked = try Self.linked(toPerson: id, state: state)
        case .partner(let id):
            guard let partner = store.partner(id: id) else { throw FieldError("partner", "it is no longer in the store") }
            title = "Partner — \(partner.name)"
            current = fields.partner(partner)
            linked = try Self.linked(toPartner: id, state: state)
        case .contact(let id):
            guard let contact = try store.contact(id: id) else { throw FieldError("contact", "it is no longer in the store") }
            title = "Contact — \(state.personName(contact.personID)), \(state.format.dated(contact.happenedAt, now: state.now))"
            current = fields.contact(contact)
            viewed = (contact.personID, "contact \(id)")
            linked = Self.linked(toContact: contact, state: state)
        case .task(let id):
            guard let task = try store.task(id: id) else { throw FieldError("task", "it is no longer in the store") }
            title = "Task — \(task.title)"
            current = fields.task(task)
            viewed = task.personID.map { ($0, "task \(id)") }
            linked = try Self.linked(toTask: task, state: state)
        case .escalation(let id):
            guard let escalation = try store.escalation(id: id) else { throw FieldError("escalation", "it is no longer in the store") }
            title = "Escalation — \(escalation.kind.title)"
            current = fields.escalation(escalation)
            viewed = escalation.personID.map { ($0, "escalation \(id)") }
            linked = Self.people(escalation.personID, partner: escalation.partnerID, state: state)
        }
        // Opening a record about someone is logged, where the store keeps a log, before it shows.
        if let viewed { try store.noteViewed(personID: viewed.person, what: viewed.what) }
        lines = current.filter { !$0.value.isEmpty }.map { .field($0.label, $0.value) }
        // A corrected record says so at once, not only in its history (R11).
        for entry in try store.history(of: record.id) where entry.isCorrection == true {
            lines.append(.field("Corrected", "\(fields.format.dated(entry.amendedAt, now: fields.state.now)) by \(entry.amendedBy): \(entry.reason)"))
        }
        lines.append(.heading("Linked records (Tab to pick one, Enter to open it)"))
        lines += linked.isEmpty ? [.text("Nothing linked")] : linked
        lines.append(.heading("History of changes"))
        lines += try Self.history(of: record, now: current, fields: fields, store: store)
    }

    /// The records a detail can open, in the order Tab visits them.
    var links: [RecordReference] {
        lines.compactMap { if case .link(_, let target) = $0 { target } else { nil } }
    }

    private static func people(_ person: String?, partner: String?, state: DashboardState) -> [DetailLine] {
        var lines: [DetailLine] = []
        // Whether they left, so work opened from here is not done as if they were still here.
        if let person { lines.append(.link("Person: \(state.nameMarkingLeft(person))", .person(person))) }
        if let partner, let found = state.partnersByID[partner] {
            lines.append(.link("Partner: \(found.name) (\(found.role.title))", .partner(partner)))
        }
        return lines
    }

    private static func linked(toPerson id: String, state: DashboardState) throws -> [DetailLine] {
        let format = state.format
        var lines: [DetailLine] = state.store.openTasks.filter { $0.personID == id }
            .map { .link("Open task: \($0.title), due \(format.dated($0.due, now: state.now, time: false))", .task($0.id)) }
        lines += state.store.openEscalations.filter { $0.personID == id }
            .map { .link("Open escalation: \($0.summary)", .escalation($0.id)) }
        lines += try state.store.agreements(forPerson: id)
            .map { .text("Partnership agreement: primary contact \($0.primaryContact ?? "not named")") }
        lines += try state.store.contacts(forPerson: id, limit: 10).map {
            .link("Contact \(format.dated($0.happenedAt, now: state.now)) with \(state.partnersByID[$0.partnerID]?.name ?? "?"): \($0.summary)"
                  + ($0.audit.version > 1 ? " (amended)" : ""), .contact($0.id))
        }
        // Put against this person by mistake and corrected: still shown here, saying where it went.
        lines += try state.store.contactsMovedAway(fromPerson: id).map { moved, contact in
            .link("Moved to \(state.personName(contact.personID)) \(format.dated(moved.amendedAt, now: state.now)) by \(moved.amendedBy): \(contact.summary)",
                  .contact(contact.id))
        }
        return lines
    }

    /// A partner's open work with us and their latest contacts, so a partner found by search
    /// leads straight to what was said with them.
    /// A partner works with every home: on a dashboard limited to one, only that home's work shows.
    private static func linked(toPartner id: String, state: DashboardState) throws -> [DetailLine] {
        let format = state.format
        let home = state.homeFilter
        var lines: [DetailLine] = state.store.openTasks.filter { $0.partnerID == id && home.includes(personID: $0.personID) }
            .map { .link("Open task: \($0.title), due \(format.dated($0.due, now: state.now, time: false))", .task($0.id)) }
        lines += state.store.openEscalations.filter { $0.partnerID == id && home.includes(personID: $0.personID) }
            .map { .link("Open escalation: \($0.summary)", .escalation($0.id)) }
        lines += try state.store.contacts(forPartner: id, limit: 10).filter { home.includes(personID: $0.personID) }.map {
            .link("Contact \(format.dated($0.happenedAt, now: state.now)) about \(state.personName($0.personID)): \($0.summary)"
                  + ($0.audit.version > 1 ? " (amended)" : ""), .contact($0.id))
        }
        return lines
    }

    private static func linked(toContact contact: Contact, state: DashboardState) -> [DetailLine] {
        var lines = people(contact.personID, partner: contact.partnerID, state: state)
        if let change = contact.carePlanAmendment {
            lines.append(.text("Care plan changed on this advice: \(change.change)"))
        }
        lines += state.store.openTasks
            .filter { $0.personID == contact.personID && $0.partnerID == contact.partnerID }
            .map { .link("Open task with this partner: \($0.title), due \(state.format.dated($0.due, now: state.now, time: false))", .task($0.id)) }
        if contact.awaitsConfirmation { lines.append(.text("On the chase list: written confirmation still to come")) }
        if contact.awaitsConfirmationDecision { lines.append(.text("Owed: decide whether to ask for this advice in writing")) }
        return lines
    }

    /// A task has no stored link to a contact; the contact it most likely came from is the last
    /// one with the same person and partner before the task was entered, and is named as such.
    private static func linked(toTask task: CareTask, state: DashboardState) throws -> [DetailLine] {
        var lines = people(task.personID, partner: task.partnerID, state: state)
        guard let person = task.personID else { return lines }
        let before = try state.store.contacts(forPerson: person, limit: 50).first {
            $0.partnerID == task.partnerID && $0.audit.createdAt <= task.audit.createdAt
        }
        if let before {
            lines.append(.link("Last contact with this partner before it: \(state.format.dated(before.happenedAt, now: state.now)) — \(before.summary)", .contact(before.id)))
        }
        return lines
    }

    private static func history(
        of record: RecordReference, now current: [RecordFields.Field], fields: RecordFields, store: Store
    ) throws -> [DetailLine] {
        let entries = try store.history(of: record.id)
        guard !entries.isEmpty else { return [.text("Never amended: this is the first version")] }
        var lines: [DetailLine] = []
        // Each old version is compared with the one after it; the last with the record as it is.
        let versions = try entries.map { try Self.fields(of: $0, record: record, fields: fields) }
        for (index, entry) in entries.enumerated() {
            let newer = index + 1 < versions.count ? versions[index + 1] : current
            lines.append(.text("Version \(entry.version), replaced \(fields.format.dated(entry.amendedAt, now: fields.state.now)) by \(entry.amendedBy): \(entry.reason)"))
            let changed = versions[index].filter { old in
                !old.label.hasPrefix("Last changed") && newer.first { $0.label == old.label }?.value != old.value
            }
            for field in changed { lines.append(.field("  was " + field.label, field.value.isEmpty ? "(blank)" : field.value)) }
        }
        return lines
    }

    private static func fields(of entry: HistoryEntry, record: RecordReference, fields: RecordFields) throws -> [RecordFields.Field] {
        switch record {
        case .person: fields.person(try entry.decode(Person.self))
        case .partner: fields.partner(try entry.decode(Partner.self))
        case .contact: fields.contact(try entry.decode(Contact.self))
        case .task: fields.task(try entry.decode(CareTask.self))
        case .escalation: fields.escalation(try entry.decode(Escalation.self))
        }
    }
}
