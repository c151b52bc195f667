import LiaisonCore
import TerminalUI

/// What a form says above its footer when a save did not happen, and how it fits there.
///
/// The reason comes from the store and may name a long path; what to do next is said whole
/// whatever the width, so it is never the part clipped off.
enum FormMessage {
    /// Under a field whose paste did not fit: what was kept, so nobody believes the rest was.
    static let pasteCut = "The paste was longer than this field holds (20,000 characters); only its start was kept."

    /// At most this many rows above the footer; the fields give up the rows it takes.
    static let maxLines = 3

    /// A save that failed for a reason outside the form: the store busy, read-only, the disk full.
    static func notSaved(_ error: Error) -> String {
        var reason = ErrorWords.describe(error)
        while reason.hasSuffix(".") { reason.removeLast() }
        return "Not saved: \(reason). The form stays open with everything you typed; Ctrl-S tries again."
    }

    /// `message` broken into rows of `width` columns, the last row ending in … when cut short.
    static func lines(_ message: String?, width: Int) -> [String] {
        guard let message, width > 0 else { return [] }
        let rows = DetailView.wrap(message, width: width)
        guard rows.count > maxLines else { return rows }
        var kept = Array(rows.prefix(maxLines))
        kept[maxLines - 1] = String(kept[maxLines - 1].dropLast(1)) + "…"
        return kept
    }
}
