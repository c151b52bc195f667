/// Cutting text to a number of columns, never mid-cluster and never past the limit.
extension StringProtocol {
    /// The text cut to at most `width` columns. When anything is cut, the last column shows
    /// `ellipsis` (pass "" to cut silently). A wide character that would straddle the limit is
    /// dropped rather than half-drawn, so the result may be one column narrower than `width`.
    public func clipped(toWidth width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        let ascii = asciiWidth
        if (ascii ?? displayWidth) <= width { return String(self) }
        let ellipsisWidth = ellipsis.displayWidth
        let budget = ellipsisWidth <= width ? width - ellipsisWidth : width
        if ascii == utf8.count {
            // Printable ASCII: a column a byte, so the cut needs no grapheme clusters.
            let cut = String(decoding: utf8.prefix(budget), as: UTF8.self)
            return ellipsisWidth <= width ? cut + ellipsis : cut
        }
        var result = ""
        var used = 0
        for character in self {
            let w = character.displayWidth
            if used + w > budget { break }
            result.append(character)
            used += w
        }
        return ellipsisWidth <= width ? result + ellipsis : result
    }

    /// The text clipped to `width` columns, then padded with spaces to exactly `width`.
    public func padded(toWidth width: Int, ellipsis: String = "…") -> String {
        let cut = clipped(toWidth: width, ellipsis: ellipsis)
        let missing = width - cut.displayWidth
        return missing > 0 ? cut + String(repeating: " ", count: missing) : cut
    }
}
