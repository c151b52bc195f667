import Foundation
import GRDB
import LiaisonTestSupport
import Testing
@testable import LiaisonCore

/// A source handing `data` over in pieces whose sizes take turns from `sizes`.
func pieces(_ data: Data, sizes: [Int]) -> ByteSource {
    var offset = data.startIndex, turn = 0
    return ByteSource {
        guard offset < data.endIndex else { return nil }
        let end = min(offset + sizes[turn % sizes.count], data.endIndex)
        defer { offset = end; turn += 1 }
        return [UInt8](data[offset..<end])
    }
}

/// A new, empty store at the fixtures' moment, to import into.
func emptyStore() throws -> Store {
    try Store.inMemory(clock: ManualClock(Fixture.start), calendar: Fixture.utc)
}

/// The rows of the search index, in a stable order.
func searchRows(_ store: Store) throws -> [String] {
    try store.database.read { db in
        try String.fetchAll(db, sql: "SELECT summary || '|' || advice || '|' || contact_id FROM contact_fts").sorted()
    }
}

/// The import reads its file as it comes: a file handed over a few bytes at a time, split inside
/// a record, a string, an escape or a character, is read exactly as the whole file is.
@Suite struct ImportStreamingTests {
    /// An export whose text has escapes, quotes, backslashes, brackets inside strings, line
    /// breaks and characters of two to four bytes, with an amended contact (history).
    static func trickyExport() throws -> Data {
        let f = try Fixture()
        let person = try f.person("王秀英 “Xiu” O'Brien \\ {[ 😀")
        let partner = try f.partner("Dr \"Pat\" Patel, } ] : ,")
        var contact = try f.contact(person, partner, summary: "Rang: \"cough\" \\ back\\slash\nsecond line 🩺", advice: "Fluids — élan, 水")
        contact.summary = "Rang again about the cough"
        _ = try f.store.amend(contact, reason: "clearer \"wording\"")
        _ = try f.contact(person, partner, summary: "Visit}]{[\"", advice: "Ring back 👩‍⚕️")
        return try f.store.exportJSON()
    }

    static func imported(_ source: ByteSource) throws -> Store {
        let store = try emptyStore()
        try store.importJSON(from: source)
        return store
    }

    @Test func aFileInPiecesOfOneToSevenBytesIsReadAsTheWholeFile() throws {
        let data = try Self.trickyExport()
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\\\"") && text.contains("\\\\") && text.contains("\\n") && data.contains { $0 >= 0xF0 },
                "the file has escapes and four-byte characters to split")
        let whole = try Self.imported(ByteSource(data))
        #expect(try whole.exportJSON() == data)
        for sizes in [[1], [2], [3], [4], [5], [6], [7], [1, 2, 3, 4, 5, 6, 7], [7, 1, 5, 2]] {
            let store = try Self.imported(pieces(data, sizes: sizes))
            #expect(try store.exportJSON() == data, "pieces of \(sizes)")
            #expect(try searchRows(store) == (try searchRows(whole)), "pieces of \(sizes)")
        }
    }

    @Test func aRefusedFileInPiecesListsTheSameProblemsAsTheWholeFile() throws {
        var json = String(decoding: try Self.trickyExport(), as: UTF8.self)
        json.replace(/"happenedAt" : "[^"]+"/, with: "\"happenedAt\" : \"2026-02-30T10:00:00Z\"", maxReplacements: 1)
        json.replace(/"role" : "gp"/, with: "\"role\" : \"wiz\\u001bard\"")
        json.replace(/"personID" : "[^"]+"/, with: "\"personID\" : \"nobody\"", maxReplacements: 1)
        let data = Data(json.utf8)
        let whole = try #require(Self.refusal(ByteSource(data)))
        #expect(whole.problems.count >= 3, "\(whole.problems)")
        for sizes in [[1], [3], [7], [1, 2, 3, 4, 5, 6, 7]] {
            #expect(Self.refusal(pieces(data, sizes: sizes))?.problems == whole.problems, "pieces of \(sizes)")
        }
    }

    /// The refusal an import into a new store gives, or nil when it was not refused.
    static func refusal(_ source: ByteSource) -> ImportRefusal? {
        do { _ = try imported(source) } catch let refusal as ImportRefusal { return refusal } catch { return nil }
        return nil
    }

    /// Each contact and each earlier version of one is in the search index, as in the store exported.
    @Test func searchFindsImportedContactsAndTheirEarlierWording() throws {
        let f = try Fixture()
        let contact = try f.contact(try f.person(), try f.partner(), summary: "Phoned about her wheezing")
        var amended = contact
        amended.summary = "Phoned about her chest"
        _ = try f.store.amend(amended, reason: "clearer")
        let copy = try Self.imported(ByteSource(try f.store.exportJSON()))
        #expect(try copy.search("wheezing").map(\.id) == [contact.id])
        #expect(try copy.search("chest").map(\.id) == [contact.id])
        #expect(try searchRows(copy) == (try searchRows(f.store)))
    }

    @Test func theFileIsOpenedOnlyWhenItIsAPlainFileWithSomethingInIt() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let data = try Self.trickyExport()
        try data.write(to: URL(fileURLWithPath: folder.path("export.json")))
        #expect(try Self.imported(ImportFile.open(folder.path("export.json"))).exportJSON() == data)
        try Data().write(to: URL(fileURLWithPath: folder.path("empty.json")))
        #expect(fieldError { _ = try ImportFile.open(folder.path("empty.json")) }?.message.contains("is empty") == true)
        #expect(fieldError { _ = try ImportFile.open(folder.url.path) }?.message.contains("not a plain file") == true)
        #expect(fieldError { _ = try ImportFile.open(folder.path("missing.json")) }?.message.contains("cannot be read") == true)
    }

    /// The scanner hands over each record's bytes exactly, however the file is cut into pieces.
    @Test func theScannerFindsEachRecordWholeAcrossPieces() throws {
        let text = #"{"contacts" : [ {"a":"}\"]\\","b":[1,{"c":"王😀"}]} , 7, "x\\", null ], "format":"liaison-export", "schemaVersion" : 3 }"#
        let bytes = Array(text.utf8)
        func events(_ size: Int) throws -> [String] {
            var scanner = ExportScanner(keeping: ["contacts"])
            var seen: [String] = []
            var offset = 0
            while offset < bytes.count {
                let piece = Array(bytes[offset..<min(offset + size, bytes.count)])
                try scanner.feed(piece) { event in
                    switch event {
                    case .key(let key): seen.append("key \(key)")
                    case .item(let key, let index, let item): seen.append("\(key)[\(index)] \(String(decoding: item ?? [], as: UTF8.self))")
                    case .value(let key, let value): seen.append("\(key) = \(String(decoding: value ?? [], as: UTF8.self))")
                    }
                }
                offset += size
            }
            try scanner.finish()
            return seen
        }
        let whole = try events(bytes.count)
        #expect(whole == [
            "key contacts", #"contacts[0] {"a":"}\"]\\","b":[1,{"c":"王😀"}]}"#, "contacts[1] 7", #"contacts[2] "x\\""#,
            "contacts[3] null", "key format", #"format = "liaison-export""#, "key schemaVersion", "schemaVersion = 3",
        ])
        for size in 1...7 { #expect(try events(size) == whole, "pieces of \(size)") }
    }
}
