import Foundation
import PropertyBased
import Testing
@testable import LiaisonCore

/// The export writes bodies straight from their bytes (`BodyTranscoder`); whatever a record
/// holds, and whatever a damaged store holds in its place, the bytes are those `Codable` writes.
@Suite struct ExportFuzzTests {
    static let sections = Dictionary(uniqueKeysWithValues: ExportStream.sections.map { ($0.name, $0) })

    /// The record's JSON and CSV line as the export writes them, or nil where it fails, and
    /// whether the transcoder took the body.
    static func written(_ body: String, _ section: ExportSection, recoded: Bool) -> (json: [UInt8]?, row: String?, transcoded: Bool) {
        let json = ByteBuffer()
        let columns = section.columns(section.fields.map(\.name))
        if recoded {
            let wrote = (try? section.appendRecoded(body, to: json, .init())) != nil
            return (wrote ? Array(json.bytes) : nil, try? section.recodedRow(body, columns, .init()), false)
        }
        let wrote = (try? section.appendJSON(body, to: json, .init())) != nil
        let transcoded = BodyTranscoder.appendJSON(body, section.layout, indent: 4, to: ByteBuffer())
            && BodyTranscoder.cells(body, section.layout) != nil
        return (wrote ? Array(json.bytes) : nil, try? section.row(body, columns, .init()), transcoded)
    }

    /// Records of hostile text and odd dates: the transcoder takes each (unless a date is out of
    /// its range, or a number is in a form it leaves to Foundation) and writes `Codable`'s bytes.
    @Test func anyRecordIsWrittenAsCodableWritesIt() async {
        let input = zip(Gen.int(in: 0...Int.max), FuzzInputs.text.array(of: 1...60))
        await fuzzCheck(input: input) { seed, texts in
            var records = RandomRecords(seed: seed, texts: texts)
            for (name, record) in records.all() {
                let section = Self.sections[name]!
                let body = try RecordCoding.body(record)
                let fast = Self.written(body, section, recoded: false)
                let slow = Self.written(body, section, recoded: true)
                #expect(fast.transcoded || records.awkward, "\(name): the transcoder took \(body)")
                #expect(fast.json != nil && fast.json == slow.json, "\(name): \(body)")
                #expect(fast.row != nil && fast.row == slow.row, "\(name): \(body)")
            }
        }
    }

    /// A body changed at random, as a damaged store or a hand edit might hold it: written as
    /// `Codable` writes it, or refused as `Codable` refuses it.
    @Test func aDamagedBodyIsWrittenOrRefusedAsCodableDoes() async {
        let pieces = [",", "\"", "\\", "\\u", "\\ud800", "\\udc00", "\\u0041", "null", "1", "-", ".", "e5", "0", "{", "}", "[", "]",
                      ":", " ", "\\/", "\u{7F}", "\u{0}", "true", "\"x\":1,", "\"zz\":\"y\",", "\u{202E}", "é"]
        let input = zip(Gen.int(in: 0...Int.max), FuzzInputs.text.array(of: 1...20), Gen.int(in: 0...Int.max).array(of: 1...3))
        await fuzzCheck(input: input) { seed, texts, edits in
            var records = RandomRecords(seed: seed, texts: texts)
            for (name, record) in records.all() {
                var body = Array(try RecordCoding.body(record).unicodeScalars)
                for edit in edits {
                    let at = edit % (body.count + 1)
                    switch edit / 7 % 3 {
                    case 0 where at < body.count: body.remove(at: at)
                    case 1: body.insert(contentsOf: pieces[edit / 21 % pieces.count].unicodeScalars, at: at)
                    default: body.insert(contentsOf: body[at..<min(body.count, at + edit / 21 % 12)], at: at)
                    }
                }
                let text = String(String.UnicodeScalarView(body))
                let section = Self.sections[name]!
                let fast = Self.written(text, section, recoded: false)
                let slow = Self.written(text, section, recoded: true)
                #expect(fast.json == slow.json && fast.row == slow.row, "\(name): \(text)")
            }
        }
    }
}
