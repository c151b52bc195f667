/// Why the terminal could not be used. Each description is one line for stderr; it names no
/// program, so the app puts its own name (and how to run it without a terminal) around it.
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
            return "a full-screen display needs an interactive terminal, but \(stream) is not one"
        case .terminalTypeUnset:
            return "TERM is not set, so the terminal type is unknown "
                + "(set it, for example TERM=xterm-256color)"
        case .unknownTerminalType(let name):
            return "terminal type '\(name)' from TERM is not known on this system "
                + "(try TERM=xterm-256color, or install ncurses-term)"
        case .cannotAddressCursor(let name):
            return "terminal type '\(name)' from TERM cannot move the cursor, so a full screen "
                + "cannot be drawn (try TERM=xterm-256color)"
        case .noUTF8Locale:
            return "no UTF-8 locale is available, tried the current one and C.UTF-8 "
                + "(install the 'locales' package)"
        case .setupFailed(let what):
            return "could not prepare the terminal: \(what)"
        }
    }
}
