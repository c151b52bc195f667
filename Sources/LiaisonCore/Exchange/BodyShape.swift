/// What a stored record body may hold, field by field, as its `Codable` type reads it: the map
/// `BodyTranscoder` follows to write an export straight from the stored bytes.
///
/// A shape lists only what the fast path may take as it stands. Anything else in a body (a field
/// it does not list, a `null`, a number where text belongs, an unknown choice) sends that one
/// record through `Codable`, which writes it as before or refuses it as before. So a shape that
/// is too strict costs time, never bytes; one that is too lax would write a record `Codable`
/// refuses or changes, which `BodyShapeTests` checks against every record type.
indirect enum BodyShape: Sendable {
    /// Any string.
    case text
    /// One of an enum's raw values, spelled exactly.
    case choice([[UInt8]])
    /// A `Date`: seconds since 1970 in the store, ISO-8601 in an export.
    case date
    /// An `Int`, written as stored.
    case integer
    /// A `Bool`.
    case flag
    /// A struct, its fields in the order the sorted-keys encoder writes them.
    case object([Field])
    /// An array.
    case list(BodyShape)

    /// One field of a struct.
    struct Field: Sendable {
        let name: String
        let shape: BodyShape
        let isOptional: Bool
        /// The record's encoder leaves the field out when it is an empty list, so an empty one
        /// in a body would not come back out as it is.
        let omittedWhenEmpty: Bool

        init(_ name: String, _ shape: BodyShape, isOptional: Bool, omittedWhenEmpty: Bool = false) {
            // Names are written without escaping: a name that would need it is a programming error.
            precondition(name.utf8.allSatisfy(BodyShape.plain))
            self.name = name
            self.shape = shape
            self.isOptional = isOptional
            self.omittedWhenEmpty = omittedWhenEmpty
        }
    }

    /// A struct of `fields`, put in the encoder's order: byte order of the names, which is what
    /// `.sortedKeys` gives for the ASCII names records have.
    static func record(_ fields: [Field]) -> BodyShape {
        .object(fields.sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) })
    }

    /// The raw values of `type`, which `Codable` reads and writes as strings.
    static func choice<E: CaseIterable & RawRepresentable>(_ type: E.Type) -> BodyShape where E.RawValue == String {
        let values = E.allCases.map { Array($0.rawValue.utf8) }
        // Written as stored, so none may need escaping (nor InertText's escapes).
        precondition(values.allSatisfy { $0.allSatisfy(plain) })
        return .choice(values)
    }

    /// An ASCII byte a JSON string holds as it is.
    fileprivate static func plain(_ byte: UInt8) -> Bool {
        byte >= 0x20 && byte < 0x7F && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\")
    }
}

extension BodyShape.Field {
    static func required(_ name: String, _ shape: BodyShape) -> Self { Self(name, shape, isOptional: false) }
    static func optional(_ name: String, _ shape: BodyShape) -> Self { Self(name, shape, isOptional: true) }
}
