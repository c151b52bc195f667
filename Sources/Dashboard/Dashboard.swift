import TerminalUI

/// Opens the dashboard on the terminal.
public enum Dashboard {
    /// Runs the dashboard until the person quits, a signal arrives or the terminal goes away,
    /// and restores the terminal on every one of those paths (and when this throws).
    /// - Throws: `TerminalError` when there is no usable terminal; nothing has been drawn then.
    public static func run() throws -> ExitReason {
        let terminal = try NcursesTerminal()
        defer { terminal.restore() }
        let loop = EventLoop(backend: terminal, screen: DashboardScreen())
        return loop.run()
    }
}
