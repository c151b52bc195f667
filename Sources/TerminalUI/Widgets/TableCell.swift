/// One cell of a `Table`: its text and, where it must stand out (an overdue mark, a sharing
/// badge), the role it is drawn in. The selected row keeps its own look whole, as reverse video
/// broken by a coloured cell would hide where the selection is.
public struct TableCell: Sendable, Equatable, ExpressibleByStringLiteral {
    public var text: String
    public var role: StyleRole?
    /// The end of `text` that tells it apart from others like it (a room after a name two people
    /// share), kept whole when the column is too narrow for all of it: the text before it is cut
    /// instead, so the cut never takes the one part that mattered. Nil cuts from the end. Text
    /// may follow it (its first occurrence): that is cut first.
    public var keptEnd: String?
    /// Whether `keptEnd` is kept only beside some of the text before it (a letter and "…" at
    /// least): an end that says something about that text (that the person named left) means
    /// nothing alone, and a column too narrow for both is cut from the end as any cell is.
    public var keptEndNeedsHead = false

    public init(_ text: String, role: StyleRole? = nil, keptEnd: String? = nil) {
        self.text = text
        self.role = role
        self.keptEnd = keptEnd
    }

    /// The text as it fits `width` columns: cut from the end, or before `keptEnd` when it has one
    /// that fits with at least a column of what comes before it. Narrower than that, the last
    /// of `keptEnd` that fits after "…", from a word's start ("…Room 30)", never "…om 30)"):
    /// two rows cut from the end alike would read alike, where the end still tells them apart.
    /// With room for less than four columns of it ("…30)" says too little to be read), the
    /// text is cut from the end as any cell is.
    public func fitted(toWidth width: Int) -> String {
        guard let end = keptEnd, text.displayWidth > width else { return text }
        guard text.hasSuffix(end) else { return fittedAround(end, toWidth: width) }
        let head = text.dropLast(end.count)
        let room = width - end.displayWidth
        if keptEndNeedsHead { return room >= 2 ? head.clipped(toWidth: room) + end : text }
        guard room < 2 || head.isEmpty else { return head.clipped(toWidth: room) + end }
        var tail = Substring(end)
        while tail.displayWidth > width - 1 { tail = tail.dropFirst() }
        // A wide letter (Chinese, Japanese) is a word of its own: "…三十一号房)" is read whole.
        func inWord(_ c: Character) -> Bool { (c.isLetter || c.isNumber) && c.displayWidth == 1 }
        if tail.startIndex > end.startIndex, inWord(end[end.index(before: tail.startIndex)]) { tail = tail.drop(while: inWord) }
        tail = tail.drop { $0.isWhitespace }
        return tail.displayWidth >= 4 ? "…" + tail : text
    }

    /// `fitted` for a kept part with text after it ("Edith Brown (died) · Call Dr Patel"): the
    /// text after it is cut first, as any cell's end is; with no room left for that, the text
    /// after it goes and the rest is cut as a kept end is ("Edi… (died)").
    private func fittedAround(_ kept: String, toWidth width: Int) -> String {
        guard let range = text.range(of: kept) else { return text }
        let through = text[..<range.upperBound]
        // Room for all of it and the "…" of a cut: the table cuts the rest from the end.
        if through.displayWidth + 1 <= width { return text }
        var shorter = TableCell(String(through), keptEnd: kept)
        shorter.keptEndNeedsHead = keptEndNeedsHead
        return shorter.fitted(toWidth: width)
    }

    public init(stringLiteral text: String) { self.init(text) }
}
