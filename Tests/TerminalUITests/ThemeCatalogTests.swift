import Foundation
import Testing
@testable import TerminalUI

@Suite struct ThemeCatalogTests {
    /// A user folder and a shipped folder under one temporary folder.
    private struct Setup {
        let root: TemporaryFolder
        var user: String { root.path + "/config/liaison/themes" }
        var shipped: String { root.path + "/shipped" }

        init() throws {
            root = try TemporaryFolder()
            try FileManager.default.createDirectory(atPath: user, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(atPath: shipped, withIntermediateDirectories: true)
        }

        func catalog(_ environment: [String: String] = [:]) -> ThemeCatalog {
            ThemeCatalog(program: .liaison, environment: environment, folders: ThemeFolders(user: user, shipped: [shipped]))
        }
    }

    @Test func pathBeatsUserFolderBeatsShipped() throws {
        let setup = try Setup()
        defer { setup.root.remove() }
        let shippedFile = try setup.root.write("shipped/sea.toml", themeText(name: "sea-shipped"))
        let catalog = setup.catalog()
        #expect(catalog.resolve("sea").theme.name == "sea-shipped")
        #expect(catalog.resolve("sea").source == .file(path: shippedFile, origin: .shipped))

        let userFile = try setup.root.write("config/liaison/themes/sea.toml", themeText(name: "sea-user"))
        #expect(catalog.resolve("sea").theme.name == "sea-user")
        #expect(catalog.resolve("sea").source == .file(path: userFile, origin: .user))

        let pathFile = try setup.root.write("elsewhere/sea.toml", themeText(name: "sea-path"))
        let byPath = catalog.resolve(pathFile)
        #expect(byPath.theme.name == "sea-path")
        #expect(byPath.source == .file(path: pathFile, origin: .path))
        #expect(byPath.diagnostics.isEmpty)
    }

    @Test func aValueEndingInTomlIsAPathEvenWithoutASlash() {
        #expect(ThemeCatalog.isPath("mine.toml"))
        #expect(ThemeCatalog.isPath("./mine"))
        #expect(!ThemeCatalog.isPath("high-contrast"))
    }

    @Test func unknownNameGivesDefaultAndADiagnostic() throws {
        let setup = try Setup()
        defer { setup.root.remove() }
        let resolution = setup.catalog().resolve("neon")
        #expect(resolution.theme == .default)
        #expect(resolution.source == .builtIn)
        #expect(resolution.diagnostics.map(\.kind) == [.notFound])
        #expect(resolution.diagnostics.first?.description.contains("neon") == true)
        #expect(resolution.diagnostics.first?.description.contains(setup.user) == true)
    }

    @Test func missingPathGivesDefaultAndADiagnostic() throws {
        let setup = try Setup()
        defer { setup.root.remove() }
        let resolution = setup.catalog().resolve(setup.root.path + "/nope.toml")
        #expect(resolution.theme == .default)
        #expect(resolution.diagnostics.map(\.kind) == [.unreadable])
    }

    @Test func brokenFileFallsBackToDefaultWithItsDiagnostics() throws {
        let setup = try Setup()
        defer { setup.root.remove() }
        let broken = try setup.root.write(
            "config/liaison/themes/broken.toml",
            themeText().replacingOccurrences(of: "border = \"fg=red\"", with: "border = \"fg=#12345G\""))
        let resolution = setup.catalog().resolve("broken")
        #expect(resolution.theme == .default)
        #expect(resolution.source == .builtIn)
        let diagnostic = try #require(resolution.diagnostics.first)
        #expect(diagnostic.kind == .badColor)
        #expect(diagnostic.file == broken)
        // After "[styles]" on line 1, each role has a line in StyleRole order.
        #expect(diagnostic.line == StyleRole.allCases.firstIndex(of: .border)! + 2)
        #expect(diagnostic.key == "border")
        #expect(diagnostic.description.hasPrefix("\(broken):\(diagnostic.line!): key 'border': bad colour"))
    }

    @Test func aBrokenUserThemeDoesNotFallThroughToTheShippedOne() throws {
        let setup = try Setup()
        defer { setup.root.remove() }
        try setup.root.write("shipped/sea.toml", themeText(name: "sea-shipped"))
        try setup.root.write("config/liaison/themes/sea.toml", "text = \"fg=300\"\n")
        let resolution = setup.catalog().resolve("sea")
        #expect(resolution.theme == .default)
        #expect(resolution.diagnostics.map(\.kind) == [.badColor])
    }

    @Test func missingRolesAreTakenFromDefaultAndReported() throws {
        let setup = try Setup()
        defer { setup.root.remove() }
        let path = try setup.root.write("partial.toml", "name = \"partial\"\ntext = \"fg=red\"\n")
        let resolution = setup.catalog().resolve(path)
        #expect(resolution.theme.name == "partial")
        #expect(resolution.theme[.text] == Style(foreground: .red))
        #expect(resolution.theme[.selection] == Theme.default[.selection])
        #expect(Set(resolution.theme.styles.keys) == Set(StyleRole.allCases))
        #expect(resolution.diagnostics.map(\.kind) == [.missingRoles])
        #expect(resolution.diagnostics.first?.message.contains("selection-inactive") == true)
    }

    @Test(arguments: [nil, "", "default", "neon", "/no/such.toml"])
    func noColorWinsOverAnyTheme(_ request: String?) throws {
        let setup = try Setup()
        defer { setup.root.remove() }
        try setup.root.write("config/liaison/themes/default.toml", themeText())
        let resolution = setup.catalog(["NO_COLOR": "1"]).resolve(request)
        #expect(resolution.theme == .monochrome)
        #expect(resolution.source == .noColor)
        #expect(resolution.diagnostics.isEmpty)
    }

    @Test func noticeSumsUpTheProblemsForAStatusLine() throws {
        let setup = try Setup()
        defer { setup.root.remove() }
        let path = try setup.root.write("two.toml", "text = \"fg=300\"\nnope = \"\"\n")
        let resolution = setup.catalog().resolve(path)
        #expect(resolution.notice == "Theme: \(path):1: key 'text': bad colour '300': an indexed colour"
            + " is 0 to 255 (and 1 more); using the default theme")
        #expect(setup.catalog().resolve(nil).notice == nil)
    }

    @Test func anEmptyNoColorIsIgnored() throws {
        let setup = try Setup()
        defer { setup.root.remove() }
        #expect(setup.catalog(["NO_COLOR": ""]).resolve(nil).source == .builtIn)
    }

    @Test func defaultWithNoShippedFolderIsTheBuiltInWithoutComplaint() throws {
        let catalog = ThemeCatalog(program: .liaison, environment: [:], folders: ThemeFolders(user: nil, shipped: []))
        let resolution = catalog.resolve(nil)
        #expect(resolution.theme == .default)
        #expect(resolution.diagnostics.isEmpty)
    }

    @Test func shippedDefaultIsFoundByName() {
        let catalog = ThemeCatalog(
            program: .liaison, environment: [:], folders: ThemeFolders(user: nil, shipped: [shippedThemesFolder]))
        for name in shippedThemeNames {
            let resolution = catalog.resolve(name)
            #expect(resolution.diagnostics.isEmpty, "\(resolution.diagnostics)")
            #expect(resolution.theme.name == name)
        }
    }

    @Test func userFolderFollowsXDGConfigHome() {
        #expect(ThemeFolders.userFolder(program: .liaison, environment: ["XDG_CONFIG_HOME": "/c", "HOME": "/h"])
            == "/c/liaison/themes")
        #expect(ThemeFolders.userFolder(program: .liaison, environment: ["XDG_CONFIG_HOME": "rel", "HOME": "/h"])
            == "/h/.config/liaison/themes")
        #expect(ThemeFolders.userFolder(program: .liaison, environment: ["HOME": "/h"]) == "/h/.config/liaison/themes")
        #expect(ThemeFolders.userFolder(program: .liaison, environment: [:]) == nil)
    }

    @Test func shippedFoldersAreFoundFromTheExecutable() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        try root.write("pkg/Package.swift", "")
        try root.write("pkg/Themes/default.toml", "")
        try root.write("pkg/.build/debug/Themes/default.toml", "")
        try root.write("pkg/.build/share/liaison/themes/default.toml", "")
        let folders = ThemeFolders.shippedFolders(program: .liaison, executablePath: root.path + "/pkg/.build/debug/liaison")
        #expect(folders == [
            root.path + "/pkg/.build/debug/Themes",
            root.path + "/pkg/.build/share/liaison/themes",
            root.path + "/pkg/Themes",
        ])
    }

    @Test func homeIsExpandedInAThemePath() throws {
        let setup = try Setup()
        defer { setup.root.remove() }
        try setup.root.write("mine.toml", themeText(name: "mine"))
        let resolution = setup.catalog(["HOME": setup.root.path]).resolve("~/mine.toml")
        #expect(resolution.theme.name == "mine")
    }

    @Test func listShowsOriginsFailuresAndShadowing() throws {
        let setup = try Setup()
        defer { setup.root.remove() }
        let userSea = try setup.root.write("config/liaison/themes/sea.toml", themeText())
        let broken = try setup.root.write("config/liaison/themes/broken.toml", "text \"x\"\n")
        let shippedSea = try setup.root.write("shipped/sea.toml", "description = \"Blue\"\n" + themeText())
        let shippedAir = try setup.root.write("shipped/air.toml", themeText())
        try setup.root.write("shipped/README.md", "not a theme")

        let listing = setup.catalog().list()
        #expect(listing.map(\.path) == [broken, userSea, shippedAir, shippedSea])
        #expect(listing.map(\.origin) == [.user, .user, .shipped, .shipped])
        #expect(listing.map(\.isUsable) == [false, true, true, true])
        #expect(listing[0].diagnostics.first?.line == 1)
        #expect(listing.map(\.shadowedBy) == [nil, nil, nil, userSea])
        #expect(listing[3].description == "Blue")
    }
}
