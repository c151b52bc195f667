/// What `liaison check` says about people and homes: not damage (every record reads), but a
/// person no home's wall or handover will show until someone puts them in a listed home.
public enum HomeCheck {
    /// One sentence per person whose home is not among `homes` (a home renamed or removed from
    /// the settings, or a record imported from another service) or is written in another case
    /// than the settings write it, and, in a group of homes, per person still supported who has
    /// no home at all. Nothing for a service without homes
    /// whose people name none.
    public static func warnings(people: [Person], homes: HomeList) -> [String] {
        people.compactMap { person in
            if let id = person.home, homes.home(id: id) == nil {
                let listed = homes.isEmpty ? "the settings list no homes" : "the homes are \(homes.homes.map(\.id).joined(separator: ", "))"
                return "\(person.name) (\(person.id)) lives in “\(id)”, which is not a home in the settings (\(listed)); "
                    + "no home's wall or handover shows them until they are moved to a listed home or the home is listed again"
            }
            if let id = person.home, let home = homes.home(id: id), home.id != id {
                return "\(person.name) (\(person.id)) lives in “\(InertText.visible(id))”, which the settings write “\(home.id)”; "
                    + "Liaison reads it as \(home.name), but a group's server takes only the settings' spelling (liaison migrate stops at it): "
                    + "change their details in the dashboard (P) and save, which writes it so"
            }
            if person.home == nil, !homes.isEmpty, person.discharged == nil {
                return "\(person.name) (\(person.id)) has no home; no home's wall or handover shows them until one is chosen "
                    + "(change their details in the dashboard)"
            }
            return nil
        }
    }

    /// One sentence per day's review or handover acknowledgement made for a home the settings
    /// do not list (renamed or removed since, or imported from another service): it speaks for
    /// no home's part, so the review or reading it records is shown nowhere until it is.
    public static func warnings(marks: [DayReview], homes: HomeList) -> [String] {
        marks.compactMap { mark in
            guard let id = mark.home else { return nil }
            let what = mark.isHandover ? "the handover of \(mark.day) was read by \(mark.reviewedBy)" : "\(mark.day) was reviewed by \(mark.reviewedBy)"
            if let home = homes.home(id: id) {
                guard home.id != id else { return nil }
                return "\(what) (\(mark.id)) for “\(InertText.visible(id))”, which the settings write “\(home.id)”; "
                    + "Liaison reads it as \(home.name)'s, but a group's server takes only the settings' spelling (liaison migrate stops at it)"
            }
            let listed = homes.isEmpty ? "the settings list no homes" : "the homes are \(homes.homes.map(\.id).joined(separator: ", "))"
            return "\(what) (\(mark.id)) for “\(InertText.visible(id))”, which is not a home in the settings (\(listed)); "
                + "no handover shows it until the home is listed again"
        }
    }
}
