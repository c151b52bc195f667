/// A `BodyShape` laid out flat for `BodyTranscoder`: plain values that point into one another
/// and into one pool of bytes, in memory made once and never copied, so reading a body retains
/// and copies nothing but the body's own bytes.
final class ShapeTable: @unchecked Sendable {
    enum Kind: UInt8 { case text, choice, date, integer, flag, object, list }

    /// One value's shape. An object's `items` are its fields in `fields`, a choice's its values
    /// in `choices`; a list's `items.lowerBound` is its element's node.
    struct Node {
        var kind: Kind
        var items: Range<Int>
    }

    /// One field of an object; the ranges are in `pool`.
    struct Field {
        /// `"name"`, as a body holds the key.
        var quoted: Range<Int>
        /// What the export writes before the value: `"name" : ` pretty, `"name":` compact.
        var pretty: Range<Int>
        var compact: Range<Int>
        var node: Int
        var isOptional: Bool
        var omittedWhenEmpty: Bool
    }

    let nodes: UnsafeBufferPointer<Node>
    let fields: UnsafeBufferPointer<Field>
    /// Each choice's raw value, a range in `pool`.
    let choices: UnsafeBufferPointer<Range<Int>>
    let pool: UnsafeBufferPointer<UInt8>
    /// The record's node.
    let root: Int

    init(_ shape: BodyShape) {
        var builder = Builder()
        root = builder.add(shape)
        nodes = Self.copy(builder.nodes)
        fields = Self.copy(builder.fields)
        choices = Self.copy(builder.choices)
        pool = Self.copy(builder.pool)
    }

    deinit {
        nodes.deallocate()
        fields.deallocate()
        choices.deallocate()
        pool.deallocate()
    }

    private static func copy<T>(_ items: [T]) -> UnsafeBufferPointer<T> {
        let copy = UnsafeMutableBufferPointer<T>.allocate(capacity: max(items.count, 1))
        _ = copy.initialize(from: items)
        return UnsafeBufferPointer(rebasing: copy[..<items.count])
    }

    private struct Builder {
        var nodes: [Node] = [], fields: [Field] = [], choices: [Range<Int>] = [], pool: [UInt8] = []

        /// Adds `shape`'s node, after those of everything inside it; returns its index.
        mutating func add(_ shape: BodyShape) -> Int {
            let node: Node
            switch shape {
            case .text: node = Node(kind: .text, items: 0..<0)
            case .date: node = Node(kind: .date, items: 0..<0)
            case .integer: node = Node(kind: .integer, items: 0..<0)
            case .flag: node = Node(kind: .flag, items: 0..<0)
            case .choice(let values):
                let start = choices.count
                for value in values { choices.append(intern(value)) }
                node = Node(kind: .choice, items: start..<choices.count)
            case .list(let element):
                let inside = add(element)
                node = Node(kind: .list, items: inside..<inside + 1)
            case .object(let members):
                // Each member's node first, so this object's fields lie together.
                let inside = members.map { add($0.shape) }
                let start = fields.count
                for (member, node) in zip(members, inside) {
                    let quoted = Array("\"\(member.name)\"".utf8)
                    fields.append(Field(
                        quoted: intern(quoted), pretty: intern(quoted + Array(" : ".utf8)), compact: intern(quoted + [UInt8(ascii: ":")]),
                        node: node, isOptional: member.isOptional, omittedWhenEmpty: member.omittedWhenEmpty))
                }
                node = Node(kind: .object, items: start..<fields.count)
            }
            nodes.append(node)
            return nodes.count - 1
        }

        mutating func intern(_ bytes: [UInt8]) -> Range<Int> {
            pool += bytes
            return pool.count - bytes.count..<pool.count
        }
    }
}
