extension Theme {
    /// The shipped `Themes/default.toml`, compiled in: what the program draws with when a theme file
    /// is missing or broken, so a bad file can never leave it without a theme. A test keeps the
    /// two identical.
    public static let `default` = Theme(name: "default", styles: [
        .text: .plain,
        .muted: Style(foreground: .indexed(245)),
        .emphasis: Style(foreground: .indexed(75), attributes: .bold),
        .title: Style(foreground: .indexed(75), attributes: .bold),
        .titleFocused: Style(foreground: .indexed(231), background: .indexed(25), attributes: .bold),
        .border: Style(foreground: .indexed(240)),
        .borderFocused: Style(foreground: .indexed(75)),
        .header: Style(attributes: [.bold, .underline]),
        .selection: Style(foreground: .indexed(231), background: .indexed(25)),
        .selectionInactive: Style(foreground: .indexed(231), background: .indexed(240)),
        .footer: Style(foreground: .indexed(252), background: .indexed(236)),
        .footerKey: Style(foreground: .indexed(228), background: .indexed(236), attributes: .bold),
        .input: Style(foreground: .indexed(252), background: .indexed(237)),
        .inputFocused: Style(foreground: .indexed(231), background: .indexed(24), attributes: .bold),
        .error: Style(foreground: .indexed(203), attributes: .bold),
        .ok: Style(foreground: .indexed(78)),
        .warning: Style(foreground: .indexed(214), attributes: .bold),
        .alert: Style(foreground: .indexed(231), background: .indexed(160), attributes: .bold),
        .overlay: Style(foreground: .indexed(252), background: .indexed(235)),
        .overlayBorder: Style(foreground: .indexed(75), background: .indexed(235), attributes: .bold),
        .banner: Style(foreground: .indexed(75), attributes: .bold),
    ])
}
