import Testing
@testable import TerminalUI

@Suite struct ClippingTests {
    @Test func textThatFitsIsUnchanged() {
        #expect("Zoë".clipped(toWidth: 3) == "Zoë")
    }

    @Test func cutTextEndsInAnEllipsisWithinTheWidth() {
        #expect("Ångström".clipped(toWidth: 5) == "Ångs…")
        #expect("Ångström".clipped(toWidth: 5).displayWidth == 5)
        #expect("abc".clipped(toWidth: 1) == "…")
        #expect("abc".clipped(toWidth: 0) == "")
    }

    @Test func wideCharacterIsNeverHalved() {
        // 王秀 would need 4 columns plus the ellipsis: only 王 fits before it, one column is left.
        #expect("王秀英".clipped(toWidth: 4) == "王…")
        #expect("王秀英".clipped(toWidth: 4).displayWidth == 3)
        #expect("👩‍⚕️ Dr".clipped(toWidth: 2) == "…")
    }

    @Test func clusterIsKeptWhole() {
        #expect("e\u{301}e\u{301}e\u{301}".clipped(toWidth: 2) == "e\u{301}…")
    }

    @Test func paddingFillsToTheExactWidth() {
        #expect("王秀英".padded(toWidth: 5) == "王秀…")
        #expect("王秀英".padded(toWidth: 4) == "王… ")
        #expect("ab".padded(toWidth: 4) == "ab  ")
    }
}
