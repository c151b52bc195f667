/// One thing wrong in a file being imported: which record, which field, and what is wrong, in
/// words a care worker or an administrator can act on.
public struct ImportProblem: Equatable, Sendable, CustomStringConvertible {
    /// The record as a person can find it in the file: `contacts[3] (id 9f2c…)`, or `the file`.
    public var record: String
    /// The field as the file names it (`happenedAt`, `audit.createdBy`); empty for the whole record.
    public var field: String
    public var message: String

    public init(record: String, field: String, message: String) {
        self.record = record
        self.field = field
        self.message = message
    }

    public var description: String {
        let place = field.isEmpty ? record : "\(record), field \(field)"
        return InertText.visible("\(place): \(message)")
    }
}

/// An import refused before anything was written, with every problem found in one pass: the
/// first thousand listed, any more counted.
public struct ImportRefusal: Error, Sendable, CustomStringConvertible {
    public var problems: [ImportProblem]
    /// Problems found beyond those listed in `problems`.
    public var unlisted: Int

    public init(problems: [ImportProblem], unlisted: Int = 0) {
        self.problems = problems
        self.unlisted = unlisted
    }

    /// Each problem on a line of its own, then how many more there were, if any.
    public var lines: [String] {
        problems.map(\.description) + (unlisted > 0 ? ["and \(unlisted) more problem\(unlisted == 1 ? "" : "s"), not listed"] : [])
    }

    public var description: String {
        let count = problems.count + unlisted
        return "the file was not imported: \(count) problem\(count == 1 ? "" : "s") found, and nothing was written"
    }
}
