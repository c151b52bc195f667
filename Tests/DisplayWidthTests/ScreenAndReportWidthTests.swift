import Testing
@testable import LiaisonCore
import TerminalUI

/// The screen and the printed handover count columns the same way, so a name that fits a column
/// on the dashboard fits the same column in a report (they once disagreed: 👩‍⚕️ was 2 on screen, 3 in print).
@Suite struct ScreenAndReportWidthTests {
    /// Text the two used to disagree on, with the columns a terminal gives it (one word each, so
    /// the report's wrapping can only break between the two copies).
    static let samples: [(text: String, columns: Int)] = [
        ("👩‍⚕️", 2),               // ZWJ sequence: woman, ZWJ, staff of Aesculapius, VS16
        ("👩‍⚕️Okafor", 8),
        ("王秀英", 6),              // CJK
        ("Zoe\u{308}", 3),         // e + combining diaeresis
        ("Jose\u{301}Nuñez", 9),   // a combining accent and a precomposed one
        ("🇬🇧", 2),                 // a flag: two regional indicators
        ("❤️", 2),                  // text-default heart asking for emoji presentation (VS16)
        ("⚕", 1),                  // the same symbol without it
        ("👍🏽", 2),                 // skin-tone modifier
    ]

    @Test(arguments: samples.indices)
    func screenAndReportGiveOneWidth(_ index: Int) {
        let (text, columns) = Self.samples[index]
        var grid = CellGrid(size: Size(width: 40, height: 1))
        let onScreen = grid.write(text, x: 0, y: 0, ellipsis: "")
        #expect(onScreen == columns, "screen: \(text)")
        // The report's wrapping puts two copies on one line exactly when the screen's count says they fit.
        let pair = "\(text) \(text)"
        #expect(TextWrap.wrap(pair, width: 2 * onScreen + 1, lead: "", indent: 0) == [pair], "report: \(text)")
        #expect(TextWrap.wrap(pair, width: 2 * onScreen, lead: "", indent: 0) == [text, text], "report: \(text)")
    }
}
