import Foundation
import LiaisonTestSupport
import Testing
@testable import LiaisonCore

/// The export is written as the store is read (`ExportStream`): the same bytes the whole-document
/// encoder gives, out in pieces before the end, and the same file after a round trip.
@Suite struct ExportStreamTests {
    static func demoStore(seed: UInt64 = 7) throws -> Store {
        let store = try Store.inMemory(clock: ManualClock(Fixture.start), calendar: Fixture.utc)
        try store.fillWithDemo(seed: seed)
        return store
    }

    @Test func theStreamedJSONIsTheWholeDocumentsBytes() throws {
        let store = try Self.demoStore()
        let streamed = try store.exportJSON()
        #expect(streamed == (try store.exportDocument().json()))
        let empty = try Fixture().store
        #expect(try empty.exportJSON() == (try empty.exportDocument().json()), "empty lists are written as the encoder writes them")
    }

    @Test func textThatCouldFoolATerminalIsEscapedInTheStreamToo() throws {
        let store = try Store.inMemory(clock: ManualClock(Fixture.start), calendar: Fixture.utc)
        // As a store written before the text rules could hold it: the forms refuse it now.
        let audit = Audit(by: "Amara", at: Fixture.start)
        try store.bulkLoad { try $0.add(Person(name: "Edith \u{202E}nworB", basis: SharingBasis(kind: .consent, recorded: Fixture.start), audit: audit)) }
        let text = String(decoding: try store.exportJSON(), as: UTF8.self)
        #expect(text.contains("\\u202e") && !text.contains("\u{202E}"))
        #expect(try store.exportJSON() == (try store.exportDocument().json()))
    }

    @Test func theExportGoesOutInPiecesBeforeTheEnd() throws {
        let store = try Self.demoStore()
        var pieces: [Int] = []
        try store.exportJSON(to: ByteSink { pieces.append($0.count) })
        #expect(pieces.count > 1, "a demo store is larger than one buffer, so it is not held whole: \(pieces)")
        #expect(pieces.dropLast().allSatisfy { $0 < 2 * 65_536 }, "\(pieces)")
    }

    @Test func exportImportExportIsByteIdentical() throws {
        let store = try Self.demoStore(seed: 11)
        let first = try store.exportJSON()
        let copy = try Store.inMemory(clock: ManualClock(Fixture.start), calendar: Fixture.utc)
        try copy.importJSON(first)
        #expect(try copy.exportJSON() == first)
        #expect(try copy.exportCSV() == (try store.exportCSV()))
    }

    /// A body the transcoder does not know (here, a field no record has) goes through `Codable`,
    /// which drops the field as it always has.
    @Test func aBodyWithAnUnknownFieldIsExportedAsBefore() throws {
        let store = try Self.demoStore()
        let contact = try #require(store.recentContacts.first)
        try store.database.write { db in
            try db.execute(sql: "UPDATE contact SET body = json_set(body, '$.acuity', 3) WHERE id = ?", arguments: [contact.id])
        }
        let body = try store.database.read { db in try String.fetchOne(db, sql: "SELECT body FROM contact WHERE id = ?", arguments: [contact.id]) }
        #expect(!BodyTranscoder.appendJSON(try #require(body), ShapeTable(.contact), indent: 4, to: ByteBuffer()), "the transcoder leaves it to Codable")
        let exported = try store.exportJSON()
        #expect(exported == (try store.exportDocument().json()))
        #expect(!String(decoding: exported, as: UTF8.self).contains("acuity"))
    }

    /// A body that cannot be read fails the export, JSON or CSV, with the words it always had
    /// (`StoreDatabase.translate`): `liaison check` names the record, `--salvage` saves the rest.
    @Test func aDamagedBodyFailsTheExport() throws {
        for damage in ["'{\"id\": broken'", "json_set(body, '$.happenedAt', 'yesterday')", "json_set(body, '$.channel', 'fax')"] {
            let store = try Self.demoStore()
            let contact = try #require(store.recentContacts.first)
            try store.database.write { db in
                try db.execute(sql: "UPDATE contact SET body = \(damage) WHERE id = ?", arguments: [contact.id])
            }
            for export in [{ _ = try store.exportJSON() }, { _ = try store.exportCSV() }] {
                let error = #expect(throws: StoreError.self, "\(damage)") { try export() }
                #expect(error?.message.contains("holds a record that cannot be read") == true, "\(damage): \(String(describing: error))")
            }
        }
    }

    @Test func theStreamedCSVIsWhatTheTableWriterGivesForTheWholeStore() throws {
        let store = try Self.demoStore()
        let doc = try store.exportDocument()
        var expected = ""
        func section<R: Encodable>(_ name: String, _ records: [R]) throws {
            expected += "# \(name)\r\n" + (try CSVTable.render(records)) + "\r\n"
        }
        try section("people", doc.people)
        try section("partners", doc.partners)
        try section("contacts", doc.contacts)
        try section("tasks", doc.tasks)
        try section("escalations", doc.escalations)
        try section("agreements", doc.agreements)
        try section("dayReviews", doc.dayReviews)
        try section("history", doc.history)
        #expect(try store.exportCSV() == expected)
    }
}
