import Foundation

/// Type-ahead matching for the pickers: each word typed must appear somewhere in the record's
/// words, ignoring case and accents, so `zoe` finds Zoë and `patel riv` finds Dr Anil Patel at
/// Riverside Surgery. Staff on the phone half-remember names; any part has to be enough.
public enum NameMatcher {
    /// Lower case without accents or strokes, so comparisons ignore them as a namesake check
    /// does (`NameKey.folded`): "lukasz" finds Łukasz, "strasse" Straße. The space between two
    /// Chinese, Japanese or Korean characters goes too (`NameKey.joined`), so "王伟" finds 王 伟
    /// as the namesake check takes them as one name.
    public static func fold(_ text: String) -> String {
        let folded = NameKey.folded(text)
        guard !folded.utf8.allSatisfy({ $0 < 0x80 }), folded.contains(where: \.isWhitespace) else { return folded }
        return NameKey.joined(folded.split(whereSeparator: \.isWhitespace))
    }

    /// The items whose texts hold every word of `query`, best first: a word that starts a name
    /// beats one found in the middle, and earlier texts (the name) beat later ones (role,
    /// organisation). An empty query matches everything in its given order.
    public static func rank<Item>(_ query: String, in items: [Item], texts: (Item) -> [String]) -> [Item] {
        let words = fold(query).split(whereSeparator: \.isWhitespace).map(String.init)
        guard !words.isEmpty else { return items }
        var scored: [(score: Int, index: Int, item: Item)] = []
        for (index, item) in items.enumerated() {
            let folded = texts(item).map(fold)
            var total = 0
            var matchesAll = true
            for word in words {
                guard let score = bestScore(of: word, in: folded) else { matchesAll = false; break }
                total += score
            }
            if matchesAll { scored.append((total, index, item)) }
        }
        return scored.sorted { ($0.score, $0.index) < ($1.score, $1.index) }.map(\.item)
    }

    /// The folded words of `query`, for `matches` over many items without folding it again each time.
    public static func words(of query: String) -> [String] {
        fold(query).split(whereSeparator: \.isWhitespace).map(String.init)
    }

    /// Whether `texts` hold every one of `words` (from `words(of:)`), by the rule `rank` uses:
    /// for records read one by one from disk, where ranking them all at once would mean holding them all.
    public static func matches(_ words: [String], in texts: [String]) -> Bool {
        let folded = texts.map(fold)
        return words.allSatisfy { bestScore(of: $0, in: folded) != nil }
    }

    /// Lower is better; nil when the word is in none of the texts.
    private static func bestScore(of word: String, in texts: [String]) -> Int? {
        var best: Int?
        for (position, text) in texts.enumerated() {
            guard let range = text.range(of: word) else { continue }
            let startsWord = range.lowerBound == text.startIndex
                || text[text.index(before: range.lowerBound)].isWhitespace
                || !text[text.index(before: range.lowerBound)].isLetter
            let score = position * 10 + (startsWord ? 0 : 5)
            best = min(best ?? score, score)
        }
        return best
    }
}
