import TerminalUI

/// What a key means on the dashboard.
public enum DashboardAction: Equatable, Sendable {
    case nextPane, previousPane, showHelp, quit
    /// Opens an entry form over the dashboard (issue 5).
    case entry(EntryForm)
    /// A movement key passed to the focused pane's list.
    case move(Key)
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
        Binding(keys: [.up, .character("k")], label: "move up", action: .move(.up)),
        Binding(keys: [.down, .character("j")], label: "move down", action: .move(.down)),
        Binding(keys: [.pageUp], label: "page up", action: .move(.pageUp)),
        Binding(keys: [.pageDown], label: "page down", action: .move(.pageDown)),
        Binding(keys: [.home], label: "first row", action: .move(.home)),
        Binding(keys: [.end], label: "last row", action: .move(.end)),
        Binding(keys: [.control("l")], label: "redraw the screen", action: nil),
        Binding(keys: [.character("?")], label: "this help", action: .showHelp),
        Binding(keys: [.character("q")], label: "quit", action: .quit),
    ] + EntryForm.allCases.map { Binding(keys: [$0.key], label: $0.label, action: .entry($0)) }

    public static func action(for key: Key) -> DashboardAction? {
        bindings.first { $0.keys.contains(key) }?.action
    }

    /// The help overlay's lines: keys, then what they do.
    public static var helpLines: [String] {
        let names = bindings.map { $0.keys.map(\.description).joined(separator: " ") }
        let width = names.map(\.displayWidth).max() ?? 0
        return zip(names, bindings).map { name, binding in name.padded(toWidth: width) + "  " + binding.label }
    }

    /// The footer's hints, most useful first.
    public static let footerHints: [(key: String, label: String)] = [
        ("Tab", "next pane"), ("↑↓", "move"), ("?", "help"), ("q", "quit"),
    ]
}
