/// Parses the text of a theme file (format in `Themes/README.md`).
///
/// Keys: `name` and `description` at the top or under `[theme]`; one key per `StyleRole`, in
/// kebab-case (`title-focused`), at the top or under `[styles]`. Every problem in the file is
/// reported at once, each with the file, line and key, so one edit can fix them all.
public struct ThemeParser {
    /// The path shown in diagnostics.
    public var file: String
    /// Names the theme when the file has no `name` key.
    public var fallbackName: String

    public init(file: String, fallbackName: String) {
        self.file = file
        self.fallbackName = fallbackName
    }

    static let metadataSection = "theme"
    static let stylesSection = "styles"

    public func parse(_ text: String) throws(ThemeFileError) -> ThemeFile {
        let entries = try ThemeFileReader(file: file).entries(in: text)
        var problems: [ThemeDiagnostic] = []
        var name: String?
        var description = ""
        var styles: [StyleRole: Style] = [:]
        var firstLine: [String: Int] = [:]

        for entry in entries {
            func problem(_ kind: ThemeDiagnostic.Kind, _ message: String) {
                problems.append(ThemeDiagnostic(
                    kind: kind, file: file, line: entry.line, key: entry.key, message: message))
            }
            if let section = entry.section,
               section != Self.metadataSection, section != Self.stylesSection {
                problem(.unknownKey, "unknown section [\(section)]; use [theme] or [styles]")
                continue
            }
            // Sections only group keys, so `text` at the top and under [styles] is one key twice.
            if let earlier = firstLine[entry.key] {
                problem(.duplicateKey, "already set on line \(earlier)")
                continue
            }
            firstLine[entry.key] = entry.line

            let inStyles = entry.section == Self.stylesSection
            let inMetadata = entry.section == Self.metadataSection
            if !inStyles, entry.key == "name" {
                name = entry.value
            } else if !inStyles, entry.key == "description" {
                description = entry.value
            } else if !inMetadata, let role = StyleRole(themeKey: entry.key) {
                switch ThemeValueParser.style(entry.value) {
                case .success(let style): styles[role] = style
                case .failure(let failure): problem(failure.kind, failure.message)
                }
            } else {
                problem(.unknownKey, unknownKeyMessage(entry.key, section: entry.section))
            }
        }
        guard problems.isEmpty else { throw ThemeFileError(problems) }
        let missing = StyleRole.allCases.filter { styles[$0] == nil }
        let themeName = name.flatMap { $0.isEmpty ? nil : $0 } ?? fallbackName
        return ThemeFile(
            theme: Theme(name: themeName, styles: styles), description: description,
            missingRoles: missing)
    }

    private func unknownKeyMessage(_ key: String, section: String?) -> String {
        if let role = StyleRole(rawValue: key), role.themeKey != key {
            return "unknown key; style roles are written in kebab-case: '\(role.themeKey)'"
        }
        if let section, StyleRole(themeKey: key) != nil || key == "name" || key == "description" {
            return "'\(key)' does not belong under [\(section)]"
        }
        return "unknown key; expected name, description or a style role (\(Self.roleList))"
    }

    private static let roleList = StyleRole.allCases.map(\.themeKey).joined(separator: ", ")
}
