import Foundation
import TerminalUI

/// Which store a screen has open, in as few columns as tell it apart: the dashboard and the wall
/// both say it, so a colleague on the wrong store (a typo, an old path) sees it at a glance.
public enum StoreLabel {
    /// HOME as this process was started with it, read once: the dashboard and the wall say the
    /// store's path on every frame, and each read of the environment copies all of it.
    public static let processHome = ProcessInfo.processInfo.environment["HOME"]

    /// `path` shortened to fit `width`: `~/…` under `home`, else the whole path; when that is
    /// too long, `…/folder/file`, then the file name alone, then the file name cut with "…".
    public static func short(_ path: String, home: String? = StoreLabel.processHome, width: Int) -> String {
        if let server = serverLabel(path) { return cut(server, to: width) }
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
        return cut(String(parts.last ?? Substring(full)), to: width)
    }

    /// A database on a server (`postgresql://…/care?host=…`) as its name: "care on PostgreSQL";
    /// who is signed in and where the server is are the address's business, not the screen's.
    static func serverLabel(_ path: String) -> String? {
        let lower = path.lowercased()
        guard lower.hasPrefix("postgresql://") || lower.hasPrefix("postgres://") else { return nil }
        let database = URLComponents(string: path)?.path.split(separator: "/").last.map(String.init) ?? ""
        return database.isEmpty ? "PostgreSQL" : "\(database) on PostgreSQL"
    }

    /// `name` whole when it fits, else cut with "…".
    private static func cut(_ name: String, to width: Int) -> String {
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
    public static func describe(_ path: String, readOnly: Bool, home: String? = StoreLabel.processHome, width: Int) -> String {
        let suffix = readOnly ? " · read-only" : ""
        return short(path, home: home, width: max(1, width - suffix.displayWidth)) + suffix
    }
}
