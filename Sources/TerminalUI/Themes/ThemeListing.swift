/// One theme file as the program's theme listing shows it.
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
