import Foundation
import Testing
@testable import TerminalUI

/// The themes shipped in `Themes/`, and the two compiled in.
@Suite struct ThemeTests {
    private func shipped(_ name: String) throws -> ThemeFile {
        try ThemeLoader.load(path: shippedThemesFolder + "/\(name).toml").get()
    }

    @Test func monochromeDefinesEveryRoleWithoutColour() {
        for role in StyleRole.allCases {
            let style = Theme.monochrome.styles[role]
            #expect(style != nil, "mono theme lacks \(role)")
            #expect(style?.foreground == .terminalDefault)
            #expect(style?.background == .terminalDefault)
        }
    }

    @Test func builtInDefaultDefinesEveryRole() {
        #expect(Set(Theme.default.styles.keys) == Set(StyleRole.allCases))
    }

    @Test func theShippedFolderHoldsExactlyTheShippedThemes() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: shippedThemesFolder)
            .filter { $0.hasSuffix(".toml") }.sorted()
        #expect(files == shippedThemeNames.map { $0 + ".toml" })
    }

    @Test(arguments: shippedThemeNames)
    func shippedThemeParsesAndDefinesEveryRole(_ name: String) throws {
        let file = try shipped(name)
        #expect(file.missingRoles.isEmpty, "\(name) leaves out \(file.missingRoles)")
        #expect(Set(file.theme.styles.keys) == Set(StyleRole.allCases))
        #expect(file.theme.name == name)
        #expect(!file.description.isEmpty)
    }

    @Test func builtInDefaultEqualsDefaultToml() throws {
        let file = try shipped("default")
        for role in StyleRole.allCases {
            #expect(file.theme[role] == Theme.default[role], "\(role.themeKey) differs")
        }
        #expect(file.theme == Theme.default)
    }

    @Test func monoTomlEqualsTheMonochromeTheme() throws {
        #expect(try shipped("mono").theme == Theme.monochrome)
    }

    @Test func ansi16UsesOnlyThePalettesOwnSixteenColours() throws {
        let theme = try shipped("ansi16").theme
        for (role, style) in theme.styles {
            for color in [style.foreground, style.background] {
                switch color {
                case .terminalDefault: break
                case .indexed(let index): #expect(index < 16, "\(role.themeKey) uses colour \(index)")
                case .rgb: Issue.record("\(role.themeKey) uses a 24-bit colour")
                }
            }
        }
    }

    /// A selected row must differ from ordinary text even on a terminal that shows no colour
    /// difference, so every shipped theme marks it with a background or an attribute.
    @Test(arguments: shippedThemeNames)
    func selectionStandsOutFromText(_ name: String) throws {
        let theme = try shipped(name).theme
        #expect(theme[.selection] != theme[.text])
        #expect(theme[.selection] != theme[.selectionInactive])
    }

    /// The light theme's selection must read on a light background: a light fill behind dark
    /// text (WCAG contrast of at least 4.5:1), never the terminal's default foreground.
    @Test func lightSelectionIsDarkTextOnALightFill() throws {
        let theme = try shipped("light").theme
        for role in [StyleRole.selection, .selectionInactive, .inputFocused, .footer] {
            let style = theme[role]
            guard case let .rgb(fr, fg, fb) = style.foreground, case let .rgb(br, bg, bb) = style.background else {
                Issue.record("\(role.themeKey) should give both colours as #RRGGBB")
                continue
            }
            let text = Self.luminance(fr, fg, fb), fill = Self.luminance(br, bg, bb)
            #expect(fill > 0.5, "\(role.themeKey) fill is not light")
            #expect((fill + 0.05) / (text + 0.05) >= 4.5, "\(role.themeKey) contrast too low")
        }
    }

    /// Relative luminance as WCAG 2 defines it.
    private static func luminance(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> Double {
        func channel(_ value: UInt8) -> Double {
            let c = Double(value) / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
    }
}
