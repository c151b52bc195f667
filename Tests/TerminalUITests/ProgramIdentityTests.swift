import Foundation
import Testing
@testable import TerminalUI

/// TerminalUI names no program: every theme message and folder uses the name the app passes in.
@Suite struct ProgramIdentityTests {
    static let rota = ProgramIdentity(name: "Rota", executable: "rota", listThemesCommand: "rota colours")

    @Test func messagesAndFoldersUseTheNameGiven() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let catalog = ThemeCatalog(
            program: Self.rota, environment: ["HOME": root.path],
            folders: .standard(program: Self.rota, environment: ["HOME": root.path], executablePath: root.path + "/bin/rota"))
        #expect(catalog.folders.user == root.path + "/.config/rota/themes")

        let missing = catalog.resolve("nowhere")
        #expect(missing.diagnostics.map(\.description).joined().contains("run `rota colours` to list them"))

        // No shipped folder beside the executable: the compiled-in themes are listed as the program's.
        let report = catalog.report().replacingOccurrences(of: root.path, with: "ROOT")
        #expect(report.contains("the shipped themes, compiled into rota (no Themes folder was found)"))
        #expect(report.contains("(built into rota) high-contrast.toml"))
        #expect(!report.lowercased().contains("liaison"), "\(report)")
        let message = missing.diagnostics.map(\.description).joined().replacingOccurrences(of: root.path, with: "ROOT")
        #expect(!message.lowercased().contains("liaison"), "\(message)")
    }

    @Test func anEmptyCatalogSaysWhichProgramFallsBack() {
        // A shipped folder that turns out empty: no files, and no compiled-in themes either.
        let catalog = ThemeCatalog(program: Self.rota, environment: [:], folders: ThemeFolders(user: nil, shipped: ["/nonexistent"]))
        #expect(catalog.report().contains("No theme files found; Rota uses its built-in default theme."))
    }

    @Test func foldersFollowTheExecutableName() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        try root.write("app/share/rota/themes/default.toml", "")
        #expect(ThemeFolders.userFolder(program: Self.rota, environment: ["XDG_CONFIG_HOME": "/c"]) == "/c/rota/themes")
        #expect(ThemeFolders.shippedFolders(program: Self.rota, executablePath: root.path + "/app/bin/rota")
            == [root.path + "/app/share/rota/themes"])
    }
}
