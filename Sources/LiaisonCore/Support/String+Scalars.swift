extension String {
    /// Each scalar replaced by what `replacement` gives for it (nil keeps it).
    ///
    /// Escaping must work on scalars, not on Characters: Foundation's `replacingOccurrences`
    /// compares grapheme clusters, so a `"` followed by a combining mark or a zero-width joiner
    /// is one cluster that does not equal `"`, and would slip through a CSV writer undoubled —
    /// ending the quoted cell early and letting what follows become a cell of its own.
    func replacingScalars(_ replacement: (Unicode.Scalar) -> String?) -> String {
        var out = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            if let text = replacement(scalar) { out.append(contentsOf: text.unicodeScalars) } else { out.append(scalar) }
        }
        return String(out)
    }
}

extension String {
    /// Whether the text starts and ends with a printable ASCII character other than a space,
    /// which none of Foundation's whitespace sets holds: trimming would leave it as it is.
    ///
    /// Asked before trimming on the way to the first frame: the first trim in a process wakes
    /// Foundation's character sets (about 0.2 ms), and nearly every name and path is like this.
    var hasVisibleASCIIEnds: Bool {
        guard let first = utf8.first, let last = utf8.last else { return false }
        return (0x21...0x7E).contains(first) && (0x21...0x7E).contains(last)
    }
}
