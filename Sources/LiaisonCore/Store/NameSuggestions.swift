import Foundation

/// The names someone most likely meant by a name that matched no one: for the refusal to offer
/// ("did you mean Kasia Nowak?"), never to pick in their place, since a guess could put a
/// record on the wrong person or a task with the wrong colleague.
///
/// A name is offered when every word typed begins one of its words ("kasia" or "nowak" for
/// Kasia Nowak, "dr ward" for Dr Helen Ward), or when it is the typed name with a letter or two
/// wrong ("Edithh Brown"). Case and accents never count ("zoe" for Zoë).
enum NameSuggestions {
    /// Up to `limit` names from `names` that `wanted` could mean: those it begins first, then
    /// the nearest spellings, each group in alphabetical order.
    static func likely(_ wanted: String, among names: [String], limit: Int = 3) -> [String] {
        let typed = NameKey.of(wanted)
        let typedWords = typed.split(separator: " ")
        guard !typedWords.isEmpty else { return [] }
        // Two letters wrong only in a name long enough that two letters leave it recognisable.
        let allowed = typed.count >= 8 ? 2 : (typed.count >= 4 ? 1 : 0)
        var begun: Set<String> = [], near: [(name: String, distance: Int)] = []
        for name in Set(names) where !name.isEmpty {
            let folded = NameKey.of(name)
            let words = folded.split(separator: " ")
            if typedWords.allSatisfy({ typedWord in words.contains { $0.hasPrefix(typedWord) } }) {
                begun.insert(name)
            } else if allowed > 0, let distance = editDistance(typed, folded, atMost: allowed) {
                near.append((name, distance))
            }
        }
        let nearest = near.sorted { ($0.distance, $0.name) < ($1.distance, $1.name) }.map(\.name)
        return Array((begun.sorted() + nearest).prefix(limit))
    }

    /// What a refusal says after "there is no … called “…”": the likely names as a question, else
    /// `otherwise` alone.
    static func refusalTail(_ wanted: String, among names: [String], otherwise: String) -> String {
        let likely = likely(wanted, among: names)
        guard let last = likely.last else { return "; " + otherwise }
        let listed = likely.count == 1 ? last : likely.dropLast().joined(separator: ", ") + " or " + last
        return "; did you mean \(listed)? If not, " + otherwise
    }

    /// Levenshtein distance between `a` and `b` by characters, or nil when it is more than
    /// `limit` (worked out no further than that).
    static func editDistance(_ a: String, _ b: String, atMost limit: Int) -> Int? {
        let a = Array(a), b = Array(b)
        guard abs(a.count - b.count) <= limit else { return nil }
        var previous = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(1, b.count) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            if current.min()! > limit { return nil }
            previous = current
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }
}
