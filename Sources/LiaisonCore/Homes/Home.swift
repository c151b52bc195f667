import Foundation

/// One of a group's homes (service locations): a care home, a supported-living house, a
/// home-care branch. A service lists them in its settings file; people live in one, staff work
/// in some, and a wall or a handover can be limited to one.
///
/// A record names a home by its `id`, which is short so it fits beside a line on the wall and
/// in a narrow column ("Elm"); `name` is what people call it ("Elm House"). Either is accepted
/// wherever a home is typed, in any case.
public struct Home: Codable, Equatable, Hashable, Sendable {
    /// Short and stable: what person records hold. Letters, digits, `-` and `_`, at most
    /// `idLimit` characters, so the wall's home column stays narrow.
    public var id: String
    /// The full name for headings: "Home care (North)".
    public var name: String

    /// The longest id a settings file may give.
    public static let idLimit = 12

    public init(id: String, name: String? = nil) {
        self.id = id
        self.name = name ?? id
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case id, name }

    /// A home without a `name` is called by its id; an id that would not fit a column, or that
    /// holds spaces or symbols, is refused with what to write instead.
    public init(from decoder: any Decoder) throws {
        try SettingsReading.refuseUnknownKeys(in: decoder, CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let id = try c.decode(String.self, forKey: .id)
        if let problem = Self.idProblem(id) {
            throw DecodingError.dataCorruptedError(forKey: .id, in: c, debugDescription: problem)
        }
        let name = try c.decodeIfPresent(String.self, forKey: .name)?.trimmingCharacters(in: .whitespaces)
        if let name, let problem = TextRules.lineProblem(name, what: "The home's name", limit: TextRules.nameLimit) {
            throw DecodingError.dataCorruptedError(forKey: .name, in: c, debugDescription: "home “\(id)”: \(problem)")
        }
        self.init(id: id, name: name?.isEmpty == false ? name : nil)
    }

    /// Why `id` cannot be a home's id, or nil when it can.
    static func idProblem(_ id: String) -> String? {
        if id.isEmpty { return "a home's id is empty; give a short one such as \"Elm\"" }
        if id.count > idLimit { return "the home id “\(id)” is longer than \(idLimit) characters; give a short one such as \"\(id.prefix(6))\" and the full name as \"name\"" }
        let allowed = id.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == "_" }
        if !allowed { return "the home id “\(id)” may hold only letters, digits, - and _; put the full name in \"name\"" }
        return nil
    }

    /// Whether `person` lives here, their record's home read as the settings read a home typed
    /// anywhere: in any case ("elm" is Elm), so an import that wrote it so does not leave them
    /// in no home's part. Exact first: folding every person's home costs more than comparing.
    public func holds(_ person: Person) -> Bool {
        guard let theirs = person.home else { return false }
        return theirs == id || NameMatcher.fold(theirs) == NameMatcher.fold(id)
    }

    /// How messages list the home: "Elm House", or "Home care North (HCN)" where the name does
    /// not hold the id, so the reader learns the short word the commands take.
    public var listed: String {
        NameMatcher.fold(name).contains(NameMatcher.fold(id)) ? name : "\(name) (\(id))"
    }
}
