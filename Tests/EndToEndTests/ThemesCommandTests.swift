import Foundation
import LiaisonTestSupport
import Testing

@Suite(.endToEnd, .tags(.endToEnd)) struct ThemesCommandTests {
    static let shippedNames = ["ansi16", "default", "high-contrast", "light", "mono"]

    /// A private config folder, so the user's own themes and NO_COLOR never leak into a test.
    private struct Config {
        let root: URL
        var themes: URL { root.appendingPathComponent("liaison/themes") }

        init() throws {
            root = FileManager.default.temporaryDirectory
                .appendingPathComponent("liaison-themes-e2e-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
        }

        @discardableResult
        func write(_ name: String, _ text: String) throws -> String {
            let file = themes.appendingPathComponent(name)
            try text.write(to: file, atomically: true, encoding: .utf8)
            return file.path
        }

        func remove() { try? FileManager.default.removeItem(at: root) }

        /// Runs `liaison` with this config folder as its XDG_CONFIG_HOME.
        func liaison(_ arguments: [String], noColor: String = "") async throws -> LiaisonProcess.Result {
            try await LiaisonProcess.run(arguments, environment: ["XDG_CONFIG_HOME": root.path, "NO_COLOR": noColor])
        }
    }

    /// The listing line of the theme at `path`, if there is one.
    private func line(for path: String, in output: String) -> Substring? {
        output.split(separator: "\n").first { $0.contains(" " + path) }
    }

    @Test func listsTheFiveShippedThemesWithTheirPaths() async throws {
        let config = try Config()
        defer { config.remove() }
        let result = try await config.liaison(["themes"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(config.themes.path), "the user folder is shown")
        for name in Self.shippedNames {
            let entry = result.stdout.split(separator: "\n").first { $0.hasPrefix(name + " ") }
            let line = try #require(entry, "\(name) not listed:\n\(result.stdout)")
            // NAME, origin, then the path to the end of the line (it may hold spaces).
            let afterOrigin = try #require(line.range(of: " shipped "), "\(line)").upperBound
            let path = String(line[afterOrigin...]).trimmingCharacters(in: .whitespaces)
            #expect(path.hasSuffix("/Themes/\(name).toml"))
            #expect(FileManager.default.fileExists(atPath: path), "\(path) is not a file")
        }
        #expect(!result.stdout.contains("FAILS"))
    }

    @Test func showsUserThemesShadowingAndFailures() async throws {
        let config = try Config()
        defer { config.remove() }
        let mine = try config.write("default.toml", "name = \"mine\"\n")
        let broken = try config.write("broken.toml", "[styles]\ntext = \"fg=#12345G\"\n")
        let result = try await config.liaison(["themes"])
        #expect(result.status == 0, "a broken theme is reported, not fatal")

        let mineLine = try #require(line(for: mine, in: result.stdout), "\(result.stdout)")
        #expect(mineLine.hasPrefix("default ") && mineLine.contains(" user "))
        let shippedDefault = result.stdout.split(separator: "\n")
            .first { $0.hasPrefix("default ") && $0.contains(" shipped ") }
        #expect(shippedDefault?.contains("(hidden by \(mine))") == true, "\(result.stdout)")
        #expect(result.stdout.contains("\(mine): sets no style for"))

        #expect(line(for: broken, in: result.stdout)?.hasPrefix("broken ") == true)
        #expect(result.stdout.contains("FAILS"))
        #expect(result.stdout.contains("\(broken):2: key 'text': bad colour '#12345G'"), "\(result.stdout)")
    }

    @Test func checkReportsABrokenThemeFileAndExitsNonZero() async throws {
        let config = try Config()
        defer { config.remove() }
        let broken = try config.write("typo.toml", "[styles]\n\nborder \"bold\"\n")
        let result = try await config.liaison(["themes", "--check", broken])
        #expect(result.status == 1)
        #expect(result.stdout.contains("built-in default theme"))
        #expect(result.stdout.contains("\(broken):3: key 'border': expected 'key = \"value\"'"), "\(result.stdout)")
    }

    @Test func checkHonoursNoColor() async throws {
        let config = try Config()
        defer { config.remove() }
        let result = try await config.liaison(["themes", "--check", "light"], noColor: "1")
        #expect(result.status == 0)
        #expect(result.stdout.contains("NO_COLOR"))
    }
}

/// A binary copied on its own, with no Themes folder anywhere near it, still has every theme.
@Suite(.endToEnd, .tags(.endToEnd)) struct CopiedBinaryThemesTests {
    @Test func aBinaryCopiedAloneListsTheFiveShippedThemes() async throws {
        let scratch = try ScratchFolder()
        let lone = scratch.path("bin/liaison")
        try FileManager.default.createDirectory(atPath: scratch.path("bin"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: LiaisonProcess.binary.path, toPath: lone)
        let result = try await LiaisonProcess.run(["themes"], home: scratch.home, executable: lone)
        #expect(result.status == 0, "\(result.stderr)")
        for name in ThemesCommandTests.shippedNames {
            #expect(result.stdout.contains("\(name) ") && result.stdout.contains("(built into liaison) \(name).toml"), "\(result.stdout)")
        }
        let check = try await LiaisonProcess.run(
            ["themes", "--check", "high-contrast"], environment: ["NO_COLOR": ""], home: scratch.home, executable: lone)
        #expect(check.status == 0)
        #expect(check.stdout.contains("Using theme 'high-contrast'"), "\(check.stdout)")
    }
}
