/// Turns a theme file's style value (`"fg=#1e88e5 bg= bold"`) into a `Style`.
///
/// A value is words separated by spaces: `fg=COLOUR`, `bg=COLOUR`, and any of the attributes
/// `bold`, `dim`, `reverse`, `underline`. A colour left empty (`bg=`) or a word left out means
/// the terminal's own colour, so `""` is the terminal's plain text. Words are not case-sensitive.
enum ThemeValueParser {
    /// Why a value was refused; the caller adds the file, line and key.
    struct Failure: Error, Equatable {
        var kind: ThemeDiagnostic.Kind
        var message: String
    }

    static let colorNames: [String: Color] = [
        "black": .black, "red": .red, "green": .green, "yellow": .yellow,
        "blue": .blue, "magenta": .magenta, "cyan": .cyan, "white": .white,
        "bright-black": .brightBlack, "bright-red": .brightRed, "bright-green": .brightGreen,
        "bright-yellow": .brightYellow, "bright-blue": .brightBlue,
        "bright-magenta": .brightMagenta, "bright-cyan": .brightCyan, "bright-white": .brightWhite,
    ]

    static let attributeNames: [String: TextAttributes] = [
        "bold": .bold, "dim": .dim, "reverse": .reverse, "underline": .underline,
    ]

    static func style(_ value: String) -> Result<Style, Failure> {
        var style = Style.plain
        var seen: Set<String> = []
        for word in value.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            let word = String(word)
            if let equals = word.firstIndex(of: "=") {
                let channel = word[..<equals].lowercased()
                guard channel == "fg" || channel == "bg" else {
                    return .failure(Failure(
                        kind: .badAttribute, message: "'\(word)': only fg= and bg= take a colour"))
                }
                guard seen.insert(channel).inserted else {
                    return .failure(Failure(kind: .badAttribute, message: "\(channel)= is given twice"))
                }
                let color: Color
                switch self.color(String(word[word.index(after: equals)...])) {
                case .success(let parsed): color = parsed
                case .failure(let failure): return .failure(failure)
                }
                if channel == "fg" { style.foreground = color } else { style.background = color }
            } else if let attribute = attributeNames[word.lowercased()] {
                style.attributes.insert(attribute)
            } else {
                return .failure(Failure(
                    kind: .badAttribute,
                    message: "'\(word)' is not fg=, bg= or an attribute (bold, dim, reverse, underline)"))
            }
        }
        return .success(style)
    }

    /// A colour: empty (the terminal's own), a name, `0`–`255`, or `#RRGGBB`.
    static func color(_ text: String) -> Result<Color, Failure> {
        if text.isEmpty { return .success(.terminalDefault) }
        if let named = colorNames[text.lowercased()] { return .success(named) }
        if text.hasPrefix("#") {
            let hex = text.dropFirst()
            guard hex.count == 6, hex.allSatisfy(\.isHexDigit), let number = UInt32(hex, radix: 16) else {
                return .failure(bad(text, "#RRGGBB needs exactly six hex digits"))
            }
            return .success(.rgb(UInt8(number >> 16), UInt8((number >> 8) & 0xFF), UInt8(number & 0xFF)))
        }
        if text.allSatisfy(\.isASCIIDigit) {
            guard text.count <= 3, let index = UInt8(text) else {
                return .failure(bad(text, "an indexed colour is 0 to 255"))
            }
            return .success(.indexed(index))
        }
        return .failure(bad(text, "expected a colour name (red, bright-blue, …), 0–255 or #RRGGBB"))
    }

    private static func bad(_ text: String, _ reason: String) -> Failure {
        Failure(kind: .badColor, message: "bad colour '\(text)': \(reason)")
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
