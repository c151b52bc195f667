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
