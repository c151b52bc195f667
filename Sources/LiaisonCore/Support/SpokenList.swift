extension Array where Element == String {
    /// The items as a sentence lists them: "Elm House", "Elm House and Ash Court", "Rosewood,
    /// Elm House and Ash Court"; empty for none. One rule for every message that lists things.
    public var spokenList: String {
        count <= 1 ? joined() : dropLast().joined(separator: ", ") + " and " + self[count - 1]
    }
}
