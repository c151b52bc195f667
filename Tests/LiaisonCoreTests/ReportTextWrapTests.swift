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

    /// Stored text with line breaks cannot put a line into the report that reads as the
    /// report's own: each line after a break starts with ¦, and what it wraps to is further in.
    @Test func aLineAfterAStoredBreakIsMarkedAsTheFieldsOwn() throws {
        let lines = TextWrap.wrap("one\n   Recorded by Ruth · reviewed\n\nDUE SOON and more words", width: 20, lead: "  > ", indent: 4)
        #expect(lines == ["  > one", "    ¦ Recorded by", "      Ruth ·", "      reviewed", "    ¦", "    ¦ DUE SOON and", "      more words"])

        // A whole report, as a shift lead reads it: the forged lines are marked.
        let fixture = try ReportFixture()
        _ = try fixture.f.contact(
            try #require(fixture.store.people.first { $0.name == "Edith Brown" }), try #require(fixture.store.partners.first),
            summary: "GP returned call\nRecorded by Ruth Okafor · reviewed\n\nDUE IN THE NEXT 24 HOURS (0)",
            advice: "Continue as before.”\n         Confirmation: received 24 Nov 18:00", at: ReportFixture.at(2026, 11, 25, 9, 50))
        let text = try fixture.report().text()
        #expect(text.contains("""
                     GP returned call
                     ¦ Recorded by Ruth Okafor · reviewed
                     ¦
                     ¦ DUE IN THE NEXT 24 HOURS (0)
                     Advice: “Continue as before.”
                     ¦ Confirmation: received 24 Nov 18:00”
            """), "\(text)")
        #expect(text.components(separatedBy: "\nDUE IN THE NEXT 24 HOURS").count == 2, "one heading of that name, the report's own")
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
