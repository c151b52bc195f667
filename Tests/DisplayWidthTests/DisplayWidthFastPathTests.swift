import Testing
@testable import DisplayWidth

/// The shortcuts that keep a frame cheap give the same widths as the general measure.
@Suite struct DisplayWidthFastPathTests {
    @Test func everyScalarAnsweredWithoutLookUpsIsOneColumnByTheGeneralMeasure() {
        var checked = 0
        for range in Character.plainNarrowRanges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let measured = Character.measuredWidth(String(scalar).unicodeScalars, scalar)
                #expect(measured == 1, "U+\(String(value, radix: 16, uppercase: true)) measures \(measured)")
                #expect(Character(scalar).displayWidth == measured)
                checked += 1
            }
        }
        #expect(checked == Character.plainNarrowRanges.map(\.count).reduce(0, +))  // none is a surrogate
    }

    @Test func asciiTextIsMeasuredWithoutClustersAndAgreesWithThem() {
        let samples = ["", "Okafor", "Room 4 · GP", "tab\there", "line\r\nbreak", "bell\u{7}", "del\u{7F}", String(repeating: "x", count: 300)]
        for text in samples where text.utf8.allSatisfy({ $0 < 0x80 }) {
            #expect(text.asciiWidth == text.reduce(0) { $0 + $1.displayWidth }, "\(text.debugDescription)")
            #expect(text.displayWidth == text.asciiWidth)
        }
        #expect("Zoë".asciiWidth == nil)
        #expect("王".asciiWidth == nil)
        #expect("Zoë".displayWidth == 3)
    }

    @Test func aCharacterOfSeveralScalarsNeverTakesTheShortcut() {
        // "e" and a combining diaeresis; a box-drawing line followed by a variation selector.
        #expect(Character("e\u{308}").displayWidth == 1)
        #expect(Character("\u{2500}\u{FE0F}").displayWidth == Character.measuredWidth("\u{2500}\u{FE0F}".unicodeScalars, "\u{2500}"))
    }
}
