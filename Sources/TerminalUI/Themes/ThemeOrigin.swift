/// Where a theme file was found.
public enum ThemeOrigin: String, Sendable, Equatable {
    /// Named by path with `--theme PATH`.
    case path
    /// The user's theme folder.
    case user
    /// A folder shipped with Liaison.
    case shipped
}
