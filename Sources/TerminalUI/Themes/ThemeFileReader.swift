/// Reads the small TOML subset theme files use: comments, `[section]` headers and
/// `key = "basic string"` lines. Nothing else of TOML (arrays, tables, numbers, multi-line
/// strings) is accepted, so a file this reads is also valid TOML, never the other way round.
struct ThemeFileReader {
    /// One `key = "value"` line, with the section it was under (`nil` before any header).
    struct Entry: Equatable {
        var line: Int
        var section: String?
        var key: String
        var value: String
    }

    let file: String

    /// Every entry of `text`, or every syntax problem in it.
    func entries(in text: String) throws(ThemeFileError) -> [Entry] {
        var entries: [Entry] = []
        var problems: [ThemeDiagnostic] = []
        var section: String?
        var seenSections: [String: Int] = [:]
        // In Swift "\r\n" is one Character, so both line ends must be named to split on them.
        // A byte-order mark some Windows editors add is not part of the first key.
        let text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
        for (index, raw) in lines.enumerated() {
            let number = index + 1
            let line = Substring(raw.trimmingSpaces())
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[") {
                switch parseHeader(line) {
                case .success(let name):
                    section = name
                    // TOML forbids opening a table twice; a second [styles] is usually a paste.
                    if let earlier = seenSections[name] {
                        problems.append(ThemeDiagnostic(
                            kind: .duplicateKey, file: file, line: number, key: "[\(name)]",
                            message: "section already opened on line \(earlier)"))
                    }
                    seenSections[name] = seenSections[name] ?? number
                case .failure(let failure):
                    problems.append(syntax(number, key: nil, failure.message))
                }
                continue
            }
            switch parseKeyValue(line) {
            case .success(let pair):
                entries.append(Entry(line: number, section: section, key: pair.key, value: pair.value))
            case .failure(let failure):
                problems.append(syntax(number, key: failure.key, failure.message))
            }
        }
        guard problems.isEmpty else { throw ThemeFileError(problems) }
        return entries
    }

    private struct Failure: Error {
        var key: String?
        var message: String
    }

    private func syntax(_ line: Int, key: String?, _ message: String) -> ThemeDiagnostic {
        ThemeDiagnostic(kind: .syntax, file: file, line: line, key: key, message: message)
    }

    private func parseHeader(_ line: Substring) -> Result<String, Failure> {
        guard let close = line.firstIndex(of: "]") else {
            return .failure(Failure(message: "section header is missing its closing ']'"))
        }
        let name = line[line.index(after: line.startIndex)..<close].trimmingSpaces()
        guard !name.isEmpty, name.allSatisfy(Self.isBareKeyCharacter) else {
            return .failure(Failure(message: "section name '\(name)' is not a bare word"))
        }
        guard Self.isOnlyComment(line[line.index(after: close)...]) else {
            return .failure(Failure(message: "unexpected text after the section header"))
        }
        return .success(String(name))
    }

    private func parseKeyValue(_ line: Substring) -> Result<(key: String, value: String), Failure> {
        // Only an '=' before the value's opening quote counts: `text "fg=red"` lacks one.
        let beforeValue = line.prefix { $0 != "\"" }
        guard let equals = beforeValue.firstIndex(of: "=") else {
            let word = line.prefix(while: Self.isBareKeyCharacter)
            return .failure(Failure(
                key: word.isEmpty ? nil : String(word),
                message: "expected 'key = \"value\"' but there is no '='"))
        }
        let key = String(line[..<equals].trimmingSpaces())
        guard !key.isEmpty else {
            return .failure(Failure(message: "a line starts with '=' and has no key"))
        }
        // Dotted keys are allowed through here so that `text.fg` is reported as an unknown key.
        guard key.allSatisfy({ Self.isBareKeyCharacter($0) || $0 == "." }) else {
            return .failure(Failure(
                key: key, message: "key must be letters, digits, '-' or '_' (no spaces or quotes)"))
        }
        let rest = line[line.index(after: equals)...].trimmingSpaces()
        guard rest.first == "\"" else {
            return .failure(Failure(
                key: key,
                message: rest.isEmpty
                    ? "missing value after '='; write \"\" for the terminal's default"
                    : "value must be in double quotes, like \"fg=blue bold\""))
        }
        return parseString(rest.dropFirst()).mapError { Failure(key: key, message: $0.message) }
            .map { (key: key, value: $0) }
    }

    /// Reads a basic string after its opening quote, allowing only `\"` and `\\` escapes.
    private func parseString(_ text: Substring) -> Result<String, Failure> {
        var value = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            index = text.index(after: index)
            switch character {
            case "\"":
                guard Self.isOnlyComment(text[index...]) else {
                    return .failure(Failure(message: "unexpected text after the closing quote"))
                }
                return .success(value)
            case "\\":
                guard index < text.endIndex, text[index] == "\"" || text[index] == "\\" else {
                    return .failure(Failure(message: "only \\\" and \\\\ escapes are allowed"))
                }
                value.append(text[index])
                index = text.index(after: index)
            default:
                value.append(character)
            }
        }
        return .failure(Failure(message: "unterminated string: the closing '\"' is missing"))
    }

    private static func isOnlyComment(_ text: Substring) -> Bool {
        let rest = text.trimmingSpaces()
        return rest.isEmpty || rest.hasPrefix("#")
    }

    static func isBareKeyCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || character == "-" || character == "_")
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces, tabs and carriage returns (TOML's whitespace, plus
    /// the `\r` of files saved with Windows line ends).
    fileprivate func trimmingSpaces() -> SubSequence {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }),
              let last = lastIndex(where: { !isSpace($0) }) else { return self[endIndex...] }
        return self[first...last]
    }
}
