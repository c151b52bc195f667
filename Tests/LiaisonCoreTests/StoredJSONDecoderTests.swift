import Foundation
import GRDB
import LiaisonTestSupport
import Testing
@testable import LiaisonCore

/// The store's fast reader (`StoredJSONDecoder`) gives exactly the records Foundation's decoder
/// gives, and where it cannot read a body Foundation's answer stands (`RecordCoding.decode`).
@Suite struct StoredJSONDecoderTests {
    /// Every stored body of `R` in `store`, each read both ways.
    static func bothWays<R: Persisted>(_ type: R.Type, _ store: Store) throws -> Int {
        let bodies = try store.database.read { db in try String.fetchAll(db, sql: "SELECT body FROM \(R.table)") }
        for body in bodies {
            let foundation = try RecordCoding.decoder.decode(R.self, from: Data(body.utf8))
            let fast = try StoredJSONDecoder.decode(R.self, from: body)
            #expect(fast == foundation, "\(body)")
        }
        return bodies.count
    }

    @Test func everyRecordOfTheDemoReadsTheSameBothWays() throws {
        let store = try Store.inMemory(clock: ManualClock(Fixture.start), calendar: Fixture.utc)
        try store.fillWithDemo(seed: 3)
        #expect(try Self.bothWays(Person.self, store) > 5)
        #expect(try Self.bothWays(Partner.self, store) > 5)
        #expect(try Self.bothWays(Contact.self, store) > 50)
        #expect(try Self.bothWays(CareTask.self, store) > 5)
        #expect(try Self.bothWays(Escalation.self, store) > 1)
        #expect(try Self.bothWays(PartnershipAgreement.self, store) > 0)
        let history = try store.database.read { db in try String.fetchAll(db, sql: "SELECT body FROM history") }
        for body in history {
            #expect(try StoredJSONDecoder.decode(HistoryEntry.self, from: body) == RecordCoding.decoder.decode(HistoryEntry.self, from: Data(body.utf8)))
        }
    }

    /// Text that needs escaping, every kind of Unicode, and dates with fractions and before 1970.
    @Test func awkwardTextAndDatesReadTheSameBothWays() throws {
        let texts = [
            "quote \" backslash \\ slash / http://x.y/z", "tab\there\nnew line\r\n", "\u{0}\u{1}\u{1F}\u{7F}\u{9B}",
            "王秀英 👩‍⚕️ 🇬🇧 e\u{301}", "\u{202E}nworB \u{2066}x\u{2069} \u{FEFF}\u{200B}", "\u{10FFFF}\u{E000}", "", "null",
        ]
        let dates = [0, 1_795_600_800, 1_795_600_800.5, -86_400.25, 4_102_444_800.999, 1e-7].map(Date.init(timeIntervalSince1970:))
        for (n, text) in texts.enumerated() {
            let when = dates[n % dates.count]
            let contact = Contact(
                personID: text, partnerID: "p", channel: .letter, direction: .outgoing, happenedAt: when, summary: text,
                advice: text.isEmpty ? nil : text, confirmation: Confirmation(state: .requested, requestedAt: when),
                sharedByUs: n % 2 == 0, audit: Audit(by: text, at: when))
            let body = try RecordCoding.body(contact)
            let fast = try StoredJSONDecoder.decode(Contact.self, from: body)
            #expect(fast == (try RecordCoding.decoder.decode(Contact.self, from: Data(body.utf8))), "\(body)")
            #expect(fast.summary == text && fast.happenedAt == when)
        }
    }

    /// Bodies the fast reader refuses are Foundation's to read or refuse, with Foundation's words.
    @Test func whatTheFastReaderRefusesFoundationAnswers() throws {
        let audit = Audit(by: "Amara", at: Fixture.start)
        let good = try RecordCoding.body(Partner(name: "Dr Patel", role: .gp, audit: audit))
        let cases = [
            ("not JSON", "{\"id\": broken", false),
            ("trailing text", good + "x", false),
            ("a version written as a fraction", good.replacingOccurrences(of: "\"version\":1", with: "\"version\":1.0"), true),
            ("an escaped key", good.replacingOccurrences(of: "\"name\"", with: "\"n\\u0061me\""), true),
            ("a number where text belongs", good.replacingOccurrences(of: "\"Dr Patel\"", with: "7"), false),
            ("a lone surrogate", good.replacingOccurrences(of: "Dr Patel", with: "Dr \\ud800 Patel"), nil),
            ("nesting past any record", String(repeating: "[", count: 40) + String(repeating: "]", count: 40), false),
        ]
        for (what, body, foundationReads) in cases {
            #expect(throws: (any Error).self, "\(what)") { try StoredJSONDecoder.decode(Partner.self, from: body) }
            let foundation = Result { try RecordCoding.decoder.decode(Partner.self, from: Data(body.utf8)) }
            let ours = Result { try RecordCoding.decode(Partner.self, from: body) }
            switch (foundation, ours) {
            case (.success(let a), .success(let b)): #expect(a == b && foundationReads != false, "\(what)")
            case (.failure(let a), .failure(let b)): #expect("\(a)" == "\(b)" && foundationReads != true, "\(what)")
            default: Issue.record("\(what): Foundation \(foundation), ours \(ours)")
            }
        }
    }
}
