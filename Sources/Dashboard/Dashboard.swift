import LiaisonCore
import TerminalUI

/// Opens the dashboard on the terminal.
public enum Dashboard {
    /// Runs the dashboard over `store` until the person quits, a signal arrives or the terminal
    /// goes away. The entry forms are on their keys, their half-typed drafts kept beside the store
    /// (one file per staff member and session), and a form left unsaved by an earlier session is
    /// offered back first. `notice` (a theme problem, say) shows in the footer until the first key.
    /// A store opened read-only has no forms and keeps no drafts: nothing could be saved.
    /// - Throws: `TerminalError` when there is no usable terminal; nothing has been drawn then.
    /// With `home`, the panes and the search show only that home's people and their work.
    public static func run(store: Store, home: Home? = nil, theme: Theme = .monochrome, notice: String? = nil) throws -> ExitReason {
        let drafts = store.isReadOnly ? nil : DraftStore(storePath: store.path, staff: store.staff)
        return try run(store: store, drafts: drafts, home: home, theme: theme, notice: notice)
    }

    /// As `run(store:theme:notice:)`, with drafts kept where the caller says, or not at all.
    public static func run(
        store: Store, drafts: DraftStore?, home: Home? = nil, theme: Theme = .monochrome, notice: String? = nil
    ) throws -> ExitReason {
        let screen = try DashboardScreen(store: store, home: home, notice: notice)
        if !store.isReadOnly {
            let entry = EntryFlows(store: store, drafts: drafts, home: home)
            screen.entry = entry
            if let offer = entry.draftOffer() { screen.present(offer) }
        }
        return try TerminalApp.run(screen, theme: theme, time: ClockTime(store.clock))
    }
}
