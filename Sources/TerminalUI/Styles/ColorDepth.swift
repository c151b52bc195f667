/// How many colours the terminal can show, most to least.
public enum ColorDepth: Int, Comparable, Sendable, CaseIterable {
    case none = 0, eight, sixteen, indexed256, trueColor

    public static func < (a: ColorDepth, b: ColorDepth) -> Bool { a.rawValue < b.rawValue }

    /// Decides the depth from the environment and terminfo's colour count.
    ///
    /// `NO_COLOR` (any non-empty value, see no-color.org) wins over everything. `COLORTERM` of
    /// `truecolor`/`24bit` is how terminals announce 24-bit colour, which terminfo rarely says.
    public static func detect(environment: [String: String], terminfoColors: Int) -> ColorDepth {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .none }
        if terminfoColors < 8 { return .none }
        let colorTerm = environment["COLORTERM"]?.lowercased() ?? ""
        if colorTerm == "truecolor" || colorTerm == "24bit" { return .trueColor }
        if terminfoColors >= 256 { return .indexed256 }
        if terminfoColors >= 16 { return .sixteen }
        return .eight
    }
}
