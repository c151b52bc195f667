/// Where a theme file was found.
public enum ThemeOrigin: String, Sendable, Equatable {
    /// Named by path with `--theme PATH`.
    case path
    /// The user's theme folder.
    case user
    /// A folder shipped with the program.
    case shipped
    /// Compiled into the program: the shipped themes, for a binary with no Themes folder beside it.
    case builtIn = "built-in"
}
