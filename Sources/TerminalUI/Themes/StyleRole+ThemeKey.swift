extension StyleRole {
    /// The role's key in a theme file: its name in kebab-case (`titleFocused` → `title-focused`),
    /// the way TOML files and the colour names are usually written.
    public var themeKey: String {
        var key = ""
        for character in rawValue {
            if character.isUppercase {
                key += "-" + character.lowercased()
            } else {
                key.append(character)
            }
        }
        return key
    }

    /// The role a theme-file key names, if any.
    public init?(themeKey: String) {
        guard let role = Self.allCases.first(where: { $0.themeKey == themeKey }) else { return nil }
        self = role
    }
}
