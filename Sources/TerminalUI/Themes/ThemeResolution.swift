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

    /// One line for a status bar, or `nil` when there is nothing to say: the first problem, how
    /// many more there are, and which theme is drawn instead. The full list is in `diagnostics`.
    public var notice: String? {
        guard let first = diagnostics.first else { return nil }
        var text = "Theme: " + first.description
        if diagnostics.count > 1 { text += " (and \(diagnostics.count - 1) more)" }
        if source == .builtIn { text += "; using the default theme" }
        return text
    }
}
