import Foundation
import LiaisonCore

/// The Contacts pane: the chosen day's contacts with partners, earliest first, with the advice's
/// first line (or, on a wide pane, the summary and the advice whole), where its written
/// confirmation stands (R6) and whether it was reviewed (R12).
enum ContactsPane {
    static let columns = [
        PaneColumn("Time", .fixed(5)),
        // A pane as narrow as an 80-column terminal's cuts a whole name to its first letters
        // ("Edith …"); the name the person goes by, told apart from everyone else's, says more.
        PaneColumn("Person", .flexible(3), upTo: 55),
        PaneColumn("Person", .flexible(3), from: 56),
        PaneColumn("Partner", .flexible(3), from: 44, upTo: 95),  // name and role together
        PaneColumn("Partner", .flexible(3), from: 96),
        PaneColumn("Role", .flexible(2), from: 96),
        PaneColumn("Via", .fixed(7), from: 96),
        PaneColumn("Advice", .flexible(4), upTo: 109),
        // Wide enough to read: what was said and the advice in full, wrapped when there is room.
        PaneColumn("Summary — advice", .flexible(9), from: 110, wraps: true),
        PaneColumn("Written", .fixed(9), upTo: 55),  // abbreviated on a narrow pane
        PaneColumn("Written", .fixed(12), from: 56),
        PaneColumn("Nature", .fixed(28), from: 160),
        PaneColumn("✓", .fixed(1)),
    ]
    static let shortConfirmationColumn = 9
    static let confirmationColumn = 10
    static let noAdvice = "no advice"

    static func content(_ state: DashboardState) -> PaneContent {
        var content = PaneContent()
        for contact in state.visibleContacts {
            let partner = state.partnersByID[contact.partnerID]
            // Without advice the narrow "Advice" column shows what was said instead, and the
            // confirmation's column says there was no advice, so a summary is never read as advice.
            let advice = CareFormat.oneLine(contact.advice ?? contact.summary)
            let (confirmation, shortConfirmation) = contact.advice == nil
                ? (Self.noAdvice, Self.noAdvice) : (CareFormat.confirmation(contact), CareFormat.shortConfirmation(contact))
            content.append(
                id: contact.id,
                [
                    state.format.time(contact.happenedAt),
                    state.shortName(contact.personID),
                    state.personName(contact.personID),
                    partner.map { "\($0.name) · \($0.role.words.short)" } ?? "unknown partner",
                    partner?.name ?? "unknown partner",
                    partner?.role.title ?? "",
                    CareFormat.channel(contact.channel),
                    advice,
                    CareFormat.oneLine(contact.summary + (contact.advice.map { " — " + $0 } ?? "")),
                    shortConfirmation,
                    confirmation,
                    contact.nature.map { n in [n.level.rawValue, n.agencies == .interAgency ? "inter" : n.agencies.rawValue,
                                               n.formality.rawValue, n.involvement.rawValue].joined(separator: " ") } ?? "",
                    state.isReviewed(contact) ? "✓" : "",
                ],
                highlight: contact.owesConfirmation ? (confirmationColumn, .warning) : nil)
            if contact.owesConfirmation { content.rows[content.rows.count - 1][shortConfirmationColumn].role = .warning }
            content.keepEnds([
                1: state.distinguishingEnd(of: state.shortName(contact.personID), for: contact.personID),
                2: state.distinguishingEnd(of: state.personName(contact.personID), for: contact.personID),
            ])
        }
        return content
    }

    /// What the empty pane says, naming the day so an empty list is never mistaken for a fault.
    static func emptyMessage(_ state: DashboardState) -> String {
        let day = state.format.fullDay(state.day, now: state.now)
        if let id = state.personFilter {
            return "No contacts about \(state.personName(id)) on \(day)"
        }
        return "No contacts recorded on \(day)"
    }
}
