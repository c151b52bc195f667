import TerminalUI

/// The four panes of the first screen, in focus order.
public enum DashboardPane: Int, CaseIterable, Sendable {
    case people, contacts, tasks, escalations

    public var title: String {
        switch self {
        case .people: return "People"
        case .contacts: return "Contacts"
        case .tasks: return "Tasks"
        case .escalations: return "Escalations"
        }
    }

    /// What an empty pane says, so an empty list reads as "nothing yet", not as broken.
    /// Contacts word theirs with the day (see `ContactsPane.emptyMessage`).
    public var emptyMessage: String {
        switch self {
        case .people: return "No one recorded yet"
        case .contacts: return "No partner contacts on this day"
        case .tasks: return "Nothing owed or due"
        case .escalations: return "No open escalations"
        }
    }

    /// Every column the pane can show over `state`: in a group's dashboard, the home after who
    /// the row is about — its id where the pane is wide enough, else the fewest letters that
    /// tell the homes apart; narrow panes show only some of the columns.
    func columns(_ state: DashboardState) -> [PaneColumn] {
        guard state.marksHomes else { return columns }
        var all = columns
        let homes = state.store.homes
        let full = max(4, homes.homes.map(\.id.displayWidth).max() ?? 0)
        let short = max(1, homes.abbreviations.values.map(\.displayWidth).max() ?? 0)
        if self == .tasks {
            // The Home column's room comes out of whom and what: the layouts change where the
            // Task and For columns have the room they would have without it.
            let room = full + 1
            all = all.map { column in
                var moved = column
                if column.minWidth > 0 { moved.minWidth += room }
                if column.maxWidth < .max { moved.maxWidth += room }
                return moved
            }
        }
        all.insert(contentsOf: [
            PaneColumn("⌂", .fixed(short), upTo: homeColumn.from - 1),
            PaneColumn("Home", .fixed(full), from: homeColumn.from),
        ], at: homeColumn.index)
        return all
    }

    /// Where the home goes, and the narrowest pane that has room for its id.
    private var homeColumn: (index: Int, from: Int) {
        switch self {
        case .people: (1, 44)
        case .contacts: (3, 70)
        case .tasks: (2, 50)
        case .escalations: (1, 50)
        }
    }

    /// Every column the pane can show; narrow panes show only some of them.
    private var columns: [PaneColumn] {
        switch self {
        case .people: return PeoplePane.columns
        case .contacts: return ContactsPane.columns
        case .tasks: return TasksPane.columns
        case .escalations: return EscalationsPane.columns
        }
    }

    func content(_ state: DashboardState) -> PaneContent {
        var content: PaneContent
        // Whom each row is about, in the rows' own order, for the Home column.
        let about: () -> [String?]
        switch self {
        case .people: (content, about) = (PeoplePane.content(state), { state.shownPeople.map(\.id) })
        case .contacts: (content, about) = (ContactsPane.content(state), { state.visibleContacts.map(\.personID) })
        case .tasks: (content, about) = (TasksPane.content(state), { state.visibleTasks.map(\.personID) })
        case .escalations: (content, about) = (EscalationsPane.content(state), { state.visibleEscalations.map(\.personID) })
        }
        guard state.marksHomes else { return content }
        let abbreviations = state.store.homes.abbreviations
        for (row, person) in about().enumerated() where row < content.rows.count {
            let id = state.homeMark(person)
            content.rows[row].insert(contentsOf: [TableCell(abbreviations[id] ?? id), TableCell(id)], at: homeColumn.index)
        }
        return content
    }

    public var next: DashboardPane { Self(rawValue: (rawValue + 1) % Self.allCases.count)! }
    public var previous: DashboardPane {
        Self(rawValue: (rawValue + Self.allCases.count - 1) % Self.allCases.count)!
    }
}
