import Testing
@testable import TerminalUI

@Suite struct DisplayWidthTests {
    @Test func asciiAndLatinLettersAreOneColumnEach() {
        #expect("Okafor".displayWidth == 6)
        #expect("Zoë Ångström".displayWidth == 12)
    }

    @Test func combiningAccentJoinsItsLetter() {
        let decomposed = "Zoe\u{308}"  // e + combining diaeresis
        #expect(decomposed.count == 3)
        #expect(decomposed.displayWidth == 3)
    }

    @Test func cjkIsTwoColumnsPerCharacter() {
        #expect("王秀英".displayWidth == 6)
        #expect(Character("日").displayWidth == 2)
    }

    @Test func emojiSequencesAreOneWideCharacter() {
        let healthWorker: Character = "👩‍⚕️"
        #expect(healthWorker.unicodeScalars.count == 4)
        #expect(healthWorker.displayWidth == 2)
        #expect("👩‍⚕️ Dr Okafor".displayWidth == 12)
        #expect(Character("🇬🇧").displayWidth == 2)
        #expect(Character("❤️").displayWidth == 2)  // text-default heart with emoji selector
        #expect(Character("⚕").displayWidth == 1)   // the same symbol without it
        #expect(Character("👍🏽").displayWidth == 2)
    }

    @Test func controlsAndLoneMarksTakeNoColumn() {
        #expect(Character("\u{7}").displayWidth == 0)
        #expect(Character("\u{301}").displayWidth == 0)
        #expect(Character("\u{200B}").displayWidth == 0)
    }

    /// A prepended mark (Syriac U+070F, Arabic U+0600) joins the character after it into one
    /// cluster, a space too: the cluster is as wide as that character, as a terminal counts it.
    /// The fuzz tests found "\u{070F}" padded to one column measuring none.
    @Test func aPrependedMarkTakesTheWidthOfWhatFollows() {
        #expect("\u{070F} ".count == 1, "one cluster, which is what made it a case")
        #expect(Character("\u{070F} ").displayWidth == 1)
        #expect(Character("\u{0600}王").displayWidth == 2)
        #expect(Character("\u{070F}").displayWidth == 0)
        #expect("\u{070F}".displayWidth == 0 && "\u{070F}  ".displayWidth == 2)
    }
}
