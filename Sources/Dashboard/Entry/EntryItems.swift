import LiaisonCore

/// Records as the pickers offer them.
enum EntryItems {
    /// People still supported; the discharged are not offered for new contacts.
    static func people(_ store: Store) -> [PickerItem] {
        store.people.filter { $0.discharged == nil }.map(person)
    }

    static func person(_ person: Person) -> PickerItem {
        let title = person.preferredName.map { "\(person.name) (\($0))" } ?? person.name
        return PickerItem(id: person.id, title: title, detail: person.location ?? "",
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
