/// Dividing a rectangle into rows or columns by weight, so a layout stays proportional when the
/// terminal is resized and every cell is handed to exactly one part.
extension Rect {
    /// Splits into columns whose widths follow `weights`; the remainder goes to the last columns.
    public func columns(_ weights: [Int]) -> [Rect] {
        Self.divide(total: width, weights: weights).map { offset, length in
            Rect(x: x + offset, y: y, width: length, height: height)
        }
    }

    /// Splits into rows whose heights follow `weights`.
    public func rows(_ weights: [Int]) -> [Rect] {
        Self.divide(total: height, weights: weights).map { offset, length in
            Rect(x: x, y: y + offset, width: width, height: length)
        }
    }

    /// Takes `n` rows off the bottom: returns (rest, bottom).
    public func splitBottom(_ n: Int) -> (Rect, Rect) {
        let h = min(n, height)
        return (Rect(x: x, y: y, width: width, height: height - h),
                Rect(x: x, y: maxY - h, width: width, height: h))
    }

    static func divide(total: Int, weights: [Int]) -> [(Int, Int)] {
        let sum = max(1, weights.reduce(0, +))
        var result: [(Int, Int)] = []
        var offset = 0
        var assigned = 0
        for (index, weight) in weights.enumerated() {
            assigned += weight
            // Cumulative rounding keeps the parts adding up to `total` exactly.
            let end = index == weights.count - 1 ? total : total * assigned / sum
            result.append((offset, max(0, end - offset)))
            offset = end
        }
        return result
    }
}
