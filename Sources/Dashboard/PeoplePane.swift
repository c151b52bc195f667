import Foundation
import LiaisonCore

/// The People pane: who is supported, where, their key worker, whether information about them
/// may be shared (R3), and how many things are open for them.
enum PeoplePane {
    static let columns = [
        PaneColumn("Name", .flexible(3)),
        PaneColumn("Location", .flexible(2), from: 56),
        PaneColumn("Key worker", .flexible(2), from: 70),
        PaneColumn("Sharing", .fixed(12)),
        PaneColumn("Open", .fixed(4), from: 28),
    ]
    static let badgeColumn = 3

    static func content(_ state: DashboardState) -> PaneContent {
        var content = PaneContent()
        let now = state.now
        for person in state.shownPeople {
            let badge = SharingBadge(person.basis, now: now)
            let open = state.openItems[person.id, default: 0]
            // With the room too when someone else has the name (`PersonNames` grew theirs): the
            // Location column shows only on a wide pane, and two rows of "Harold Finch" would
            // otherwise read alike. A narrow Name column then cuts before what tells them apart.
            var details: [String] = []
            if let preferred = person.preferredName, preferred != person.name { details.append(preferred) }
            let shared = state.distinguishingEnd(of: state.personName(person.id), for: person.id) != nil
            if let room = person.location, shared { details.append(room) }
            var name = person.name + (details.isEmpty ? "" : " (\(details.joined(separator: ", ")))")
            // "— died", without the day: with it the mark cut the name away even at 200 columns
            // ("王… — died Tue 24 Nov"); the record says when.
            let left = DashboardState.leftWord(person).map { " — \($0)" } ?? ""
            name += left
            content.append(
                id: person.id,
                [name, person.location ?? "", person.keyWorker ?? "", badge.text, open == 0 ? "" : String(open)],
                highlight: badge.role.map { (badgeColumn, $0) })
            // The room is what is kept where the column cuts: "Edi… Room 9)", not "…ie, Room 9)";
            // and that they left: "Harold F… — died 23 Nov" must not read as someone still here.
            if shared {
                let end = person.location.map { (details.count > 1 ? " " : " (") + $0 + ")" }
                content.keepEnds([0: (end ?? String(name.dropFirst(person.name.count).dropLast(left.count))) + left])
            } else if !left.isEmpty {
                content.keepEnd(0, (left, true))
            }
        }
        return content
    }
}
