/// One cell of a `Table`: its text and, where it must stand out (an overdue mark, a sharing
/// badge), the role it is drawn in. The selected row keeps its own look whole, as reverse video
/// broken by a coloured cell would hide where the selection is.
public struct TableCell: Sendable, Equatable, ExpressibleByStringLiteral {
    public var text: String
    public var role: StyleRole?

    public init(_ text: String, role: StyleRole? = nil) {
        self.text = text
        self.role = role
    }

    public init(stringLiteral text: String) { self.init(text) }
}
