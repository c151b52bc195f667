/// The program drawing with TerminalUI, as its theme messages and folders name it. TerminalUI
/// serves any program and names none itself: the app passes this in.
public struct ProgramIdentity: Sendable, Equatable {
    /// How sentences name the program ("Liaison").
    public var name: String
    /// The executable, also the folder name under `~/.config` and `share/` ("liaison").
    public var executable: String
    /// What a person types to list the themes ("liaison themes").
    public var listThemesCommand: String

    public init(name: String, executable: String, listThemesCommand: String) {
        self.name = name
        self.executable = executable
        self.listThemesCommand = listThemesCommand
    }
}
