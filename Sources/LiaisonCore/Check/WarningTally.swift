/// `check`'s warnings of whole records, a few of each kind and a count of the rest.
///
/// A store built by a script or an old build can give the same warning for most of its records
/// (385,000 at a million contacts, measured): listed whole they are unreadable, and held until
/// printed they cost memory that grows with the store. The first few of each kind name records
/// to look at, the count says how far the fault runs, and `check --every-warning` lists all.
struct WarningTally {
    /// Records named for each kind of warning; nil names every one.
    let perKind: Int?
    private var kinds: [Kind] = []
    private var kindIndex: [String: Int] = [:]

    private struct Kind {
        var table: String
        var named: [String] = []
        var more = 0
    }

    init(perKind: Int?) {
        self.perKind = perKind
    }

    /// Counts `finding` of record `id` in `table`. Findings that differ only by the dates or
    /// numbers they name are one kind ("is dated 0026-01-01" and "is dated 0025-12-31").
    mutating func add(table: String, id: String, finding: String) {
        let key = table + ":" + String(finding.unicodeScalars.filter { !("0"..."9").contains($0) })
        let at: Int
        if let known = kindIndex[key] {
            at = known
        } else {
            at = kinds.count
            kindIndex[key] = at
            kinds.append(Kind(table: table))
        }
        if let perKind, kinds[at].named.count >= perKind {
            kinds[at].more += 1
        } else {
            kinds[at].named.append("\(table) \(id): \(finding)")
        }
    }

    /// Each kind's named records in the order the kind was first met, then how many more.
    var lines: [String] {
        kinds.flatMap { kind in
            kind.named + (kind.more == 0 ? [] : [
                // Counted as warnings, not records: one record can give a kind twice (two chases).
                "and \(CountWords.grouped(kind.more)) more warning\(kind.more == 1 ? "" : "s") like the \(kind.named.count) above about \(kind.table) records; "
                    + "`liaison check --every-warning` names them all",
            ])
        }
    }
}
