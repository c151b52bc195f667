/// A parsed theme file: the theme it defines and the metadata the theme listing shows.
public struct ThemeFile: Sendable, Equatable {
    /// The theme, named by the file's `name` key or else by the file name without `.toml`.
    public var theme: Theme
    /// One line saying what the theme is for; empty when the file has none.
    public var description: String
    /// Roles the file leaves out (they are drawn plain until the loader fills them in).
    public var missingRoles: [StyleRole]

    public init(theme: Theme, description: String, missingRoles: [StyleRole]) {
        self.theme = theme
        self.description = description
        self.missingRoles = missingRoles
    }
}
