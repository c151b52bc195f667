import TerminalUI

/// What a key means on the dashboard.
public enum DashboardAction: Equatable, Sendable {
    case nextPane, previousPane, showHelp, quit
    /// Opens an entry form over the dashboard (issue 5).
    case entry(EntryForm)
    /// A movement key passed to the focused pane's list.
    case move(Key)
    case open, filterPerson, clearFilter
    case previousDay, nextDay, today, goToDate
    case markReviewed, markDayReviewed
    case search
    /// The list of advice owed in writing (R6): no decision yet, or asked for and not come.
    case owedInWriting
    /// Narrows the Contacts pane to a partnership nature (R4).
    case filterNature
    /// The manager's register of sharing exceptions (R3).
    case exceptionRegister
    /// The incoming shift lead acknowledges the shown day's handover (R12).
    case acknowledgeHandover

    /// Whether the action saves something, so a read-only store refuses it before it starts.
    public var changesRecords: Bool {
        switch self {
        case .entry, .markReviewed, .markDayReviewed, .acknowledgeHandover: true
        default: false
        }
    }
}

/// The dashboard's keys in one place: the screen acts on them, and the help overlay and footer
/// are written from the same table, so they cannot drift apart.
public enum KeyMap {
    public struct Binding: Sendable {
        public var keys: [Key]
        public var label: String
        public var action: DashboardAction?
    }

    public static let bindings: [Binding] = [
        Binding(keys: [.tab], label: "next pane", action: .nextPane),
        Binding(keys: [.backTab], label: "previous pane", action: .previousPane),
        // One line for all the movement keys, so the whole help fits an 80×24 terminal.
        // G (to the last row, as in less and vi) is said in the words, not the keys' column:
        // one more key there would cut the longest labels at 80 columns.
        Binding(keys: movementKeys.filter { $0 != .character("G") }, label: "move the highlight (G: to the last)", action: .move(.up)),
        Binding(keys: [.enter], label: "open the highlighted record in full", action: .open),
        Binding(keys: [.character(" ")], label: "show only the highlighted person (People)", action: .filterPerson),
        Binding(keys: [.character("f")], label: "only contacts of a nature (formal, multi…)", action: .filterNature),
        Binding(keys: [.escape], label: "show everyone and every contact", action: .clearFilter),
        Binding(keys: [.character("[")], label: "the day before", action: .previousDay),
        Binding(keys: [.character("]")], label: "the day after", action: .nextDay),
        Binding(keys: [.character("t")], label: "back to today", action: .today),
        Binding(keys: [.character("d")], label: "go to a date", action: .goToDate),
        Binding(keys: [.character("r")], label: "mark the highlighted contact reviewed", action: .markReviewed),
        Binding(keys: [.character("R")], label: "mark the whole day reviewed", action: .markDayReviewed),
        Binding(keys: [.character("/")], label: "search every contact, history included", action: .search),
        Binding(keys: [.character("o")], label: "owed in writing: chase list, advice to decide", action: .owedInWriting),
        Binding(keys: [.character("x")], label: "register of sharing exceptions, for the manager", action: .exceptionRegister),
        Binding(keys: [.character("H")], label: "acknowledge the shown day's handover as read", action: .acknowledgeHandover),
        Binding(keys: [.control("l")], label: "redraw the screen", action: nil),
        Binding(keys: [.character("?")], label: "this help", action: .showHelp),
        Binding(keys: [.character("q")], label: "quit", action: .quit),
    ] + EntryForm.allCases.map { Binding(keys: [$0.key], label: $0.label, action: .entry($0)) }

    static let movementKeys: [Key] = [.up, .character("k"), .down, .character("j"), .pageUp, .pageDown, .home, .end, .character("G")]

    public static func action(for key: Key) -> DashboardAction? {
        // Movement keys share a binding but each moves its own way.
        if movementKeys.contains(key) { return .move(key) }
        return bindings.first { $0.keys.contains(key) }?.action
    }

    /// The help overlay's lines: keys, then what they do.
    public static var helpLines: [String] { helpLines(for: bindings.map { ($0.keys, $0.label) }) }

    /// Help lines for any screen's key list, so every view lays its help out the same way.
    static func helpLines(for entries: [(keys: [Key], label: String)]) -> [String] {
        let names = entries.map { $0.keys.map(\.description).joined(separator: " ") }
        let width = names.map(\.displayWidth).max() ?? 0
        return zip(names, entries).map { name, entry in name.padded(toWidth: width) + "  " + entry.label }
    }

    /// The footer's hints, most useful first; those that do not fit are left off.
    public static let footerHints: [(key: String, label: String)] = [
        ("Tab", "pane"), ("Enter", "open"), ("a", "add"), ("?", "help"), ("q", "quit"), ("[ ]", "day"),
        ("r R", "review"), ("/", "search"), ("Space", "person"), ("↑↓", "move"),
    ]
}
