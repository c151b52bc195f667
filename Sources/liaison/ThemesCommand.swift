import ArgumentParser
import Dashboard
import LiaisonCore
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
        "Show which theme --theme VALUE gives, and any problem with it, e.g. --check high-contrast; exits 1 if it fails.",
        valueName: "name-or-path"))
    var check: String?

    func run() throws {
        let catalog = ThemeCatalog(program: .liaison)
        if let check {
            let resolution = catalog.resolve(check)
            print(InertText.visible(resolution.explanation, keepingLineBreaks: true))
            if resolution.source == .builtIn && !resolution.diagnostics.isEmpty { throw ExitCode(1) }
            return
        }
        print(InertText.visible(catalog.report(), keepingLineBreaks: true), terminator: "")
    }
}
