/// Breaking text into lines by display width, so a long piece of text can be read whole.
extension StringProtocol {
    /// The text in lines of at most `width` columns, broken at spaces; a word longer than a line
    /// (a URL, a run of CJK without spaces) is broken between characters, never inside one, so
    /// nothing is lost to an ellipsis. Line breaks in the text start new lines.
    public func wrapped(toWidth width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in split(separator: "\n", omittingEmptySubsequences: false) {
            var line = "", used = 0
            for word in paragraph.split(separator: " ") {
                let wordWidth = word.displayWidth
                if used > 0 && used + 1 + wordWidth <= width {
                    line += " " + word
                    used += 1 + wordWidth
                    continue
                }
                if used > 0 {
                    lines.append(line)
                    line = ""
                    used = 0
                }
                if wordWidth <= width {
                    line = String(word)
                    used = wordWidth
                    continue
                }
                for character in word {
                    let w = character.displayWidth
                    if used + w > width {
                        lines.append(line)
                        line = ""
                        used = 0
                    }
                    line.append(character)
                    used += w
                }
            }
            lines.append(line)
        }
        return lines
    }
}
