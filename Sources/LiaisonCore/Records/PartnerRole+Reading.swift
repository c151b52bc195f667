/// A role as staff type it into a form: `gp`, `speech`, `district nurse`. Typed words that fit
/// more than one role are refused with the roles they fit, rather than read as the first: `nurse`
/// is a district or a community nurse, `psych` a psychiatrist or a psychologist, and which one
/// decides what the partner may be asked.
extension PartnerRole {
    /// Words in the roles' names that tell no role from another.
    static let joiningWords: Set<String> = ["and", "or", "of", "the", "a", "an", "&"]

    public static func read(_ typed: String, field: String = "role") throws -> PartnerRole {
        let words = NameMatcher.words(of: typed)
        guard !words.isEmpty else {
            throw FieldError(field, "type the role, e.g. GP, district nurse, social worker, or other")
        }
        let wanted = words.joined(separator: " ")
        if let exact = allCases.first(where: { [$0.title, $0.rawValue, $0.words.short].map(NameMatcher.fold).contains(wanted) }) {
            return exact
        }
        // The joining words of the roles' names ("speech and language", "volunteer or
        // community group") name no role: alone, "and" would be read as SALT.
        let naming = words.filter { !joiningWords.contains($0) }
        guard !naming.isEmpty else {
            throw FieldError(field, "“\(typed)” names no role; e.g. GP, district nurse, social worker, SALT, or other")
        }
        let fits = NameMatcher.rank(naming.joined(separator: " "), in: allCases, texts: { [$0.title, $0.rawValue, $0.words.short] })
        switch fits.count {
        case 1: return fits[0]
        case 0: throw FieldError(field, "“\(typed)” is not one of the roles; e.g. GP, district nurse, social worker, SALT, or other")
        default:
            throw FieldError(field, "“\(typed)” fits \(fits.map { $0.title.lowercased() }.joined(separator: ", ")); type more of it")
        }
    }
}
