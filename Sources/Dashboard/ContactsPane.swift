import Foundation
import LiaisonCore

/// The Contacts pane: the chosen day's contacts with partners, earliest first, with the advice's
/// first line, where its written confirmation stands (R6) and whether it was reviewed (R12).
enum ContactsPane {
    static let columns = [
        PaneColumn("Time", .fixed(5)),
        PaneColumn("Person", .flexible(3)),
        PaneColumn("Partner", .flexible(3), from: 44, upTo: 95),  // name and role together
        PaneColumn("Partner", .flexible(3), from: 96),
        PaneColumn("Role", .flexible(1), from: 96),
        PaneColumn("Via", .fixed(7), from: 96),
        PaneColumn("Advice", .flexible(4)),
        PaneColumn("Written", .fixed(12), from: 56),
        PaneColumn("Nature", .fixed(28), from: 110),
        PaneColumn("✓", .fixed(1)),
    ]
    static let confirmationColumn = 7

    static func content(_ state: DashboardState) -> PaneContent {
        var content = PaneContent()
        for contact in state.visibleContacts {
            let partner = state.partnersByID[contact.partnerID]
            let advice = CareFormat.firstLine(contact.advice ?? contact.summary)
            let confirmation = CareFormat.confirmation(contact)
            content.append(
                id: contact.id,
                [
                    state.format.time(contact.happenedAt),
                    state.personName(contact.personID),
                    partner.map { "\($0.name) · \($0.role.words.short)" } ?? "unknown partner",
                    partner?.name ?? "unknown partner",
                    partner?.role.title ?? "",
                    CareFormat.channel(contact.channel),
                    advice,
                    confirmation,
                    contact.nature.map { n in [n.level.rawValue, n.agencies == .interAgency ? "inter" : n.agencies.rawValue,
                                               n.formality.rawValue, n.involvement.rawValue].joined(separator: " ") } ?? "",
                    state.isReviewed(contact) ? "✓" : "",
                ],
                highlight: contact.owesConfirmation ? (confirmationColumn, .warning) : nil)
        }
        return content
    }

    /// What the empty pane says, naming the day so an empty list is never mistaken for a fault.
    static func emptyMessage(_ state: DashboardState) -> String {
        let day = state.format.day(state.day)
        if let id = state.personFilter {
            return "No contacts about \(state.personName(id)) on \(day)"
        }
        return "No contacts recorded on \(day)"
    }
}
