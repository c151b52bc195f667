/// A theme made to fit the terminal it is about to be drawn on.
extension Theme {
    /// Every colour reduced to `depth`; with no colours at all, `Theme.monochrome`, because a
    /// colour theme stripped of colour can lose the difference between roles.
    public func degraded(to depth: ColorDepth) -> Theme {
        if depth == .none { return .monochrome }
        var copy = self
        for (role, style) in styles {
            copy.styles[role] = Style(
                foreground: style.foreground.degraded(to: depth),
                background: style.background.degraded(to: depth),
                attributes: style.attributes)
        }
        return copy
    }
}
