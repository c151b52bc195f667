/// How many records of each kind an import wrote, counted in its transaction: what the one
/// importing checks against what they exported, every kind of record, not only the people.
public struct ImportTally: Sendable, Equatable, CustomStringConvertible {
    /// Each kind's count, in the order an export writes them.
    public let counts: [(kind: String, count: Int)]

    init(_ counts: [(ImportSection, Int)]) {
        self.counts = counts.map { (Self.words[$0.0]?.plural ?? $0.0.rawValue, $0.1) }
        singular = counts.map { Self.words[$0.0]?.one ?? $0.0.rawValue }
    }

    private let singular: [String]

    /// "12 people, 8 partners, 1,204 contacts, … and 210 earlier versions".
    public var description: String {
        let parts = counts.indices.map { index in
            let (kind, count) = counts[index]
            return "\(CountWords.grouped(count)) \(count == 1 ? singular[index] : kind)"
        }
        return parts.isEmpty ? "nothing" : parts.spokenList
    }

    public static func == (a: ImportTally, b: ImportTally) -> Bool {
        a.counts.map(\.kind) == b.counts.map(\.kind) && a.counts.map(\.count) == b.counts.map(\.count)
    }

    private static let words: [ImportSection: (one: String, plural: String)] = [
        .people: ("person", "people"), .partners: ("partner", "partners"), .contacts: ("contact", "contacts"),
        .tasks: ("task", "tasks"), .escalations: ("escalation", "escalations"),
        .agreements: ("partnership agreement", "partnership agreements"), .dayReviews: ("day review", "day reviews"),
        .history: ("earlier version", "earlier versions"),
    ]
}
