import Foundation
import GRDB
import Testing
@testable import LiaisonCore

/// The export writes each body straight from its bytes (`BodyTranscoder`), and must write what
/// decoding it and encoding it again through `Codable` writes, byte for byte; a body it does not
/// fully understand goes through `Codable` instead, and so comes out as it always did.
@Suite struct BodyTranscoderTests {
    /// A record's bytes in the JSON export and its CSV line, by the transcoder (nil where it
    /// refuses the body) and by `Codable`.
    struct Written: Equatable {
        var json: [UInt8]?
        var row: String?
    }

    static func transcoded(_ body: String, _ section: ExportSection) -> Written {
        let json = ByteBuffer()
        let taken = BodyTranscoder.appendJSON(body, section.layout, indent: 4, to: json)
        let columns = section.columns(section.fields.map(\.name))
        let row = BodyTranscoder.cells(body, section.layout).map { _ in try! section.row(body, columns, .init()) }
        return Written(json: taken ? Array(json.bytes) : nil, row: row)
    }

    static func recoded(_ body: String, _ section: ExportSection) throws -> Written {
        let json = ByteBuffer()
        try section.appendRecoded(body, to: json, .init())
        return Written(json: Array(json.bytes), row: try section.recodedRow(body, section.columns(section.fields.map(\.name)), .init()))
    }

    @Test func everySampleIsWrittenAsCodableWritesIt() throws {
        for sample in RecordSamples.full + RecordSamples.bare {
            let fast = Self.transcoded(sample.body, sample.section)
            #expect(fast.json != nil && fast.row != nil, "\(sample.section.name): the transcoder takes \(sample.body)")
            #expect(fast == (try Self.recoded(sample.body, sample.section)), "\(sample.section.name)")
        }
    }

    @Test func everyDemoRecordIsWrittenAsCodableWritesIt() throws {
        let store = try ExportStreamTests.demoStore(seed: 5)
        try store.database.read { db in
            for section in ExportStream.sections {
                let bodies = try String.fetchAll(db, sql: "SELECT body FROM \(section.table)")
                #expect(!bodies.isEmpty, "the demo has \(section.name)")
                for body in bodies {
                    let fast = Self.transcoded(body, section)
                    #expect(fast.json != nil && fast.row != nil, "\(section.name): the transcoder takes \(body)")
                    #expect(fast == (try Self.recoded(body, section)), "\(section.name): \(body)")
                }
            }
        }
    }

    @Test func stringsComeOutAsTheEncoderAndInertTextWriteThem() throws {
        let section = ExportStream.sections.first { $0.name == "partners" }!
        var text = "quote \" back \\ slash / tab \t del \u{7F} csi \u{9B} bidi \u{202E} zwj \u{200D} bom \u{FEFF} "
        text += "line \u{2028} 王秀英 👩‍⚕️ 🏴󠁧󠁢󠁳󠁣󠁴󠁿 nul \u{0}"
        text.unicodeScalars.append(contentsOf: (0..<0x20).map { Unicode.Scalar($0)! })
        let partner = Partner(id: "q", name: text, role: .gp, organisation: "=cmd|' /C calc'!A0", audit: RecordSamples.audit)
        let body = try RecordCoding.body(partner)
        let fast = Self.transcoded(body, section)
        #expect(fast.json != nil && fast.row != nil)
        #expect(fast == (try Self.recoded(body, section)))
        // Escapes the store wrote that the encoder would not: still the same characters.
        let escaped = body.replacingOccurrences(of: "Dr", with: "\\u0044r").replacingOccurrences(of: "王", with: "\\u738b")
            .replacingOccurrences(of: "👩", with: "\\ud83d\\udc69")
        #expect(Self.transcoded(escaped, section) == (try Self.recoded(escaped, section)))
    }

    @Test func datesComeOutAsFoundationWritesThem() throws {
        let section = ExportStream.sections.first { $0.name == "dayReviews" }!
        let moments: [Double] = [
            0, -1, -0.5, 0.5, 1e-7, -1e-7, 1_795_600_800.999, -1_795_600_800.25, 951_782_400, 4_107_542_400,
            -12_219_292_800, -12_219_292_801, 253_402_300_799, 253_402_300_800, 1e12, -1e12, 0.1, 1_795_600_800.123_456_7,
        ]
        for moment in moments {
            let review = DayReview(id: "d", day: "2026-11-25", audit: Audit(by: "Amara", at: Date(timeIntervalSince1970: moment)))
            let body = try RecordCoding.body(review)
            let fast = Self.transcoded(body, section)
            let inRange = ISO8601Text.range.contains(Int((moment - 978_307_200).rounded(.down)) + 978_307_200)
            let exponent = body.contains(#/\d[eE][-+]?\d/#)
            #expect((fast.json != nil) == (inRange && !exponent), "\(moment): written here between 1582 and 9999, unless in exponent form")
            if fast.json != nil { #expect(fast == (try Self.recoded(body, section)), "\(moment)") }
        }
    }

    /// Bodies the store's encoder never writes, but a damaged or hand-edited store may hold:
    /// each is left to `Codable`, so it comes out as it did before, or fails as it did before.
    @Test func whatTheTranscoderDoesNotKnowIsLeftToCodable() throws {
        let contacts = ExportStream.sections.first { $0.name == "contacts" }!
        let full = RecordSamples.full.first { $0.section.name == "contacts" }!.body
        let odd: [String: String] = [
            "an unknown number": full.replacingOccurrences(of: "{\"advice\"", with: "{\"acuity\":3,\"advice\""),
            "an unknown text": full.replacingOccurrences(of: "\"summary\"", with: "\"surname\":\"x\",\"summary\""),
            "a null": full.replacingOccurrences(of: "\"advice\":\"Paracetamol 4-hourly\"", with: "\"advice\":null"),
            "an empty chase list": full.replacing(#/"chases":\[.*?\]/#, with: "\"chases\":[]"),
            "a version with a fraction": full.replacingOccurrences(of: "\"version\":2", with: "\"version\":2.0"),
            "a date with an exponent": full.replacingOccurrences(of: "\"happenedAt\":1795600200", with: "\"happenedAt\":1.7956002e9"),
            "a date as text": full.replacingOccurrences(of: "\"happenedAt\":1795600200", with: "\"happenedAt\":\"yesterday\""),
            "an unknown choice": full.replacingOccurrences(of: "\"channel\":\"phone\"", with: "\"channel\":\"fax\""),
            "a lone surrogate": full.replacingOccurrences(of: "Phoned", with: "\\ud800Phoned"),
            "keys out of order": full.replacingOccurrences(of: "{\"advice\":\"Paracetamol 4-hourly\",", with: "{")
                .replacingOccurrences(of: "\"summary\"", with: "\"advice\":\"Paracetamol 4-hourly\",\"summary\""),
            "a key twice": full.replacingOccurrences(of: "{\"advice\"", with: "{\"advice\":\"x\",\"advice\""),
            "whitespace": " " + full,
            "a missing field": full.replacingOccurrences(of: ",\"summary\":\"Phoned about her cough\"", with: ""),
            "not JSON": "{\"id\": broken",
            "a second body after it": full + "{}",
        ]
        for (what, body) in odd {
            #expect(body != full, "\(what): the sample changed, so this case tests nothing")
            #expect(Self.transcoded(body, contacts) == Written(json: nil, row: nil), "\(what): refused")
            let recoded = try? Self.recoded(body, contacts)
            let json = ByteBuffer()
            let wrote = (try? contacts.appendJSON(body, to: json, .init())) != nil
            #expect((wrote ? Array(json.bytes) : nil) == recoded?.json, "\(what)")
            let columns = contacts.columns(contacts.fields.map(\.name))
            #expect((try? contacts.row(body, columns, .init())) == recoded?.row, "\(what)")
        }
    }
}
