import CSV
import Foundation
import PropertyBased
import Testing
@testable import LiaisonCore
@testable import TerminalUI

/// Output writers and text measures, under any text.
@Suite struct TextFuzzTests {
    /// Whatever is stored, nothing active reaches a reader, and what is shown says as much as
    /// the original (every active character has a visible stand-in).
    @Test func inertTextLeavesNothingActive() async {
        await fuzzCheck(input: FuzzInputs.text) { text in
            let line = InertText.visible(text)
            #expect(!line.unicodeScalars.contains(where: InertText.isActive))
            let lines = InertText.visible(text, keepingLineBreaks: true)
            #expect(!lines.unicodeScalars.contains { InertText.isActive($0) && $0 != "\n" && $0 != "\r" })
            let json = String(decoding: try JSONEncoder().encode([text]), as: UTF8.self)
            let escaped = InertText.escapingJSON(json)
            #expect(!escaped.unicodeScalars.contains(where: InertText.isActive))
            #expect(try JSONDecoder().decode([String].self, from: Data(escaped.utf8)) == [text])
        }
    }

    /// The CSV writer, read back by an independent RFC 4180 reader (yaslab/CSV.swift): the same
    /// rows and columns, each cell the neutralised text, and no cell a spreadsheet would run.
    @Test func csvReadsBackCellForCellAndNoCellIsAFormula() async {
        await fuzzCheck(input: FuzzInputs.text.array(of: 1...5).array(of: 1...5)) { rows in
            let width = rows.map(\.count).max()!
            let table = rows.map { $0 + Array(repeating: "", count: width - $0.count) }
            let csv = RFC4180.table(table)
            let reader = try CSVReader(string: csv, hasHeaderRow: false, trimFields: false)
            var read: [[String]] = []
            while let row = reader.next() { read.append(row) }
            #expect(reader.error == nil)
            #expect(read == table.map { $0.map(SpreadsheetCell.neutralised) }, "\(csv.debugDescription)")
            for cell in read.joined() {
                #expect(!(cell.unicodeScalars.first.map { SpreadsheetCell.triggers.contains($0) } ?? false))
                #expect(!cell.unicodeScalars.contains { InertText.isActive($0) && $0 != "\n" && $0 != "\r" })
            }
        }
    }

    /// Clipping to any width never passes it nor cuts a character in half, and padding fills it exactly.
    @Test func clippingNeverPassesTheWidth() async {
        await fuzzCheck(input: FuzzInputs.text, Gen.int(in: 0...40)) { text, width in
            let clipped = text.clipped(toWidth: width)
            #expect(clipped.displayWidth <= width)
            let kept = clipped.hasSuffix("…") && clipped != text ? String(clipped.dropLast()) : clipped
            #expect(text.hasPrefix(kept))
            if width > 0 { #expect(text.padded(toWidth: width).displayWidth == width) }
            var grid = CellGrid(size: Size(width: max(width, 1), height: 1))
            grid.write(text, x: 0, y: 0, width: width)
            #expect(grid.dump().split(separator: "\n", omittingEmptySubsequences: false).first.map { $0.displayWidth <= max(width, 1) } ?? true)
        }
    }

    /// The text report's wrapping fits every line in its width, whatever the words.
    @Test func reportWrappingFitsEveryLine() async {
        await fuzzCheck(input: FuzzInputs.text, Gen.int(in: 12...100)) { text, width in
            let safe = InertText.visible(text, keepingLineBreaks: true)
            for line in TextWrap.wrap(safe, width: width, lead: "  ", indent: 4) {
                #expect(line.displayWidth <= width, "\(line.debugDescription)")
            }
        }
    }
}
