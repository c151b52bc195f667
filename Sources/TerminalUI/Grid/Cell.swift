/// One cell of the screen.
///
/// A wide character lives in its left cell; the cell to its right is a continuation (empty
/// `text`) so that columns keep their meaning and the character is drawn, and dumped, once.
public struct Cell: Hashable, Sendable {
    /// One grapheme cluster, or "" for the right half of a wide character.
    public var text: String
    public var style: Style

    public init(_ text: String = " ", style: Style = .plain) {
        self.text = text
        self.style = style
    }

    public static let blank = Cell()

    public var isContinuation: Bool { text.isEmpty }

    /// Columns this cell's character covers: 0 for a continuation.
    public var width: Int {
        if text.isEmpty { return 0 }
        // One byte is one ASCII character: a column, as below. Asked twice per cell drawn,
        // so skipping the general measure here is most of the cost of a frame.
        if text.utf8.count == 1 { return 1 }
        return max(1, text.displayWidth)
    }
}
