import Foundation

/// Reads and parses one theme file from disk.
enum ThemeLoader {
    /// The file's theme, or every problem with it. Roles it leaves out are *not* filled in here,
    /// so callers can tell an incomplete theme from a complete one.
    static func load(path: String) -> Result<ThemeFile, ThemeFileError> {
        let url = URL(fileURLWithPath: path)
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            let exists = FileManager.default.fileExists(atPath: path)
            return .failure(ThemeFileError([ThemeDiagnostic(
                kind: .unreadable, file: path,
                message: exists ? "cannot be read (check its permissions)" : "does not exist")]))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return .failure(ThemeFileError([ThemeDiagnostic(
                kind: .unreadable, file: path, message: "is not UTF-8 text")]))
        }
        let parser = ThemeParser(file: path, fallbackName: url.deletingPathExtension().lastPathComponent)
        do {
            return .success(try parser.parse(text))
        } catch {
            return .failure(error)
        }
    }

    /// The theme with every role it leaves out taken from `Theme.default`, and a diagnostic
    /// naming those roles (a theme written for an older Liaison keeps working).
    static func completed(_ file: ThemeFile, path: String) -> (Theme, [ThemeDiagnostic]) {
        guard !file.missingRoles.isEmpty else { return (file.theme, []) }
        var theme = file.theme
        for role in file.missingRoles { theme.styles[role] = Theme.default[role] }
        let names = file.missingRoles.map(\.themeKey).joined(separator: ", ")
        let diagnostic = ThemeDiagnostic(
            kind: .missingRoles, file: path,
            message: "sets no style for \(names); those are drawn as in the default theme")
        return (theme, [diagnostic])
    }
}
