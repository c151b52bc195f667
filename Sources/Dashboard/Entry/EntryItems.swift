import LiaisonCore
import TerminalUI

/// Records as the pickers offer them.
enum EntryItems {
    /// The pickers' matching: accents and case ignored, names before roles and organisations.
    static let rank: PickerField.Matcher = { query, items in NameMatcher.rank(query, in: items, texts: { $0.searchTexts }) }

    /// Everyone still supported, or only `home`'s people on a dashboard limited to one home:
    /// a home's office picks among its own residents, never another home's. With
    /// `includingLeft`, those who left follow, marked so: a GP's letter after a move, or the
    /// task of sending someone's records on, is about them still.
    static func people(_ store: Store, home: Home? = nil, includingLeft: Bool = false) -> [PickerItem] {
        let filter = store.filter(for: home)
        let here = store.people.filter { $0.discharged == nil && filter.includes($0) }.map(person)
        guard includingLeft else { return here }
        return here + store.people.filter { $0.discharged != nil && filter.includes($0) }.map(person)
    }

    /// A person as a picker lists them: their room beside the name, and how they left for
    /// someone who did, after the room, which is what tells two of one name apart.
    static func person(_ person: Person) -> PickerItem {
        let title = person.preferredName.map { "\(person.name) (\($0))" } ?? person.name
        let detail = [person.location, person.leftAs.map { "left: \($0)" }].compactMap { $0 }.joined(separator: " · ")
        return PickerItem(id: person.id, title: title, detail: detail,
                          searchTexts: [person.name, person.preferredName ?? "", person.location ?? ""])
    }

    static func partners(_ store: Store) -> [PickerItem] { store.partners.map(partner) }

    static func partner(_ partner: Partner) -> PickerItem {
        let detail = [partner.role.title, partner.organisation].compactMap { $0 }.joined(separator: " · ")
        return PickerItem(id: partner.id, title: partner.name, detail: detail,
                          searchTexts: [partner.name, partner.role.title, partner.role.rawValue, partner.organisation ?? ""])
    }

    static func bases(_ store: Store) -> [String: SharingBasis] {
        Dictionary(store.people.map { ($0.id, $0.basis) }, uniquingKeysWith: { first, _ in first })
    }
}

extension EntryItems {
    static func tasks(_ store: Store) -> [PickerItem] {
        let format = CareFormat(calendar: store.calendar)
        let shown = PersonNames(store.people)
        return store.openTasks.map { task in
            PickerItem(id: task.id, title: about(shown, task.personID, leftIn: store) + CareFormat.oneLine(task.title),
                       detail: "due \(format.dated(task.due, now: store.clock.now)) · \(task.owner ?? "")",
                       searchTexts: [task.title, task.owner ?? ""] + names(store, task.personID, task.partnerID))
        }
    }

    static func escalations(_ store: Store) -> [PickerItem] {
        let shown = PersonNames(store.people)
        return store.openEscalations.map { escalation in
            PickerItem(id: escalation.id, title: about(shown, escalation.personID, leftIn: store) + CareFormat.oneLine(escalation.summary),
                       detail: "\(CareFormat.stage(escalation.stage)) · \(CareFormat.kindTitle(escalation.kind))",
                       searchTexts: [escalation.summary] + names(store, escalation.personID, escalation.partnerID))
        }
    }

    /// Each row says who it is about and when, to the minute: two contacts with the same
    /// summary on one day (the nurse's round) must not look alike.
    static func contacts(_ store: Store) -> [PickerItem] {
        let format = CareFormat(calendar: store.calendar)
        let shown = PersonNames(store.people)
        return store.recentContacts.map { contact($0, store: store, format: format, names: shown) }
    }

    /// One contact as a picker row: whom it is about, its words, when and with whom.
    static func contact(_ contact: Contact, store: Store, format: CareFormat? = nil, names shown: PersonNames? = nil) -> PickerItem {
        let format = format ?? CareFormat(calendar: store.calendar)
        let partner = store.partner(id: contact.partnerID)?.name ?? ""
        return PickerItem(id: contact.id, title: about(shown ?? PersonNames(store.people), contact.personID) + CareFormat.oneLine(contact.summary),
                          detail: "\(format.dated(contact.happenedAt, now: store.clock.now)) · \(partner)",
                          searchTexts: [contact.summary] + names(store, contact.personID, contact.partnerID))
    }

    /// Whom a record concerns, to put before its words in a picker: "Zoë Adams: ", or "John
    /// Smith (Room 3): " where someone else has the name, as the dashboard names them.
    /// Open work (`leftIn` the store) also says when they left: "Harold Finch (died): ".
    private static func about(_ shown: PersonNames, _ personID: String?, leftIn store: Store? = nil) -> String {
        let left = store.flatMap { store in personID.flatMap { store.person(id: $0)?.leftAs } }.map { " (\($0))" } ?? ""
        return personID.flatMap(shown.full).map { "\($0)\(left): " } ?? ""
    }

    /// The person's and partner's names, so a record can be found by who it concerns, and how
    /// the person left, so "died" finds the work still open about them.
    private static func names(_ store: Store, _ personID: String?, _ partnerID: String?) -> [String] {
        let person = personID.flatMap(store.person(id:)), partner = partnerID.flatMap(store.partner(id:))
        return [person?.name, person?.preferredName, partner?.name, person?.leftAs].compactMap { $0 }
    }

    /// The managers on the service's staff list, for an escalation's manager (R10).
    static func managers(_ store: Store) -> [PickerItem] {
        store.staffList.filter(\.isManager).map { member in
            PickerItem(id: member.name, title: member.name, detail: member.role == .registeredManager ? "registered manager" : "manager",
                       searchTexts: [member.name])
        }
    }

    /// Advice whose written confirmation is owed, oldest first (no decision, then requested by
    /// when), and the contact a step was started from even when it is not owed.
    static func owedInWriting(_ store: Store, including contactID: String?) -> [PickerItem] {
        var contacts = (store.undecidedAdvice + store.chaseList).sorted {
            ($0.confirmation?.requestedAt ?? $0.happenedAt, $0.id) < ($1.confirmation?.requestedAt ?? $1.happenedAt, $1.id)
        }
        // Advice answered in the days at hand comes after what is owed, newest first, so a step
        // recorded wrongly there can be taken back.
        contacts += store.recentContacts.filter { $0.advice != nil && $0.confirmation != nil && !$0.awaitsConfirmation }
            .sorted { ($0.happenedAt, $0.id) > ($1.happenedAt, $1.id) }
        if let contactID, !contacts.contains(where: { $0.id == contactID }), let extra = try? store.contact(id: contactID) {
            contacts.insert(extra, at: 0)
        }
        let format = CareFormat(calendar: store.calendar)
        let shown = PersonNames(store.people)
        return contacts.map { contact in
            let partner = store.partner(id: contact.partnerID)?.name ?? ""
            let chases = contact.confirmation?.chases.count ?? 0
            let standing = switch contact.confirmation?.state {
            case nil: "decide"
            case .requested: "asked, chased \(chases)×"
            case .received: "received"
            case .notNeeded: "not needed"
            case .notPossible: "not possible"
            }
            return PickerItem(id: contact.id, title: about(shown, contact.personID) + CareFormat.oneLine(contact.advice ?? contact.summary),
                              detail: "\(format.dated(contact.happenedAt, now: store.clock.now)) · \(partner) · \(standing)",
                              searchTexts: [contact.advice ?? "", contact.summary] + names(store, contact.personID, contact.partnerID))
        }
    }
}
