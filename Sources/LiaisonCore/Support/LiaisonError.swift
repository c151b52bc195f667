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
    /// The path asked for, when the refusal is that no store is there: only `liaison init`
    /// and the demo create one, so the command line can name the command that would.
    public let missingStore: String?

    public init(_ message: String) {
        self.message = message
        missingStore = nil
    }

    /// Nothing is at `path`: every command but `init` and `demo` refuses rather than create a
    /// store there, so a mistyped path never splits a team's record in two.
    public static func missing(_ path: String) -> StoreError { StoreError(missing: path) }

    private init(missing path: String) {
        message = "There is no store at \(path); nothing was created."
        missingStore = path
    }

    public var description: String { message }
}
