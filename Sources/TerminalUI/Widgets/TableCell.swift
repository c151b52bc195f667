/// One cell of a `Table`: its text and, where it must stand out (an overdue mark, a sharing
/// badge), the role it is drawn in. The selected row keeps its own look whole, as reverse video
/// broken by a coloured cell would hide where the selection is.
public struct TableCell: Sendable, Equatable, ExpressibleByStringLiteral {
    public var text: String
    public var role: StyleRole?
    /// The end of `text` that tells it apart from others like it (a room after a name two people
    /// share), kept whole when the column is too narrow for all of it: the text before it is cut
    /// instead, so the cut never takes the one part that mattered. Nil cuts from the end.
    public var keptEnd: String?

    public init(_ text: String, role: StyleRole? = nil, keptEnd: String? = nil) {
        self.text = text
        self.role = role
        self.keptEnd = keptEnd
    }

    /// The text as it fits `width` columns: cut from the end, or before `keptEnd` when it has one
    /// that fits with at least a column of what comes before it.
    public func fitted(toWidth width: Int) -> String {
        guard let end = keptEnd, text.hasSuffix(end), text.displayWidth > width else { return text }
        let head = text.dropLast(end.count)
        let room = width - end.displayWidth
        guard room >= 2, !head.isEmpty else { return text }
        return head.clipped(toWidth: room) + end
    }

    public init(stringLiteral text: String) { self.init(text) }
}
