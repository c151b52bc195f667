/// The problems found in one import: the first `limit` kept to be listed, the rest only
/// counted, so a file of millions of bad records is refused in the same memory as a good one.
struct ImportProblemList {
    /// More than anyone reads through, enough to see what went wrong and where.
    static let limit = 1_000

    private(set) var kept: [ImportProblem] = []
    /// Found beyond the limit: counted, not kept.
    private(set) var unlisted = 0

    var isEmpty: Bool { kept.isEmpty }

    /// Keeps `problem` while there is room, else counts it; it is put into words only when kept.
    mutating func append(_ problem: @autoclosure () -> ImportProblem) {
        if kept.count < Self.limit { kept.append(problem()) } else { unlisted += 1 }
    }

    mutating func append(contentsOf problems: [ImportProblem]) {
        for problem in problems { append(problem) }
    }

    var refusal: ImportRefusal { ImportRefusal(problems: kept, unlisted: unlisted) }
}
