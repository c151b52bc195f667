import Foundation
import Testing
import DisplayWidth
@testable import LiaisonCore

/// The text format stays inside its width whatever the names and advice hold.
@Suite struct ReportTextWrapTests {
    @Test func wrapsAtWordsWithAHangingIndent() {
        let lines = TextWrap.wrap("one two three four", width: 12, lead: "  - ", indent: 4)
        #expect(lines == ["  - one two", "    three", "    four"])
    }

    @Test func wideCharactersCountTwoColumns() {
        let lines = TextWrap.wrap("王秀英王秀英", width: 8, lead: "", indent: 0)
        #expect(lines == ["王秀英王", "秀英"])
    }

    @Test func factsBreakBetweenFactsNeverInsideOne() {
        let lines = TextWrap.wrapFacts(["Edith Brown", "Dr Patel, GP", "phone, incoming"], width: 30, lead: "  ", indent: 4)
        #expect(lines == ["  Edith Brown · Dr Patel, GP", "    phone, incoming"])
        let long = TextWrap.wrapFacts(["a", "one two three four five"], width: 12, lead: "", indent: 2)
        #expect(long == ["a", "  one two", "  three four", "  five"])
    }

    @Test func aWordLongerThanALineIsCut() {
        let lines = TextWrap.wrap("abcdefghij", width: 6, lead: "> ", indent: 2)
        #expect(lines == ["> abcd", "  efgh", "  ij"])
    }

    @Test func noLineOfAFullReportPassesEightyColumns() throws {
        let fixture = try ReportFixture()
        let person = try fixture.f.person("王秀英 Wáng Xiùyīng-Fitzgerald-Montgomery-Smythe", basis: .consent)
        let partner = try fixture.f.partner("Dr Bartholomew Featherstonehaugh-Cholmondeley", role: .clinicalPsychologist)
        _ = try fixture.f.contact(
            person, partner, summary: String(repeating: "長い要約 ", count: 30),
            advice: "https://example.org/a/very/long/address/that/has/no/spaces/anywhere/in/it/at/all/whatsoever",
            confirmation: .requested, at: ReportFixture.at(2026, 11, 25, 9, 50))
        let text = try fixture.report().text()
        #expect(text.contains("王秀英"))
        let widest = text.split(separator: "\n").map { $0.displayWidth }.max() ?? 0
        #expect(widest <= 80)
        #expect(widest > 70)
        #expect(try fixture.report().text(width: 50).split(separator: "\n").allSatisfy { $0.displayWidth <= 50 })
    }
}
