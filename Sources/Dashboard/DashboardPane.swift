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

    /// Every column the pane can show; narrow panes show only some of them.
    var columns: [PaneColumn] {
        switch self {
        case .people: return PeoplePane.columns
        case .contacts: return ContactsPane.columns
        case .tasks: return TasksPane.columns
        case .escalations: return EscalationsPane.columns
        }
    }

    func content(_ state: DashboardState) -> PaneContent {
        switch self {
        case .people: return PeoplePane.content(state)
        case .contacts: return ContactsPane.content(state)
        case .tasks: return TasksPane.content(state)
        case .escalations: return EscalationsPane.content(state)
        }
    }

    public var next: DashboardPane { Self(rawValue: (rawValue + 1) % Self.allCases.count)! }
    public var previous: DashboardPane {
        Self(rawValue: (rawValue + Self.allCases.count - 1) % Self.allCases.count)!
    }
}
