import Foundation
import GRDB
import LiaisonTestSupport
import Testing
@testable import LiaisonCore

/// A refused import writes nothing, however early or late in the file its problem is, names
/// each problem by place and id, and refuses what cannot be an export without reading on.
@Suite struct ImportRefusalTests {
    /// A small store's export: a person, a partner, a contact amended once (so history).
    static func document() throws -> ExportDocument {
        let f = try Fixture()
        var contact = try f.contact(try f.person(), try f.partner(), advice: "Rest")
        contact.summary = "Phoned about her cough again"
        _ = try f.store.amend(contact, reason: "clearer")
        return try f.store.exportDocument()
    }

    /// The document as an export file, its lists in the order given.
    static func file(_ doc: ExportDocument) throws -> Data {
        try RecordCoding.exportEncoder.encode(doc)
    }

    /// The refusal of importing `source` into a new store, which must be left empty.
    static func refusal(_ source: ByteSource) throws -> ImportRefusal {
        let store = try emptyStore()
        let refusal = #expect(throws: ImportRefusal.self) { try store.importJSON(from: source) }
        #expect(try store.isEmpty())
        #expect(try store.database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM contact_fts") } == 0)
        return try #require(refusal)
    }

    static func refusal(_ text: String) throws -> ImportRefusal { try refusal(ByteSource(Data(text.utf8))) }

    /// A field the file holds that Liaison does not know ("Advice" typed for "advice", a
    /// misspelt field inside the written confirmation) would be dropped by decoding: each is
    /// named with its path, and nothing is written. Fields holding nothing are no loss.
    @Test func fieldsThatWouldBeLostAreNamed() throws {
        let doc = try Self.document()
        let id = doc.contacts[0].id
        func refused(_ change: (inout [String: Any]) -> Void) throws -> [String] {
            var file = try #require(try JSONSerialization.jsonObject(with: try Self.file(doc)) as? [String: Any])
            var contacts = try #require(file["contacts"] as? [[String: Any]])
            change(&contacts[0])
            file["contacts"] = contacts
            return try Self.refusal(ByteSource(try JSONSerialization.data(withJSONObject: file))).problems.map(\.description)
        }
        let lost = "is not a field Liaison knows, so what it holds would be lost; spell it as an export writes it, or remove it"
        #expect(try refused { $0["Advice"] = $0.removeValue(forKey: "advice") } == ["contacts[0] (id \(id)), field Advice: \(lost)"])
        #expect(try refused {
            $0["confirmation"] = ["state": "requested", "requestedAt": "2026-11-25T10:00:00Z", "recievedAt": "2026-11-25T11:00:00Z"]
        } == ["contacts[0] (id \(id)), field confirmation.recievedAt: \(lost)"])

        // Fields holding nothing lose nothing: the file imports.
        var file = try #require(try JSONSerialization.jsonObject(with: try Self.file(doc)) as? [String: Any])
        var contacts = try #require(file["contacts"] as? [[String: Any]])
        contacts[0]["unused"] = NSNull()
        contacts[0]["alsoUnused"] = [String]()
        file["contacts"] = contacts
        let store = try emptyStore()
        try store.importJSON(try JSONSerialization.data(withJSONObject: file))
        #expect(try store.contact(id: id)?.advice == "Rest")
    }

    /// An id Liaison never makes: a look-up by what staff type tries ids first, so a person
    /// with the id "edith brown" took the advice meant for Edith Brown, and a contact with the
    /// id "cceba945" (another contact's short id) took that one's "received". Each is refused,
    /// and so is a history entry keeping another record's words.
    @Test func idsLiaisonNeverMakesAndHistoryOfAnotherRecordAreRefused() throws {
        var doc = try Self.document()
        let contact = doc.contacts[0]
        var planted = doc.people[0]
        planted.id = "edith brown"
        planted.name = "Mallory Jones"
        doc.people.append(planted)
        var shortID = contact
        shortID.id = String(contact.id.prefix(8))
        doc.contacts.append(shortID)
        var shouting = doc.partners[0]
        shouting.id = shouting.id.uppercased()
        shouting.name = "Dr Other"
        doc.partners.append(shouting)
        var forged = doc.history[0]
        var words = try forged.decode(Contact.self)
        words.id = "5a1e0000-0000-4000-8000-00000000000f"
        words.summary = "Nurse said: no need to tell the family"
        forged.record = try RecordCoding.body(words)
        doc.history[0] = forged
        let listed = try Self.refusal(ByteSource(try Self.file(doc))).problems.map(\.description)
        let notMade = "is not an id Liaison makes (36 characters, as 9f2c1a7e-…, in lower case); a record with it could be found in place of another when staff type a name or a short id"
        #expect(listed.contains("people[1] (id edith brown), field id: “edith brown” \(notMade)"), "\(listed)")
        #expect(listed.contains("contacts[1] (id \(shortID.id)), field id: “\(shortID.id)” \(notMade)"), "\(listed)")
        #expect(listed.contains("partners[1] (id \(shouting.id)), field id: “\(shouting.id)” \(notMade)"), "\(listed)")
        #expect(listed.contains("history[0] (id \(forged.id)), field record: the earlier version it keeps is of contact \(words.id), not of \(contact.id)"),
                "\(listed)")
    }

    @Test func duplicatesBrokenReferencesAndBadHistoryAreNamedByPlaceAndId() throws {
        var doc = try Self.document()
        let person = doc.people[0], contact = doc.contacts[0], kept = doc.history[0]
        doc.people.append(person)
        // Ids as Liaison makes them, so each record is refused for its own fault alone.
        let stray = "5a1e0000-0000-4000-8000-00000000000a", nobody = "5a1e0000-0000-4000-8000-00000000000b"
        let again = "5a1e0000-0000-4000-8000-00000000000c", orphan = "5a1e0000-0000-4000-8000-00000000000d"
        let late = "5a1e0000-0000-4000-8000-00000000000e"
        var strayContact = contact
        strayContact.id = stray
        strayContact.personID = nobody
        doc.contacts.append(strayContact)
        for (id, recordID, version) in [(again, contact.id, 1), (orphan, nobody, 1), (late, contact.id, 7)] {
            var entry = kept
            entry.id = id
            entry.recordID = recordID
            entry.version = version
            // The version kept is the one the entry says it is.
            var earlier = try kept.decode(Contact.self)
            earlier.id = recordID
            earlier.audit.version = version
            entry.record = try RecordCoding.body(earlier)
            doc.history.append(entry)
        }
        let listed = try Self.refusal(ByteSource(try Self.file(doc))).problems.map(\.description)
        #expect(Set(listed) == [
            "people[1] (id \(person.id)), field id: the same id as people[0]; each record needs its own",
            "contacts[1] (id \(stray)), field personID: names person \(nobody), who is not in the file",
            "history[1] (id \(again)), field version: version 1 of \(contact.id) appears twice",
            "history[2] (id \(orphan)), field recordID: belongs to contact \(nobody), which is not in the file",
            "history[3] (id \(late)), field version: version 7 is not earlier than the record's own version 2",
        ], "\(listed)")
        #expect(listed.count == 5)
    }

    /// On a store on disk: a problem in the first record, a reference found broken only once
    /// every record is in, a newer version said near the file's end. Nothing stays, not even
    /// search rows, and the store opens again empty.
    @Test func aRefusedImportLeavesAStoreOnDiskEmptyWhereverItsProblemIs() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let good = String(decoding: try Self.file(try Self.document()), as: UTF8.self)
        let personID = try #require(good.firstMatch(of: /"personID" : "([0-9a-f-]+)"/)?.1)
        let cases = [
            ("early", good.replacing(/"channel" : "phone"/, with: "\"channel\" : \"pigeon\"", maxReplacements: 1), "pigeon"),
            ("late", good.replacing("\"personID\" : \"\(personID)\"", with: "\"personID\" : \"nobody\""), "names person nobody"),
            ("newer", good.replacing(/"schemaVersion" : \d+/, with: "\"schemaVersion\" : 99"), "newer version of Liaison (version 99)"),
        ]
        for (name, text, words) in cases {
            let path = folder.path("\(name).sqlite")
            let store = try Store.create(path: path, staff: "Amara", clock: ManualClock(Fixture.start), calendar: Fixture.utc)
            let refusal = #expect(throws: ImportRefusal.self) { try store.importJSON(from: pieces(Data(text.utf8), sizes: [5])) }
            #expect(refusal?.problems.contains { $0.message.contains(words) } == true, "\(name): \(refusal?.problems ?? [])")
            try store.close()
            let reopened = try Store.open(path: path, staff: "Amara", clock: ManualClock(Fixture.start), calendar: Fixture.utc)
            #expect(try reopened.isEmpty(), "\(name)")
            #expect(try reopened.database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM contact_fts") } == 0)
            try reopened.importJSON(Data(good.utf8))
            #expect(reopened.people.count == 1, "the refused import left the store as new")
        }
    }

    /// A newer version's records may not read here; only the version is said.
    @Test func aProblemWithTheFileItselfIsListedAlone() throws {
        var text = String(decoding: try Self.file(try Self.document()), as: UTF8.self)
        text.replace(/"schemaVersion" : \d+/, with: "\"schemaVersion\" : 99")
        text.replace(/"channel" : "phone"/, with: "\"channel\" : \"hologram\"")
        #expect(try Self.refusal(text).problems.map(\.description)
            == ["the file: it comes from a newer version of Liaison (version 99); update Liaison first"])
        let twice = try Self.refusal(#"{"format":"liaison-export","people":[],"people":[{"id":1}],"schemaVersion":\#(LiaisonCore.exportVersion)}"#)
        #expect(twice.problems.map(\.description) == ["the file: it names “people” twice; an export gives each of its parts once"])
        let notAList = try Self.refusal(#"{"format":"liaison-export","people":{},"schemaVersion":\#(LiaisonCore.exportVersion)}"#)
        #expect(notAList.problems.map(\.description) == ["the file, field people: must be a list of records"])
    }

    @Test func aFileCutShortAnywhereIsRefusedAsAWhole() throws {
        let data = try Self.file(try Self.document())
        for cut in Array(stride(from: 1, to: data.count, by: 53)) + [data.count - 1] {
            let problems = try Self.refusal(ByteSource(data.prefix(cut))).problems
            #expect(problems.count == 1 && problems[0].record == "the file", "cut at \(cut): \(problems)")
            #expect(problems.first?.message.contains("ends too soon") == true, "cut at \(cut): \(problems)")
        }
        #expect(try Self.refusal(ByteSource(Data())).problems.map(\.message) == [ExportScanner.notAnObject])
    }

    @Test func anythingAfterTheExportIsRefusedButSpaceIsNot() throws {
        let data = try Self.file(try Self.document())
        for tail in ["x", "{}", "]", "\n{\"format\":\"liaison-export\"}"] {
            let problems = try Self.refusal(ByteSource(data + Data(tail.utf8))).problems
            #expect(problems.count == 1 && problems[0].message.contains("goes on after"), "\(tail): \(problems)")
        }
        try emptyStore().importJSON(data + Data(" \n\t\r\n".utf8))
    }

    /// A bomb of brackets is refused at the limit, without reading on: this file never ends.
    @Test func nestingDeeperThanAnyRecordIsRefusedAtOnce() throws {
        var handed = 0
        let endless = ByteSource {
            handed += 1
            return handed == 1 ? Array(#"{"contacts" : ["#.utf8) : [UInt8](repeating: Byte.openBracket, count: 4096)
        }
        let problems = try Self.refusal(endless).problems
        #expect(problems.count == 1 && problems[0].message.contains("more than 64 deep"), "\(problems)")
        #expect(handed == 2)
        let inAnUnknownPart = #"{"notes" : "# + String(repeating: #"{"a":"#, count: 100) + "1" + String(repeating: "}", count: 100) + "}"
        #expect(try Self.refusal(inAnUnknownPart).problems.first?.message.contains("more than 64 deep") == true)
        let crossed = try Self.refusal(#"{"contacts" : [{"a":[1}]}"#).problems
        #expect(crossed.map(\.message) == ["it is not valid JSON at byte 23, in the middle of contacts[0]: a bracket closes what it did not open"])
    }

    /// A record too large to be one is named and passed over; the rest of the file is still
    /// checked. A huge format or name is refused as what it is, without being held.
    @Test func hugeStringsAreNamedNotHeld() throws {
        let huge = String(repeating: "a", count: ExportScanner.itemLimit + 1)
        var text = String(decoding: try Self.file(try Self.document()), as: UTF8.self)
        text.replace(/"channel" : "phone"/, with: "\"channel\" : \"pigeon\"")
        text.replace(/"summary" : "/, with: "\"summary\" : \"" + huge, maxReplacements: 1)
        let listed = try Self.refusal(text).problems.map(\.description)
        #expect(listed.contains("contacts[0]: is larger than 8 MiB, more than any record; the file is damaged here"), "\(listed)")
        #expect(listed.contains { $0.hasPrefix("history[0]") && $0.contains("not in the file") }, "the rest is still checked: \(listed)")

        let format = try Self.refusal(#"{"format" : ""# + huge + #"", "schemaVersion" : \#(LiaisonCore.exportVersion)}"#).problems
        #expect(format.map(\.message) == ["it is not a Liaison export: its “format” is not “liaison-export”"])
        let name = try Self.refusal(#"{""# + String(repeating: "k", count: 5_000) + #"" : 1}"#).problems
        #expect(name.count == 1 && name[0].message.contains("is not one an export uses"), "\(name)")
    }

    /// A file wrong everywhere is refused with the first thousand problems listed and the rest counted.
    @Test func aFileOfManyProblemsKeepsTheFirstThousandAndCountsTheRest() throws {
        let reviews = Array(repeating: "{}", count: 2_500).joined(separator: ",")
        let refusal = try Self.refusal(#"{"dayReviews" : ["# + reviews + #"], "format" : "liaison-export", "schemaVersion" : \#(LiaisonCore.exportVersion)}"#)
        #expect(refusal.problems.count == ImportProblemList.limit)
        #expect(refusal.unlisted == 1_500)
        #expect(refusal.problems.first?.description == "dayReviews[0], field id: is missing")
        #expect(refusal.problems.last?.record == "dayReviews[999]")
        #expect(refusal.lines.last == "and 1500 more problems, not listed")
        #expect(refusal.description == "the file was not imported: 2500 problems found, and nothing was written")
    }
}

/// The quick answer that a record in the file is its body laid out, which spares an import
/// the comparison of its fields: layout and "/" for "\/" only, nothing inside a string.
@Suite struct FieldsKeptTests {
    @Test func layoutAloneIsTheSameTextAndAnythingElseIsNot() {
        let body = #"{"advice":"Rest \/ fluids","audit":{"version":1},"happenedAt":1789999005,"summary":"GP  rang"}"#
        let laidOut = "{\n  \"advice\" : \"Rest / fluids\",\n  \"audit\" : {\n    \"version\" : 1\n  },\n"
            + "  \"happenedAt\" : \"2026-09-21T13:56:45Z\",\n  \"summary\" : \"GP  rang\"\n}"
        #expect(FieldsKept.sameText(Array(laidOut.utf8), body))
        #expect(FieldsKept.firstDropped(from: Array(laidOut.utf8), keptAs: body) == nil)
        for changed in [laidOut.replacingOccurrences(of: "GP  rang", with: "GP rang"),
                        laidOut.replacingOccurrences(of: "\"advice\"", with: "\"Advice\""),
                        laidOut.replacingOccurrences(of: "13:56:45Z", with: "13:56:46Z"),
                        laidOut.replacingOccurrences(of: "\n}", with: ",\n  \"extra\" : 1\n}")] {
            #expect(!FieldsKept.sameText(Array(changed.utf8), body), "\(changed)")
        }
        let extra = laidOut.replacingOccurrences(of: "\n}", with: ",\n  \"extra\" : 1\n}")
        #expect(FieldsKept.firstDropped(from: Array(extra.utf8), keptAs: body) == "extra")
    }
}
