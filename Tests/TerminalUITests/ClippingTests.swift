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

    /// Printable ASCII is cut by bytes; the result is the one a character-by-character cut gives.
    @Test func asciiIsCutAsCharacterByCharacterCuttingWould() {
        func byCharacters(_ text: String, _ width: Int, _ ellipsis: String) -> String {
            guard width > 0 else { return "" }
            if text.count <= width { return text }
            let budget = ellipsis.count <= width ? width - ellipsis.count : width
            return String(text.prefix(budget)) + (ellipsis.count <= width ? ellipsis : "")
        }
        let text = "Dr Anil Patel, GP: keep the heel off the mattress"
        for width in 0...(text.count + 2) {
            for ellipsis in ["…", "", "..."] {
                #expect(text.clipped(toWidth: width, ellipsis: ellipsis) == byCharacters(text, width, ellipsis), "width \(width), ellipsis \(ellipsis)")
                #expect(text.dropFirst(3).clipped(toWidth: width, ellipsis: ellipsis) == byCharacters(String(text.dropFirst(3)), width, ellipsis))
            }
        }
    }
}
