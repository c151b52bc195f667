import Foundation
import TerminalUI

/// Which store a screen has open, in as few columns as tell it apart: the dashboard and the wall
/// both say it, so a colleague on the wrong store (a typo, an old path) sees it at a glance.
public enum StoreLabel {
    /// `path` shortened to fit `width`: `~/…` under `home`, else the whole path; when that is
    /// too long, `…/folder/file`, then the file name alone, then the file name cut with "…".
    public static func short(_ path: String, home: String? = ProcessInfo.processInfo.environment["HOME"], width: Int) -> String {
        var full = path
        if let home, !home.isEmpty, home != "/", path.hasPrefix(home.hasSuffix("/") ? home : home + "/") {
            full = "~/" + path.dropFirst(home.hasSuffix("/") ? home.count : home.count + 1)
        }
        if full.displayWidth <= width { return full }
        let parts = full.split(separator: "/", omittingEmptySubsequences: true)
        if parts.count >= 2 {
            let tail = "…/" + parts.suffix(2).joined(separator: "/")
            if tail.displayWidth <= width { return tail }
        }
        let name = String(parts.last ?? Substring(full))
        if name.displayWidth <= width { return name }
        guard width > 1 else { return "" }
        var cut = ""
        for character in name {
            if (cut + String(character)).displayWidth > width - 1 { break }
            cut.append(character)
        }
        return cut + "…"
    }

    /// "~/care/home.sqlite · read-only": the label with the store's mode where it matters.
    public static func describe(_ path: String, readOnly: Bool, home: String? = ProcessInfo.processInfo.environment["HOME"], width: Int) -> String {
        let suffix = readOnly ? " · read-only" : ""
        return short(path, home: home, width: max(1, width - suffix.displayWidth)) + suffix
    }
}
