/// All the problems found in one theme file; thrown so a file is either wholly good or rejected.
public struct ThemeFileError: Error, Sendable, Equatable, CustomStringConvertible {
    public var diagnostics: [ThemeDiagnostic]

    public init(_ diagnostics: [ThemeDiagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
