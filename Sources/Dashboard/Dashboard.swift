import LiaisonCore
import TerminalUI

/// Opens the dashboard on the terminal.
public enum Dashboard {
    /// Runs the dashboard until the person quits, a signal arrives or the terminal goes away.
    /// - Throws: `TerminalError` when there is no usable terminal; nothing has been drawn then.
    public static func run(theme: Theme = .monochrome) throws -> ExitReason {
        try TerminalApp.run(DashboardScreen(), theme: theme)
    }

    /// The dashboard joined to a store: `a` adds a contact, and a form left unsaved by an
    /// earlier session is offered back first (issue 5's entry hook).
    public static func run(store: Store, drafts: DraftStore?, theme: Theme = .monochrome) throws -> ExitReason {
        let screen = DashboardScreen()
        let entry = EntryFlows(store: store, drafts: drafts)
        screen.entry = entry
        if let offer = entry.draftOffer() { screen.present(offer) }
        return try TerminalApp.run(screen, theme: theme)
    }
}
