/// How a contact or partnership is classified on the policy's four axes (R4).
public struct PartnershipNature: Codable, Equatable, Hashable, Sendable {
    public enum Level: String, Codable, CaseIterable, Sendable { case low, high }
    /// Inter-agency means colleagues in our own organisation.
    public enum Agencies: String, Codable, CaseIterable, Sendable { case interAgency = "inter-agency", single, multi }
    public enum Formality: String, Codable, CaseIterable, Sendable { case informal, formal }
    /// Direct when the person or their carer is involved.
    public enum Involvement: String, Codable, CaseIterable, Sendable { case direct, indirect }

    public var level: Level
    public var agencies: Agencies
    public var formality: Formality
    public var involvement: Involvement

    public init(level: Level = .low, agencies: Agencies = .single, formality: Formality = .informal, involvement: Involvement = .indirect) {
        self.level = level
        self.agencies = agencies
        self.formality = formality
        self.involvement = involvement
    }
}

extension PartnershipNature {
    /// The four words, one per axis, as staff say them: "high", "multi-agency", "formal", "direct".
    public var words: [String] {
        [level.rawValue, agencies == .interAgency ? "inter-agency" : "\(agencies.rawValue)-agency", formality.rawValue, involvement.rawValue]
    }

    /// "high · multi-agency · formal · direct".
    public var summary: String { words.joined(separator: " · ") }

    /// Reads the four axes from words in any order (`high multi formal direct`, commas allowed;
    /// `single` or `single-agency`). All four must be said: a classification is not guessed.
    public static func parse(_ text: String, field: String = "nature") throws -> PartnershipNature {
        var level: Level?, agencies: Agencies?, formality: Formality?, involvement: Involvement?
        // Unknown words and two answers on one axis are refused before the axes are read.
        for word in try filterWords(text, field: field) {
            switch word {
            case "low": level = .low
            case "high": level = .high
            case "inter-agency", "inter", "interagency": agencies = .interAgency
            case "single", "single-agency": agencies = .single
            case "multi", "multi-agency": agencies = .multi
            case "informal": formality = .informal
            case "formal": formality = .formal
            case "direct": involvement = .direct
            case "indirect": involvement = .indirect
            default: throw FieldError(field, "“\(word)” is not one of the policy's words: low, high; inter-agency, single, multi; informal, formal; direct, indirect")
            }
        }
        guard let level, let agencies, let formality, let involvement else {
            throw FieldError(field, "say all four: low or high; inter-agency, single or multi; informal or formal; direct or indirect")
        }
        return PartnershipNature(level: level, agencies: agencies, formality: formality, involvement: involvement)
    }

    /// Whether this nature has every one of `words` (a filter: "formal multi").
    public func matches(_ words: [String]) -> Bool {
        let mine = Set(self.words + [agencies.rawValue])
        return words.allSatisfy { mine.contains($0) }
    }

    /// The words of a filter, checked against the policy's. Two different words on one axis
    /// ("formal informal") would match no contact, since each has one of them: refused, rather
    /// than a report that is silently empty.
    public static func filterWords(_ text: String, field: String = "nature") throws -> [String] {
        let words = tokens(text)
        var said: [String: String] = [:]
        for word in words {
            guard let axis = axis(of: word) else {
                throw FieldError(field, "“\(word)” is not one of the policy's words: low, high; inter-agency, single, multi; informal, formal; direct, indirect")
            }
            if let earlier = said[axis], canonical(earlier) != canonical(word) {
                throw FieldError(field, "“\(earlier)” and “\(word)” are both about \(axis), and a contact has only one; give one of them")
            }
            said[axis] = word
        }
        return words
    }

    /// The axis a filter word belongs to, in words a sentence can use; nil for a word that is not the policy's.
    private static func axis(of word: String) -> String? {
        switch word {
        case "low", "high": "its level"
        case "inter-agency", "single", "multi", "single-agency", "multi-agency": "the agencies involved"
        case "informal", "formal": "formality"
        case "direct", "indirect": "the person's involvement"
        default: nil
        }
    }

    /// "multi-agency" and "multi" are one word to a filter.
    private static func canonical(_ word: String) -> String {
        word.hasSuffix("-agency") && word != "inter-agency" ? String(word.dropLast("-agency".count)) : word
    }

    private static func tokens(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { $0 == "," || $0 == " " || $0 == "/" }).map(String.init)
    }
}
