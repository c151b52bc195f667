/// One cell of the screen.
///
/// A wide character lives in its left cell; the cell to its right is a continuation (empty
/// `text`) so that columns keep their meaning and the character is drawn, and dumped, once.
public struct Cell: Hashable, Sendable {
    /// One grapheme cluster, or "" for the right half of a wide character.
    public var text: String {
        didSet { columns = Self.columns(of: text) }
    }
    public var style: Style
    /// The columns `text` covers, measured once when the text is set: every cell written asks
    /// it of the cell it replaces and of itself (`CellGrid.set`), and measuring a box-drawing
    /// or accented character each time was a large part of a frame.
    private var columns: UInt8

    public init(_ text: String = " ", style: Style = .plain) {
        self.text = text
        self.style = style
        columns = Self.columns(of: text)
    }

    /// A printable ASCII character's cell (`byte` from 0x20 to 0x7E), its text from a table.
    init(ascii byte: UInt8, style: Style) {
        text = Self.asciiText[Int(byte)]
        self.style = style
        columns = 1
    }

    /// Each ASCII character as a cell's text, made once.
    private static let asciiText: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) }

    public static let blank = Cell()

    public var isContinuation: Bool { text.isEmpty }

    /// Columns this cell's character covers: 0 for a continuation.
    public var width: Int { Int(columns) }

    private static func columns(of text: String) -> UInt8 {
        if text.isEmpty { return 0 }
        // One byte is one ASCII character: a column, as below.
        if text.utf8.count == 1 { return 1 }
        return text.displayWidth >= 2 ? 2 : 1
    }
}
