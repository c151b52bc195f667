import TerminalUI

/// Where everything goes on the wall for a terminal size: a two-line header (title, clock and
/// the day's status in words), the sections in columns, and a one-line footer.
///
/// Wider screens get more columns, up to one per section, so a 300-column wall shows every list
/// at full height instead of a few stretched lines.
public struct WallLayout: Equatable, Sendable {
    public static let minimumSize = Size(width: 60, height: 16)
    /// The narrowest a column of sections may be.
    public static let columnWidth = 56

    public let header: Rect
    public let body: Rect
    public let footer: Rect
    public let sections: [WallSectionKind: Rect]
    public let columnCount: Int
    /// Whether the header is tall enough for the time in large digits.
    public let bigClock: Bool

    public init(size: Size) {
        let all = Rect(size: size)
        let (rest, footer) = all.splitBottom(1)
        // A tall, wide wall spends five rows on the header so the time can be drawn large.
        bigClock = size.height >= 40 && size.width >= 120
        header = Rect(x: rest.x, y: rest.y, width: rest.width, height: min(bigClock ? BigClock.height + 1 : 2, rest.height))
        body = Rect(x: rest.x, y: rest.y + header.height, width: rest.width, height: rest.height - header.height)
        self.footer = footer
        let kinds = WallSectionKind.allCases
        columnCount = max(2, min(kinds.count, size.width / Self.columnWidth))
        var sections: [WallSectionKind: Rect] = [:]
        var next = 0
        for (index, column) in body.columns(Array(repeating: 1, count: columnCount)).enumerated() {
            // Earlier columns take one more section when they do not share out evenly.
            let count = kinds.count / columnCount + (index < kinds.count % columnCount ? 1 : 0)
            let group = kinds[next..<(next + count)]
            for (kind, rect) in zip(group, column.rows(Array(repeating: 1, count: count))) { sections[kind] = rect }
            next += count
        }
        self.sections = sections
    }

    public subscript(kind: WallSectionKind) -> Rect { sections[kind] ?? Rect(x: 0, y: 0, width: 0, height: 0) }
}
