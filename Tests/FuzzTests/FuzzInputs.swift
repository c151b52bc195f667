import Foundation
import PropertyBased

/// What the fuzz tests feed in: text built from the pieces that have broken terminals,
/// spreadsheets and parsers before, mixed with arbitrary Unicode and arbitrary bytes.
///
/// Each property runs `FuzzInputs.count` cases worked out from `FuzzInputs.seed`: the same cases
/// in every run, whatever the hour or the caller's environment, so a red run always means a
/// commit changed something. Exploring other cases is a deliberate run in a working copy with
/// another seed or a larger count, not committed (see README).
enum FuzzInputs {
    static let count = 300

    /// The base seed every property's cases are worked out from (see `fuzzCheck`).
    static let seed: UInt64 = 20_261_207

    static let pieces: [String] = [
        "a", "Z", " ", "  ", "é", "王", "秀", "👩‍⚕️", "🏴󠁧󠁢󠁳󠁣󠁴󠁿", "🇬🇧", "\u{301}", "\u{308}", "ｱ",
        "\u{1B}", "\u{1B}[2J", "\u{1B}]0;x\u{07}", "\u{07}", "\u{0}", "\n", "\r", "\r\n", "\t", "\u{7F}", "\u{9B}", "\u{85}",
        "\u{202E}", "\u{2066}", "\u{200E}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{FEFF}", "\u{2028}", "\u{2029}", "\u{3164}",
        "=", "+", "-", "@", ",", ";", "\"", "'", "|", "<", ">", "[", "]", "(", ")", "`", "\\", "#", "*", "_",
        "0", "9", "12", ":", "/", ".", "T", "Z", "2026", "-02-30", " 14:05", "tomorrow", "+2h",
        "=HYPERLINK(\"http://x\")", "{", "}", "null", "true",
    ]

    /// A piece chosen from `pieces`.
    static let piece = Generator<String, Shrink.None<String>>(run: { rng in pieces.randomElement(using: &rng)! })

    /// Any Unicode scalar, surrogates excepted (they are not scalars).
    static let scalar = Generator<Unicode.Scalar, Shrink.None<Unicode.Scalar>>(run: { rng in
        Unicode.Scalar(UInt32.random(in: 0...0x10FFFF, using: &rng)) ?? "\u{FFFD}"
    })

    /// Text of up to 30 pieces, one in four an arbitrary scalar. A failing case shrinks by
    /// halves and by single characters, so the report shows the smallest text that fails.
    static let text = Generator<String, [String]>(
        run: { rng in
            var text = ""
            for _ in 0..<Int.random(in: 0...30, using: &rng) {
                if Int.random(in: 0..<4, using: &rng) == 0 {
                    text.unicodeScalars.append(Unicode.Scalar(UInt32.random(in: 0...0x10FFFF, using: &rng)) ?? "\u{FFFD}")
                } else {
                    text += pieces.randomElement(using: &rng)!
                }
            }
            return text
        },
        shrink: { text in
            let count = text.unicodeScalars.count
            guard count > 0 else { return [] }
            let scalars = Array(text.unicodeScalars)
            var smaller = ["", String(String.UnicodeScalarView(scalars.prefix(count / 2))), String(String.UnicodeScalarView(scalars.suffix(count / 2)))]
            smaller += (0..<count).map { n in String(String.UnicodeScalarView(scalars[..<n] + scalars[(n + 1)...])) }
            return smaller.filter { $0.unicodeScalars.count < count }
        })

    /// Up to 300 arbitrary bytes.
    static let bytes = Gen<UInt8>.value(in: 0...255).array(of: 0...300)
}
