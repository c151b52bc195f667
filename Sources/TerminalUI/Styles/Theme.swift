/// A complete mapping from style roles to styles.
public struct Theme: Sendable, Equatable {
    public var name: String
    public var styles: [StyleRole: Style]

    public init(name: String, styles: [StyleRole: Style]) {
        self.name = name
        self.styles = styles
    }

    /// The style of a role; a role the theme left out is drawn plain rather than failing.
    public subscript(role: StyleRole) -> Style {
        styles[role] ?? .plain
    }

    /// Uses attributes only, so it reads on any terminal and is what `NO_COLOR` means.
    public static let monochrome = Theme(name: "mono", styles: [
        .text: .plain,
        .muted: Style(attributes: .dim),
        .emphasis: Style(attributes: .bold),
        .title: Style(attributes: .bold),
        .titleFocused: Style(attributes: [.bold, .reverse]),
        .border: .plain,
        .borderFocused: Style(attributes: .bold),
        .header: Style(attributes: .underline),
        .selection: Style(attributes: .reverse),
        .selectionInactive: Style(attributes: .underline),
        .footer: .plain,
        .footerKey: Style(attributes: .bold),
        .input: Style(attributes: .underline),
        .inputFocused: Style(attributes: [.underline, .bold]),
        .error: Style(attributes: .bold),
        .ok: .plain,
        .warning: Style(attributes: .bold),
        .alert: Style(attributes: [.bold, .reverse]),
        .overlay: .plain,
        .overlayBorder: Style(attributes: .bold),
        .banner: Style(attributes: .bold),
    ])
}
