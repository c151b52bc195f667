import ArgumentParser
import Dashboard
import Foundation
import TerminalUI

/// `--theme NAME|PATH`, shared by every command that draws a screen.
struct ThemeOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "A theme name (see `liaison themes`) or the path of a theme file, e.g. high-contrast or ~/my.theme.", valueName: "name|path"))
    var theme: String?

    /// The theme to draw with: never fails. A theme that cannot be used falls back to the default,
    /// and the reason is returned for the screen to show.
    func resolve() -> ThemeResolution {
        ThemeCatalog.resolve(name: theme, program: .liaison)
    }
}
