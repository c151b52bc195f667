import TerminalUI

extension ProgramIdentity {
    /// How TerminalUI's theme messages and folders name this app: TerminalUI names no app itself.
    public static let liaison = ProgramIdentity(name: "Liaison", executable: "liaison", listThemesCommand: "liaison themes")
}
