@preconcurrency import CNcursesw

/// Hands out ncurses colour pairs for (foreground, background) on demand.
///
/// ncurses draws colour through numbered pairs; a theme uses a few dozen combinations at most,
/// so pairs are made as styles first appear and reused after.
final class ColorPairs {
    private var pairs: [Key: Int32] = [:]
    /// The last style asked about and its pair: cells side by side mostly share a style, and
    /// working out its colours (the nearest of 256 to an rgb one) for every cell was a tenth of
    /// the time spent handing a frame to ncurses.
    private var last: (style: Style, pair: Int32)?
    private let limit: Int32
    private let direct: Bool

    private struct Key: Hashable { var fg: Int32, bg: Int32 }

    /// `direct` is a terminfo entry whose colour numbers are 24-bit rgb values (`*-direct`).
    init(limit: Int32, direct: Bool) {
        self.limit = limit
        self.direct = direct
    }

    /// The pair for a style's colours, or 0 (the terminal's defaults) when pairs run out.
    func pair(for style: Style) -> Int32 {
        if let last, last.style == style { return last.pair }
        let pair = newOrKnownPair(for: style)
        last = (style, pair)
        return pair
    }

    private func newOrKnownPair(for style: Style) -> Int32 {
        let key = Key(fg: number(style.foreground), bg: number(style.background))
        if key.fg == -1 && key.bg == -1 { return 0 }
        if let existing = pairs[key] { return existing }
        let next = Int32(pairs.count + 1)
        guard next < limit, init_extended_pair(next, key.fg, key.bg) != ERR else { return 0 }
        pairs[key] = next
        return next
    }

    private func number(_ color: Color) -> Int32 {
        switch color {
        case .terminalDefault: return -1
        case .indexed(let n): return Int32(n)
        case .rgb(let r, let g, let b):
            if direct { return Int32(r) << 16 | Int32(g) << 8 | Int32(b) }
            return Int32(Color.nearest256(r, g, b))
        }
    }
}
