/// A refusal a care worker can act on: which field is wrong and what to do about it.
public struct FieldError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The field as the forms and the command line name it (`advice`, `when`, `person`).
    public let field: String
    public let message: String

    public init(_ field: String, _ message: String) {
        self.field = field
        self.message = message
    }

    public var description: String { "\(field): \(message)" }
}

/// A store that cannot be opened or written, said plainly; the file is left as it was.
public struct StoreError: Error, CustomStringConvertible, Equatable, Sendable {
    public let message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
