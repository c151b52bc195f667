import Foundation
import Testing
@testable import TerminalUI

/// The shipped themes are also compiled in, so a binary copied on its own still has them; the
/// compiled copy is the files' text exactly (Themes/embed.sh writes it).
@Suite struct BuiltInThemesTests {
    @Test func theCompiledCopyIsTheShippedFilesExactly() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: shippedThemesFolder)
            .filter { $0.hasSuffix(".toml") }.sorted()
        #expect(BuiltInThemes.files.map { $0.name + ".toml" } == files, "run Themes/embed.sh")
        for (name, text) in BuiltInThemes.files {
            let onDisk = try String(contentsOfFile: shippedThemesFolder + "/" + name + ".toml", encoding: .utf8)
            #expect(text + "\n" == onDisk, "\(name).toml differs from its compiled copy: run Themes/embed.sh")
        }
    }

    @Test func withNoShippedFolderEveryShippedThemeIsListedAndFound() {
        let catalog = ThemeCatalog(program: .liaison, environment: [:], folders: ThemeFolders(user: nil, shipped: []))
        let listing = catalog.list()
        #expect(listing.map(\.name) == shippedThemeNames)
        #expect(listing.allSatisfy { $0.origin == .builtIn && $0.isUsable && $0.diagnostics.isEmpty })
        for name in shippedThemeNames where name != ThemeCatalog.defaultName {
            let resolution = catalog.resolve(name)
            #expect(resolution.diagnostics.isEmpty, "\(resolution.diagnostics)")
            #expect(resolution.theme.name == name)
            #expect(resolution.source == .file(path: catalog.builtInPath(name), origin: .builtIn))
        }
    }

    @Test func aShippedFolderTakesTheirPlace() {
        let catalog = ThemeCatalog(program: .liaison, environment: [:], folders: ThemeFolders(user: nil, shipped: [shippedThemesFolder]))
        #expect(catalog.builtInThemes.isEmpty)
        #expect(catalog.list().allSatisfy { $0.origin == .shipped })
    }
}
