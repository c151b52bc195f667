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
    public var emptyMessage: String {
        switch self {
        case .people: return "No one recorded yet"
        case .contacts: return "No partner contacts today"
        case .tasks: return "Nothing owed or due"
        case .escalations: return "No open escalations"
        }
    }

    public var columns: [TableColumn] {
        switch self {
        case .people: return [TableColumn("Name", width: .flexible(3)), TableColumn("Location", width: .flexible(2))]
        case .contacts: return [TableColumn("Time", width: .fixed(5)), TableColumn("Person"), TableColumn("Partner")]
        case .tasks: return [TableColumn("Due", width: .fixed(5)), TableColumn("Task", width: .flexible(2)), TableColumn("Owner")]
        case .escalations: return [TableColumn("Stage", width: .fixed(8)), TableColumn("Summary", width: .flexible(2))]
        }
    }

    public var next: DashboardPane { Self(rawValue: (rawValue + 1) % Self.allCases.count)! }
    public var previous: DashboardPane {
        Self(rawValue: (rawValue + Self.allCases.count - 1) % Self.allCases.count)!
    }
}
