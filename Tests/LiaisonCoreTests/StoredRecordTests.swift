import Foundation
import LiaisonTestSupport
import Testing
@testable import LiaisonCore

/// The records opening reads by the hundred read themselves (`StoredRecord`) without Codable's
/// containers; they must read every key their `Decodable` conformance reads, never fall back on
/// an ordinary body (or opening is slow again, silently), and refuse what Foundation refuses.
@Suite struct StoredRecordTests {
    /// Full records (every optional filled, every list holding an item) and bare ones, read
    /// directly: equal to the record stored, so no key is left unread.
    @Test func everyKeyOfEveryRecordIsRead() throws {
        for sample in RecordSamples.full + RecordSamples.bare {
            switch sample.record {
            case let person as Person: #expect(StoredJSONDecoder.direct(Person.self, from: sample.body) == person, "\(sample.body)")
            case let partner as Partner: #expect(StoredJSONDecoder.direct(Partner.self, from: sample.body) == partner, "\(sample.body)")
            case let contact as Contact: #expect(StoredJSONDecoder.direct(Contact.self, from: sample.body) == contact, "\(sample.body)")
            case let task as CareTask: #expect(StoredJSONDecoder.direct(CareTask.self, from: sample.body) == task, "\(sample.body)")
            default: continue
            }
        }
    }

    /// Every body a demo service writes reads directly, and the same as Foundation reads it.
    @Test func theDemosRecordsNeverFallBack() throws {
        let store = try Store.inMemory(clock: ManualClock(Fixture.start), calendar: Fixture.utc)
        try store.fillWithDemo(seed: 5)
        func check<R: StoredRecord & Persisted>(_ type: R.Type) throws -> Int {
            let bodies = try store.database.read { db in try String.fetchAll(db, sql: "SELECT body FROM \(R.table)") }
            for body in bodies {
                #expect(StoredJSONDecoder.direct(R.self, from: body) == (try RecordCoding.decoder.decode(R.self, from: Data(body.utf8))), "\(body)")
            }
            return bodies.count
        }
        #expect(try check(Person.self) > 5)
        #expect(try check(Partner.self) > 5)
        #expect(try check(Contact.self) > 50)
        #expect(try check(CareTask.self) > 5)
    }

    /// Each way a body can differ from what the reader expects: a missing key, null where a value
    /// is required, a value of the wrong kind, an unknown name, an unknown key. Direct reading
    /// gives Foundation's record or refuses, and the store's reading then gives Foundation's error.
    @Test func whatFoundationRefusesIsRefusedAndWhatItReadsIsReadTheSame() throws {
        let person = RecordSamples.full.first { $0.record is Person }!.body
        let edits: [(String, String)] = [
            (#""name":"Edith Brown","#, ""),  // a required key missing
            (#""name":"Edith Brown""#, #""name":null"#),
            (#""name":"Edith Brown""#, #""name":7"#),
            (#""kind":"best-interests""#, #""kind":"best interests""#),  // no such basis
            (#""version":2"#, #""version":2.5"#),
            (#""version":2"#, #""version":"2""#),
            (#""location":"Room 4""#, #""location":null"#),  // an optional null: nil
            (#","preferredName":"Edie""#, ""),  // an optional absent: nil
            (#""name":"Edith Brown""#, #""name":"Edith Brown","nickname":"Edie""#),  // unknown keys are ignored
            (#""discharged":"#, #""discharged":true,"x":"#),
            (#""home":"north""#, #""home":"n\u00f6rth""#),
        ]
        for (from, to) in edits {
            #expect(person.contains(from), "\(from)")
            let body = person.replacingOccurrences(of: from, with: to)
            let foundation = Result { try RecordCoding.decoder.decode(Person.self, from: Data(body.utf8)) }
            let direct = StoredJSONDecoder.direct(Person.self, from: body)
            let stored = Result { try RecordCoding.decode(Person.self, from: body) }
            switch foundation {
            case .success(let record):
                #expect(direct == nil || direct == record, "\(to)")
                #expect((try? stored.get()) == record, "\(to)")
            case .failure(let error):
                #expect(direct == nil, "\(to)")
                if case .failure(let ours) = stored {
                    #expect("\(ours)" == "\(error)", "\(to)")
                } else {
                    Issue.record("read \(stored) where Foundation refused with \(error), for \(to)")
                }
            }
        }
    }
}
