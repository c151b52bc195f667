import Foundation
import LiaisonTestSupport
import PropertyBased
import Testing
@testable import LiaisonCore

/// The store's fast reader never answers differently from Foundation's decoder: any text in any
/// field reads back the same, and any damage to a body gives Foundation's record or error.
@Suite struct StoredJSONFuzzTests {
    static let contact: String = {
        let when = Date(timeIntervalSince1970: 1_795_600_800)
        let contact = Contact(
            personID: "person-1", partnerID: "partner-1", channel: .phone, happenedAt: when, summary: "Phoned about a chest infection",
            advice: "Paracetamol four-hourly / fluids", confirmation: Confirmation(state: .requested, requestedAt: when),
            sharedByUs: true, nature: PartnershipNature(level: .high, agencies: .multi, formality: .formal, involvement: .direct),
            audit: Audit(by: "Amara Okafor", at: when))
        return try! RecordCoding.body(contact)
    }()

    @Test func anyTextAndAnyMomentReadBackTheSame() async {
        let input = zip(FuzzInputs.text, FuzzInputs.text, Gen.double(in: -4e9...4e10))
        await fuzzCheck(input: input) { summary, advice, seconds in
            let when = Date(timeIntervalSince1970: seconds)
            let record = Contact(
                personID: advice, partnerID: summary, channel: .visit, happenedAt: when, summary: summary, advice: advice,
                audit: Audit(by: summary, at: when))
            let body = try RecordCoding.body(record)
            #expect(try StoredJSONDecoder.decode(Contact.self, from: body) == RecordCoding.decoder.decode(Contact.self, from: Data(body.utf8)))
        }
    }

    /// A body with bytes changed, put in, or cut off: whatever Foundation makes of it, ours makes too.
    @Test func aDamagedBodyGivesFoundationsAnswer() async {
        let edits = zip(Gen.int(in: 0...10_000), Gen.int(in: 0...3), FuzzInputs.piece).array(of: 1...3)
        await fuzzCheck(input: edits) { edits in
            var bytes = Array(Self.contact.utf8)
            for (at, kind, piece) in edits {
                let at = at % (bytes.count + 1)
                switch kind {
                case 0: bytes.insert(contentsOf: piece.utf8, at: at)
                case 1 where at < bytes.count: bytes.remove(at: at)
                case 2 where at < bytes.count: bytes[at] = piece.utf8.first ?? 0
                default: bytes = Array(bytes.prefix(at))
                }
            }
            let body = String(decoding: bytes, as: UTF8.self)
            let foundation = Result { try RecordCoding.decoder.decode(Contact.self, from: Data(body.utf8)) }
            let ours = Result { try RecordCoding.decode(Contact.self, from: body) }
            switch (foundation, ours) {
            case (.success(let a), .success(let b)): #expect(a == b, "\(body)")
            case (.failure(let a), .failure(let b)): #expect("\(a)" == "\(b)", "\(body)")
            default: Issue.record("Foundation \(foundation), ours \(ours), for \(body)")
            }
        }
    }
}
