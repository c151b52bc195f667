import Testing
@testable import TerminalUI

@Suite struct ThemeTests {
    @Test func monochromeDefinesEveryRoleWithoutColour() {
        for role in StyleRole.allCases {
            let style = Theme.monochrome.styles[role]
            #expect(style != nil, "mono theme lacks \(role)")
            #expect(style?.foreground == .terminalDefault)
            #expect(style?.background == .terminalDefault)
        }
    }
}
