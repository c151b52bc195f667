import TerminalUI

extension TerminalError {
    /// TerminalUI's reason, as this program says it on stderr: its name first, and for a script
    /// with no terminal, the subcommands that need none.
    var sentence: String {
        if case .notATerminal = self {
            return "liaison: \(description) (use a subcommand such as 'liaison report' in scripts)"
        }
        return "liaison: \(description)"
    }
}
