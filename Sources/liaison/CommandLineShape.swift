import Foundation

/// Puts a command line into the shape swift-argument-parser reads, and refuses early what it
/// would otherwise report in words that mislead:
/// - `--store`, `--as` and `--theme` may come before the command (`liaison --store X report`),
///   as in git; they are moved after it, where the command's own options are read;
/// - a misspelt command (`liaison reprot`) is refused with the nearest real ones, instead of
///   being read as a stray argument to the dashboard;
/// - `liaison help nosuch` is refused rather than printing the general help and exiting 0.
struct CommandLineShape {
    /// Every command, with its subcommands (`add person`…).
    let commands: [String: [String]]
    /// Options that any command accepts and that take a value.
    static let movableOptions: Set<String> = ["--store", "--as", "--theme"]

    enum Outcome: Equatable {
        case run([String])
        /// Refused: the message for stderr (one line or two), and the exit status.
        case refuse(String)
    }

    func shape(_ arguments: [String]) -> Outcome {
        var moved: [String] = []
        var rest = arguments[...]
        // Options given before the command, and their values.
        while let first = rest.first, first.hasPrefix("--") {
            let name = String(first.split(separator: "=", maxSplits: 1)[0])
            guard Self.movableOptions.contains(name) else { break }
            moved.append(rest.removeFirst())
            if !first.contains("="), let value = rest.first {
                moved.append(value)
                rest.removeFirst()
            }
        }
        guard let word = rest.first, !word.hasPrefix("-") else {
            return .run(Array(rest) + moved)
        }
        if word == "help" {
            let topic = rest.dropFirst().first
            if let topic, commands[topic] == nil { return .refuse(unknown(topic, asked: "help on")) }
            if let topic, let sub = rest.dropFirst(2).first, let subs = commands[topic], !subs.contains(sub) {
                return .refuse(unknown(sub, among: subs, asked: "help on '\(topic) \(sub)'", word: false))
            }
            return .run(Array(rest) + moved)
        }
        guard let subs = commands[word] else { return .refuse(unknown(word, asked: "")) }
        if !subs.isEmpty, let sub = rest.dropFirst().first, !sub.hasPrefix("-"), !subs.contains(sub) {
            return .refuse(unknown(sub, among: subs, asked: "'\(word) \(sub)' command", word: false))
        }
        return .run(Array(rest) + moved)
    }

    /// - Parameter word: whether `asked` still needs the unknown word after it.
    private func unknown(_ word: String, among known: [String]? = nil, asked: String, word named: Bool = true) -> String {
        let names = known ?? commands.keys.sorted()
        let what = asked.isEmpty ? "'\(word)' is not a liaison command" : "there is no \(asked)\(named ? " '\(word)'" : "")"
        let near = names.filter { Self.distance(word.lowercased(), $0) <= max(2, $0.count / 3) }
            .sorted { Self.distance(word.lowercased(), $0) < Self.distance(word.lowercased(), $1) }
        if let best = near.first { return "liaison: \(what). Did you mean '\(best)'?" }
        return "liaison: \(what). The commands are: \(names.joined(separator: ", "))."
    }

    /// Edits (insert, delete, change, swap two neighbours) between two words.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var d = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
            }
        }
        return d[a.count][b.count]
    }
}
