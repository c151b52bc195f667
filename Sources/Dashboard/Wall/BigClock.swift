import TerminalUI

/// The time in digits five rows tall, for walls big enough to show it: the one thing everyone in
/// the room glances at should be readable from the door.
struct BigClock {
    static let height = 5

    /// Each glyph as five rows of equal width; "█" is drawn, anything else left as background.
    static let glyphs: [Character: [String]] = [
        "0": ["███", "█ █", "█ █", "█ █", "███"],
        "1": [" █ ", "██ ", " █ ", " █ ", "███"],
        "2": ["███", "  █", "███", "█  ", "███"],
        "3": ["███", "  █", "███", "  █", "███"],
        "4": ["█ █", "█ █", "███", "  █", "  █"],
        "5": ["███", "█  ", "███", "  █", "███"],
        "6": ["███", "█  ", "███", "█ █", "███"],
        "7": ["███", "  █", "  █", "  █", "  █"],
        "8": ["███", "█ █", "███", "█ █", "███"],
        "9": ["███", "█ █", "███", "  █", "███"],
        ":": [" ", "█", " ", "█", " "],
    ]

    let text: String

    /// Columns the clock takes: each glyph and one column between glyphs.
    var width: Int {
        let widths = text.compactMap { Self.glyphs[$0]?.first?.count }
        return widths.reduce(0, +) + max(0, widths.count - 1)
    }

    /// The clock's rows as text, for drawing and for tests.
    var rows: [String] {
        (0..<Self.height).map { row in
            text.compactMap { Self.glyphs[$0]?[row] }.joined(separator: " ")
        }
    }

    /// Draws with its top right corner at (`right`, `y`); only the blocks are written, so the
    /// background shows through the gaps.
    func draw(right: Int, y: Int, grid: inout CellGrid, style: Style) {
        let left = right - width
        for (offset, row) in rows.enumerated() {
            for (column, character) in row.enumerated() where character == "█" {
                grid.set(x: left + column, y: y + offset, Cell("█", style: style))
            }
        }
    }
}
