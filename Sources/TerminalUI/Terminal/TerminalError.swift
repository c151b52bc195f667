/// Why the terminal could not be used. Each description is one line, meant for stderr as is.
public enum TerminalError: Error, Equatable, CustomStringConvertible {
    case notATerminal(stream: String)
    case terminalTypeUnset
    case unknownTerminalType(String)
    case cannotAddressCursor(String)
    case noUTF8Locale
    case setupFailed(String)

    public var description: String {
        switch self {
        case .notATerminal(let stream):
            return "liaison: the dashboard needs an interactive terminal, but \(stream) is not one "
                + "(use a subcommand such as 'liaison report' in scripts)"
        case .terminalTypeUnset:
            return "liaison: TERM is not set, so the terminal type is unknown "
                + "(set it, for example TERM=xterm-256color)"
        case .unknownTerminalType(let name):
            return "liaison: terminal type '\(name)' from TERM is not known on this system "
                + "(try TERM=xterm-256color, or install ncurses-term)"
        case .cannotAddressCursor(let name):
            return "liaison: terminal type '\(name)' from TERM cannot move the cursor, so a full screen "
                + "cannot be drawn (try TERM=xterm-256color)"
        case .noUTF8Locale:
            return "liaison: no UTF-8 locale is available, tried the current one and C.UTF-8 "
                + "(install the 'locales' package)"
        case .setupFailed(let what):
            return "liaison: could not prepare the terminal: \(what)"
        }
    }
}
