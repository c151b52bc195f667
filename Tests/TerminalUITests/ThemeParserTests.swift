import Testing
@testable import TerminalUI

@Suite struct ThemeParserTests {
    private func parse(_ text: String) throws(ThemeFileError) -> ThemeFile {
        try ThemeParser(file: "/t/x.toml", fallbackName: "x").parse(text)
    }

    /// The only diagnostic of a file that must fail, or a recorded issue.
    private func failure(_ text: String) -> ThemeDiagnostic? {
        do {
            _ = try parse(text)
            Issue.record("parsed a file that should fail:\n\(text)")
            return nil
        } catch {
            #expect(error.diagnostics.count == 1, "\(error)")
            return error.diagnostics.first
        }
    }

    @Test func readsColoursAttributesAndMetadata() throws {
        let file = try parse("""
            # a comment
            name = "sea"   # trailing comment
            description = "Blue # not a comment"
            [styles]
            text = "fg=#1E88e5 bg=  bold underline"
            muted = "fg=245 bg=bright-black dim"
            alert = "bg=red reverse"
            ok = ""
            """)
        #expect(file.theme.name == "sea")
        #expect(file.description == "Blue # not a comment")
        #expect(file.theme.styles[.text] == Style(
            foreground: .rgb(0x1E, 0x88, 0xE5), background: .terminalDefault,
            attributes: [.bold, .underline]))
        #expect(file.theme.styles[.muted] == Style(
            foreground: .indexed(245), background: .brightBlack, attributes: .dim))
        #expect(file.theme.styles[.alert] == Style(background: .red, attributes: .reverse))
        #expect(file.theme.styles[.ok] == .plain)
        #expect(file.missingRoles.count == StyleRole.allCases.count - 4)
    }

    @Test func nameDefaultsToTheFileName() throws {
        #expect(try parse(themeText()).theme.name == "x")
        #expect(try parse(themeText()).missingRoles.isEmpty)
    }

    @Test func windowsLineEndsKeepLineNumbers() {
        let diagnostic = failure("name = \"a\"\r\n\r\ntext = \"fg=nope\"\r\n")
        #expect(diagnostic?.line == 3)
        #expect(diagnostic?.kind == .badColor)
    }

    @Test func unknownKeyNamesFileLineAndKey() {
        let diagnostic = failure("name = \"a\"\n[styles]\ntext = \"\"\nsparkle = \"bold\"\n")
        #expect(diagnostic?.kind == .unknownKey)
        #expect(diagnostic?.file == "/t/x.toml")
        #expect(diagnostic?.line == 4)
        #expect(diagnostic?.key == "sparkle")
        #expect(diagnostic?.description.hasPrefix("/t/x.toml:4: key 'sparkle': unknown key") == true)
    }

    @Test func camelCaseRoleNameSuggestsKebabCase() {
        let diagnostic = failure("titleFocused = \"bold\"")
        #expect(diagnostic?.kind == .unknownKey)
        #expect(diagnostic?.message.contains("'title-focused'") == true)
    }

    @Test func unknownSectionAndMisplacedKeysAreUnknownKeys() {
        #expect(failure("[colours]\ntext = \"\"")?.kind == .unknownKey)
        #expect(failure("[theme]\ntext = \"\"")?.key == "text")
        #expect(failure("[styles]\nname = \"x\"")?.key == "name")
    }

    @Test(arguments: ["#12345G", "#12345", "#1234567", "300", "256", "-1", "purple", "1.5"])
    func badColourNamesFileLineAndKey(_ colour: String) {
        let diagnostic = failure("\n[styles]\nborder = \"fg=\(colour)\"")
        #expect(diagnostic?.kind == .badColor)
        #expect(diagnostic?.line == 3)
        #expect(diagnostic?.key == "border")
        #expect(diagnostic?.message.contains(colour) == true)
    }

    @Test func boundaryColoursAreAccepted() throws {
        let file = try parse("text = \"fg=0 bg=255\"\nmuted = \"fg=#000000 bg=#FFFFFF\"")
        #expect(file.theme.styles[.text] == Style(foreground: .indexed(0), background: .indexed(255)))
        #expect(file.theme.styles[.muted] == Style(foreground: .rgb(0, 0, 0), background: .rgb(255, 255, 255)))
    }

    @Test(arguments: ["blink", "fg", "colour=red", "fg=red fg=blue"])
    func badStyleWordsAreReported(_ value: String) {
        let diagnostic = failure("header = \"\(value)\"")
        #expect(diagnostic?.kind == .badAttribute)
        #expect(diagnostic?.key == "header")
        #expect(diagnostic?.line == 1)
    }

    @Test func missingEqualsIsASyntaxErrorNamingTheKey() {
        let diagnostic = failure("name = \"a\"\ntext \"fg=red\"")
        #expect(diagnostic?.kind == .syntax)
        #expect(diagnostic?.line == 2)
        #expect(diagnostic?.key == "text")
        #expect(diagnostic?.description.hasPrefix("/t/x.toml:2: key 'text': ") == true)
    }

    @Test func unterminatedQuoteIsASyntaxErrorNamingTheKey() {
        let diagnostic = failure("[styles]\nfooter = \"fg=red bold\n")
        #expect(diagnostic?.kind == .syntax)
        #expect(diagnostic?.line == 2)
        #expect(diagnostic?.key == "footer")
        #expect(diagnostic?.message.contains("unterminated") == true)
    }

    @Test(arguments: ["text = red", "text =", "text = \"red\" bold", "[styles", "= \"red\"", "te xt = \"\""])
    func otherMalformedLinesAreSyntaxErrors(_ line: String) {
        let diagnostic = failure("# first\n" + line)
        #expect(diagnostic?.kind == .syntax)
        #expect(diagnostic?.line == 2)
    }

    @Test func duplicateKeyPointsAtTheFirst() {
        let diagnostic = failure("text = \"\"\n\ntext = \"bold\"")
        #expect(diagnostic?.kind == .duplicateKey)
        #expect(diagnostic?.line == 3)
        #expect(diagnostic?.message.contains("line 1") == true)
    }

    @Test func aKeyAtTheTopAndUnderItsSectionIsADuplicate() {
        let diagnostic = failure("text = \"\"\n[styles]\ntext = \"bold\"")
        #expect(diagnostic?.kind == .duplicateKey)
        #expect(diagnostic?.line == 3)
    }

    @Test func everyProblemInAFileIsReportedAtOnce() {
        do {
            _ = try parse("text = \"fg=#zzzzzz\"\nnope = \"\"\nmuted \"dim\"")
            Issue.record("parsed a broken file")
        } catch {
            // Syntax is checked before meaning, as a compiler does.
            #expect(error.diagnostics.map(\.line) == [3])
        }
        do {
            _ = try parse("text = \"fg=#zzzzzz\"\nnope = \"\"\n")
            Issue.record("parsed a broken file")
        } catch {
            #expect(error.diagnostics.map(\.line) == [1, 2])
            #expect(error.diagnostics.map(\.kind) == [.badColor, .unknownKey])
        }
    }

    @Test func aSectionOpenedTwiceIsReported() {
        let diagnostic = failure("[styles]\ntext = \"\"\n[styles]\nmuted = \"dim\"")
        #expect(diagnostic?.kind == .duplicateKey)
        #expect(diagnostic?.line == 3)
        #expect(diagnostic?.key == "[styles]")
    }

    @Test func aByteOrderMarkAndCapitalsAreAccepted() throws {
        let file = try parse("\u{FEFF}text = \"FG=Bright-Red BOLD bg=#ABCDEF\"")
        #expect(file.theme.styles[.text] == Style(
            foreground: .brightRed, background: .rgb(0xAB, 0xCD, 0xEF), attributes: .bold))
    }

    @Test func escapedQuotesInValues() throws {
        #expect(try parse(#"description = "say \"hi\" \\ bye""#).description == #"say "hi" \ bye"#)
    }

    @Test func roleKeysRoundTrip() {
        for role in StyleRole.allCases {
            #expect(StyleRole(themeKey: role.themeKey) == role)
            #expect(role.themeKey == role.themeKey.lowercased())
        }
        #expect(StyleRole.selectionInactive.themeKey == "selection-inactive")
    }
}
