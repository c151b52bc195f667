/// Counts as staff read them.
enum CountWords {
    /// 1204 as "1,204": an import's or a check's counts run to millions.
    static func grouped(_ count: Int) -> String {
        let digits = String(count)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }
}
