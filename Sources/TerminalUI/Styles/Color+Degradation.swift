/// Reducing a colour to what a terminal can show: rgb → 256 → 16 → 8 → none.
extension Color {
    /// The nearest colour available at `depth`; `.terminalDefault` when there are no colours.
    public func degraded(to depth: ColorDepth) -> Color {
        switch (self, depth) {
        case (.terminalDefault, _), (_, .trueColor): return self
        case (_, .none): return .terminalDefault
        case (.rgb(let r, let g, let b), .indexed256): return .indexed(Self.nearest256(r, g, b))
        case (.indexed, .indexed256): return self
        case (.indexed(let n), .sixteen) where n < 16: return self
        case (.indexed(let n), .eight) where n < 8: return self
        case (.indexed(let n), .eight) where n < 16: return .indexed(n - 8)
        case (_, .sixteen): return .indexed(Self.nearest(in: 0..<16, to: rgbValue))
        case (_, .eight): return .indexed(Self.nearest(in: 0..<8, to: rgbValue))
        }
    }

    /// The colour as rgb, using the xterm palette for indexed colours.
    public var rgbValue: (UInt8, UInt8, UInt8) {
        switch self {
        case .terminalDefault: return (0, 0, 0)
        case .rgb(let r, let g, let b): return (r, g, b)
        case .indexed(let n): return Self.paletteRGB(n)
        }
    }

    /// xterm's 256-colour palette: 16 system colours, a 6×6×6 cube, 24 greys.
    static func paletteRGB(_ n: UInt8) -> (UInt8, UInt8, UInt8) {
        switch n {
        case 0..<16: return system[Int(n)]
        case 16..<232:
            let i = Int(n) - 16
            return (cubeLevels[i / 36], cubeLevels[(i / 6) % 6], cubeLevels[i % 6])
        default:
            let v = UInt8(8 + (Int(n) - 232) * 10)
            return (v, v, v)
        }
    }

    private static let cubeLevels: [UInt8] = [0, 95, 135, 175, 215, 255]
    private static let system: [(UInt8, UInt8, UInt8)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205),
        (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255),
        (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    /// The closest of the cube and grey ramp (not 0–15, whose look each terminal redefines).
    static func nearest256(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> UInt8 {
        nearest(in: 16..<256, to: (r, g, b))
    }

    static func nearest(in range: Range<Int>, to rgb: (UInt8, UInt8, UInt8)) -> UInt8 {
        var best = range.lowerBound, bestDistance = Int.max
        for n in range {
            let p = paletteRGB(UInt8(n))
            let dr = Int(p.0) - Int(rgb.0), dg = Int(p.1) - Int(rgb.1), db = Int(p.2) - Int(rgb.2)
            let distance = dr * dr + dg * dg + db * db
            if distance < bestDistance { best = n; bestDistance = distance }
        }
        return UInt8(best)
    }
}
