import TerminalUI

/// Opens the dashboard on the terminal.
public enum Dashboard {
    /// Runs the dashboard until the person quits, a signal arrives or the terminal goes away.
    /// - Throws: `TerminalError` when there is no usable terminal; nothing has been drawn then.
    public static func run(theme: Theme = .monochrome) throws -> ExitReason {
        try TerminalApp.run(DashboardScreen(), theme: theme)
    }
}
