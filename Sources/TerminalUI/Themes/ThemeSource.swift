/// Where the theme being drawn with came from.
public enum ThemeSource: Sendable, Equatable {
    /// `NO_COLOR` is set, so no theme file was read.
    case noColor
    /// The compiled-in default, used when no file gave a usable theme.
    case builtIn
    /// A theme file.
    case file(path: String, origin: ThemeOrigin)
}
