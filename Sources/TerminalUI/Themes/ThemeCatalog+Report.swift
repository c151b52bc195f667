import Foundation

// The text of the program's theme listing: kept beside the catalog it describes, so the command line only
// parses its arguments.

extension ThemeCatalog {
    /// The listing the program's themes command prints: the folders searched, then every theme file found,
    /// with where it came from, what hides it, and what is wrong with it.
    public func report() -> String {
        var text = "Theme folders, searched in this order (the first theme of a name wins):\n"
        for folder in searchedFolders {
            let missing = Self.folderExists(folder.path) ? "" : "  (does not exist)"
            text += "  \(folder.origin.rawValue.padded(to: 8)) \(folder.path)\(missing)\n"
        }
        if !builtInThemes.isEmpty { text += "  \(ThemeOrigin.builtIn.rawValue.padded(to: 8)) the shipped themes, compiled into \(program.executable) (no Themes folder was found)\n" }
        text += "\n"
        let listings = list()
        let width = max(12, (listings.map(\.name.count).max() ?? 0) + 2)
        for listing in listings {
            text += "\(listing.name.padded(to: width)) \(listing.origin.rawValue.padded(to: 8)) \(listing.path)"
            if let shadowedBy = listing.shadowedBy { text += "  (hidden by \(shadowedBy))" }
            text += "\n"
            let indent = String(repeating: " ", count: width + 1)
            if !listing.isUsable {
                text += indent + "FAILS: choosing it gives the default theme instead\n"
            } else if !listing.description.isEmpty {
                text += indent + listing.description + "\n"
            }
            for diagnostic in listing.diagnostics { text += indent + diagnostic.description + "\n" }
        }
        if listings.isEmpty { text += "No theme files found; \(program.name) uses its built-in default theme.\n" }
        text += "\nChoose one with --theme NAME, or --theme PATH for a file anywhere.\n"
        if isNoColor { text += "NO_COLOR is set, so every theme is drawn without colour.\n" }
        return text
    }

    private static func folderExists(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}

extension ThemeResolution {
    /// What a `--theme` value gives, and why: the themes command's `--check`.
    public var explanation: String {
        var lines: [String]
        switch source {
        case .noColor: lines = ["NO_COLOR is set: drawing without colour (mono)."]
        case .builtIn: lines = ["Using the built-in default theme."]
        case let .file(path, origin):
            lines = ["Using theme '\(theme.name)' from \(path) (\(origin.rawValue))."]
        }
        lines += diagnostics.map(\.description)
        return lines.joined(separator: "\n")
    }
}

extension String {
    fileprivate func padded(to width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
