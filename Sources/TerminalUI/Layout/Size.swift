/// A size in terminal cells.
public struct Size: Hashable, Sendable, CustomStringConvertible {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// Whether `self` is at least `other` in both directions.
    public func fits(_ other: Size) -> Bool {
        width >= other.width && height >= other.height
    }

    /// Written the way people say it: "60×15".
    public var description: String { "\(width)×\(height)" }
}
