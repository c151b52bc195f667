import ArgumentParser
import Foundation
import TerminalUI

/// `liaison themes`: every theme file Liaison can find, where it is, and whether it works.
///
/// A broken theme is listed with its diagnostics rather than failing the command: the point of
/// the listing is to show the user what to fix.
struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "List the colour themes, with where each was found.",
        discussion: """
            Themes are looked up by --theme NAME in the user folder \
            ($XDG_CONFIG_HOME/liaison/themes, else ~/.config/liaison/themes), then in the \
            folders shipped with Liaison; --theme PATH names a file anywhere. NO_COLOR wins \
            over every theme. The format is described in Themes/README.md.
            """
    )

    @Option(name: .customLong("check"), help: ArgumentHelp(
        "Show which theme --theme VALUE gives, and any problem with it; exits 1 if it fails.",
        valueName: "name-or-path"))
    var check: String?

    func run() throws {
        let catalog = ThemeCatalog()
        if let check {
            let resolution = catalog.resolve(check)
            print(Self.describe(resolution))
            if resolution.source == .builtIn && !resolution.diagnostics.isEmpty { throw ExitCode(1) }
            return
        }
        print(Self.describe(catalog), terminator: "")
    }

    static func describe(_ catalog: ThemeCatalog) -> String {
        var text = "Theme folders, searched in this order (the first theme of a name wins):\n"
        for folder in catalog.searchedFolders {
            let missing = folderExists(folder.path) ? "" : "  (does not exist)"
            text += "  \(folder.origin.rawValue.padded(to: 8)) \(folder.path)\(missing)\n"
        }
        if catalog.searchedFolders.isEmpty { text += "  (none: no HOME and no shipped folder found)\n" }
        text += "\n"
        let listings = catalog.list()
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
        if listings.isEmpty { text += "No theme files found; Liaison uses its built-in default theme.\n" }
        text += "\nChoose one with --theme NAME, or --theme PATH for a file anywhere.\n"
        if catalog.isNoColor { text += "NO_COLOR is set, so every theme is drawn without colour.\n" }
        return text
    }

    static func describe(_ resolution: ThemeResolution) -> String {
        var lines: [String]
        switch resolution.source {
        case .noColor: lines = ["NO_COLOR is set: drawing without colour (mono)."]
        case .builtIn: lines = ["Using the built-in default theme."]
        case let .file(path, origin):
            lines = ["Using theme '\(resolution.theme.name)' from \(path) (\(origin.rawValue))."]
        }
        lines += resolution.diagnostics.map(\.description)
        return lines.joined(separator: "\n")
    }

    private static func folderExists(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}

extension String {
    fileprivate func padded(to width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
