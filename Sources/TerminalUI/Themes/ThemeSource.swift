/// Where a theme file was found.
public enum ThemeOrigin: String, Sendable, Equatable {
    /// Named by path with `--theme PATH`.
    case path
    /// The user's theme folder.
    case user
    /// A folder shipped with Liaison.
    case shipped
}

/// Where the theme being drawn with came from.
public enum ThemeSource: Sendable, Equatable {
    /// `NO_COLOR` is set, so no theme file was read.
    case noColor
    /// The compiled-in default, used when no file gave a usable theme.
    case builtIn
    /// A theme file.
    case file(path: String, origin: ThemeOrigin)
}

/// The outcome of choosing a theme: always a theme to draw with, plus anything the user should
/// be told (shown once on screen or on stderr; never a reason to stop).
public struct ThemeResolution: Sendable, Equatable {
    public var theme: Theme
    public var source: ThemeSource
    public var diagnostics: [ThemeDiagnostic]

    public init(theme: Theme, source: ThemeSource, diagnostics: [ThemeDiagnostic] = []) {
        self.theme = theme
        self.source = source
        self.diagnostics = diagnostics
    }
}

/// One theme file as `liaison themes` lists it.
public struct ThemeListing: Sendable, Equatable {
    /// The name `--theme NAME` finds it by: the file name without `.toml`.
    public var name: String
    public var path: String
    public var origin: ThemeOrigin
    public var description: String
    /// `false` when the file fails to parse, so choosing it gives the default theme instead.
    public var isUsable: Bool
    /// Why it fails, or (when usable) roles it leaves to the default theme.
    public var diagnostics: [ThemeDiagnostic]
    /// The earlier file of the same name that `--theme NAME` finds instead of this one.
    public var shadowedBy: String?
}
