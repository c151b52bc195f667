import Foundation

/// Runs a screen on the real terminal: the one call a command needs.
public enum TerminalApp {
    /// Takes over the terminal, runs `screen` until it quits (or a signal, or hang-up), and
    /// restores the terminal on every path, including when this throws.
    /// - Throws: `TerminalError` when there is no usable terminal; nothing has been drawn then.
    public static func run(
        _ screen: Screen,
        theme: Theme = .monochrome,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> ExitReason {
        let terminal = try NcursesTerminal(environment: environment)
        defer { terminal.restore() }
        return EventLoop(backend: terminal, screen: screen, theme: theme).run()
    }
}
