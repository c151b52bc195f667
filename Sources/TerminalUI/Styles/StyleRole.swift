/// The named parts of a screen that a theme colours. Widgets draw with roles, never with raw
/// colours, so a theme file (and `NO_COLOR`) changes every screen at once.
public enum StyleRole: String, CaseIterable, Hashable, Sendable {
    /// Ordinary text.
    case text
    /// Secondary text: timestamps, hints, empty-state messages.
    case muted
    /// Text that must stand out without meaning danger.
    case emphasis
    /// A pane's title, and the same title when the pane has focus.
    case title
    case titleFocused
    /// A pane's border, and the same border when the pane has focus.
    case border
    case borderFocused
    /// A table's column headings.
    case header
    /// The selected row of the focused list, and of a list without focus.
    case selection
    case selectionInactive
    /// The one-line footer and the key names in it.
    case footer
    case footerKey
    /// A text field, and the one being typed in.
    case input
    case inputFocused
    /// A validation or failure message.
    case error
    /// Status levels (green / amber / red); each also carries a symbol or word where it is used.
    case ok
    case warning
    case alert
    /// A modal overlay's body and border.
    case overlay
    case overlayBorder
    /// Large headings on a distant screen (the wall display).
    case banner
}
