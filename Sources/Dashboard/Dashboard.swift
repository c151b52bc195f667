import LiaisonCore
import TerminalUI

/// Opens the dashboard on the terminal.
public enum Dashboard {
    /// Runs the dashboard over `store` until the person quits, a signal arrives or the terminal
    /// goes away. `notice` (a theme problem, say) shows in the footer until the first key.
    /// - Throws: `TerminalError` when there is no usable terminal; nothing has been drawn then.
    public static func run(store: Store, theme: Theme = .monochrome, notice: String? = nil) throws -> ExitReason {
        try TerminalApp.run(try DashboardScreen(store: store, notice: notice), theme: theme)
    }
}
