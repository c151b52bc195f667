/// Something wrong with a theme, said the way a compiler says it: `file:line: key 'k': message`.
///
/// A diagnostic never stops the program: the caller draws with the default theme and shows
/// `description` where the user will see it (a status line, stderr, the theme listing).
public struct ThemeDiagnostic: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kind of problem, so callers and tests need not match on message text.
    public enum Kind: Sendable, Equatable {
        /// The line is not `key = "value"`, `[section]`, a comment or blank.
        case syntax
        /// A key (or section) that the format does not define.
        case unknownKey
        /// A colour that is not a name, 0–255 or `#RRGGBB`.
        case badColor
        /// A word in a style value that is neither `fg=`, `bg=` nor a known attribute.
        case badAttribute
        /// The same key twice: which one was meant is a guess, so neither is.
        case duplicateKey
        /// The file leaves roles out; they are drawn with the default theme's styles.
        case missingRoles
        /// No theme of that name in any folder searched.
        case notFound
        /// The file exists but cannot be read.
        case unreadable
    }

    public var kind: Kind
    /// The theme file's path as the user would type it, or the requested name when none was found.
    public var file: String
    /// 1-based line number, when the problem is on one line.
    public var line: Int?
    /// The key the problem is in, when there is one.
    public var key: String?
    /// What is wrong and, where it helps, what was expected.
    public var message: String

    public init(kind: Kind, file: String, line: Int? = nil, key: String? = nil, message: String) {
        self.kind = kind
        self.file = file
        self.line = line
        self.key = key
        self.message = message
    }

    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        text += ": "
        if let key { text += "key '\(key)': " }
        return text + message
    }
}
