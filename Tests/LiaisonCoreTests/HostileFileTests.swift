import Foundation
import GRDB
import LiaisonTestSupport
import Testing
@testable import LiaisonCore

/// A scratch folder of the test's own, removed afterwards.
struct TempFolder {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    }
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
    func remove() { try? FileManager.default.removeItem(at: url) }
}

@Suite struct ImportValidationTests {
    /// A real export of a small store, as JSON text to tamper with.
    static func export() throws -> String {
        let f = try Fixture()
        let person = try f.person(), partner = try f.partner()
        var contact = try f.contact(person, partner, advice: "Rest")
        contact.summary = "Phoned about her cough again"
        _ = try f.store.amend(contact, reason: "clearer")
        return String(decoding: try f.store.exportJSON(), as: UTF8.self)
    }

    static func refusal(_ json: String) throws -> [ImportProblem] {
        let store = try Fixture().store
        do {
            try store.importJSON(Data(json.utf8))
        } catch let refusal as ImportRefusal {
            #expect(store.people.isEmpty && store.partners.isEmpty, "nothing is written on refusal")
            return refusal.problems
        }
        Issue.record("the import was not refused")
        return []
    }

    @Test func everyProblemIsListedWithRecordAndFieldInOneRun() throws {
        var json = try Self.export()
        let personID = try #require(json.firstMatch(of: /"personID" : "([0-9a-f-]+)"/)?.1)
        // 30 February rolled into March is refused; a dangling reference; a control in a name;
        // a missing field: four problems in four places, all reported together.
        json.replace(/"happenedAt" : "[^"]+"/, with: "\"happenedAt\" : \"2026-02-30T10:00:00Z\"", maxReplacements: 1)
        json.replace("\"personID\" : \"\(personID)\"", with: "\"personID\" : \"nobody\"", maxReplacements: 1)
        json.replace("\"name\" : \"Edith Brown\"", with: "\"name\" : \"Edith\\u001b[2J\"")
        json.replace(/"organisation" : "[^"]+",/, with: "")
        json.replace(/"role" : "gp"/, with: "\"role\" : \"wizard\"")
        let problems = try Self.refusal(json)
        let text = problems.map(\.description)
        #expect(text.contains { $0.contains("contacts[0]") && $0.contains("happenedAt") && $0.contains("2026-02-30") }, "\(text)")
        #expect(text.contains { $0.contains("people[0]") && $0.contains("field name") && $0.contains("␛") }, "\(text)")
        #expect(text.contains { $0.contains("partners[0]") && $0.contains("role") && $0.contains("wizard") }, "\(text)")
        #expect(!text.contains { $0.contains("DecodingError") || $0.contains("CodingKeys") || $0.contains("Swift.") }, "\(text)")
    }

    @Test func referencesDuplicatesAndHistoryAreChecked() throws {
        let json = try Self.export()
        let personID = try #require(json.firstMatch(of: /"personID" : "([0-9a-f-]+)"/)?.1)
        let dangling = json.replacingOccurrences(of: "\"personID\" : \"\(personID)\"", with: "\"personID\" : \"nobody\"")
        let problems = try Self.refusal(dangling).map(\.description)
        #expect(problems.contains { $0.contains("contacts[0]") && $0.contains("personID") && $0.contains("nobody") }, "\(problems)")

        var doc = try ImportReader.read(Data(json.utf8))
        doc.people.append(doc.people[0])
        doc.history[0].version = 7
        let store = try Fixture().store
        let refusal = #expect(throws: ImportRefusal.self) { try store.importDocument(doc) }
        let listed = refusal?.problems.map(\.description) ?? []
        #expect(listed.contains { $0.contains("people[1]") && $0.contains("same id") }, "\(listed)")
        #expect(listed.contains { $0.contains("history[0]") && $0.contains("version 7") }, "\(listed)")
    }

    @Test func aFileThatIsNotAnExportIsRefusedAsAWhole() throws {
        for junk in ["", "not json", "[1,2,3]", "{\"format\":\"other\"}", "\u{1B}[2J"] {
            let problems = try Self.refusal(junk)
            #expect(!problems.isEmpty && problems.allSatisfy { $0.record == "the file" })
        }
    }

    /// Found by libFuzzer: "226222-2-2" is ten characters, as "yyyy-MM-dd" is, and was taken
    /// as 2 February of the year 226222. A typed date and a day key are exactly 4-2-2 digits.
    @Test func aDateMustBeWrittenYearMonthDay() {
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        for text in ["226222-2-2", "2026-1-155", "+026-11-25", "2026-11-2 ", "２０２６-11-25"] {
            #expect(throws: FieldError.self) { try DateInput.parse(text, field: "date", now: Fixture.start, calendar: utc, precision: .moment) }
            #expect(!DateInput.isDayKey(text))
        }
        #expect(DateInput.isDayKey("2026-11-25"))
    }

    @Test func strictDatesRefuseWhatDoesNotExist() {
        #expect(StrictDate.parse("2026-11-25T09:05:00Z") == Date(timeIntervalSince1970: 1_795_597_500))
        #expect(StrictDate.parse("2024-02-29T00:00:00Z") != nil)
        #expect(StrictDate.parse("2026-11-25T10:05:00+01:00") == Date(timeIntervalSince1970: 1_795_597_500))
        for bad in ["2026-02-29T00:00:00Z", "2026-02-30T10:00:00Z", "2026-13-01T00:00:00Z", "2026-11-25T24:00:00Z",
                    "2026-11-25T09:60:00Z", "2026-11-25", "2026-11-25T09:05:00", "2026-11-25T09:05:00Zjunk", ""] {
            #expect(StrictDate.parse(bad) == nil, "\(bad)")
        }
    }
}

@Suite struct CheckAndSalvageTests {
    /// A store on disk with one contact whose stored JSON has been damaged, and one naming a
    /// person who is not there (written with foreign keys off, as another program could).
    static func damagedStore(_ folder: TempFolder) throws -> (path: String, bad: String, good: String) {
        let path = folder.path("care.sqlite")
        let clock = ManualClock(Fixture.start)
        let store = try Store.create(path: path, staff: "Amara", clock: clock)
        let person = try store.addPerson(PersonDraft(name: "Edith Brown"))
        let partner = try store.addPartner(PartnerDraft(name: "Dr Patel", role: .gp))
        let bad = try store.addContact(ContactDraft(personID: person.id, partnerID: partner.id, channel: .phone, summary: "One"))
        let good = try store.addContact(ContactDraft(personID: person.id, partnerID: partner.id, channel: .phone, summary: "Two"))
        try store.close()
        var config = Configuration()
        config.foreignKeysEnabled = false
        let queue = try DatabaseQueue(path: path, configuration: config)
        try queue.write { db in
            try db.execute(sql: "UPDATE contact SET body = '{\"id\": broken' WHERE id = ?", arguments: [bad.id])
            try db.execute(sql: "UPDATE contact SET body = json_set(body, '$.personID', 'elsewhere') WHERE id = ?", arguments: [good.id])
            try db.execute(sql: "INSERT INTO history (id, body) VALUES ('h1', json_object('recordID', ?, 'kind', 'person', 'version', 5))",
                           arguments: [person.id])
        }
        try queue.close()
        return (path, bad.id, good.id)
    }

    @Test func checkNamesEachDamagedRecordByTableAndId() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let (path, bad, good) = try Self.damagedStore(folder)
        let report = try StoreCheck.run(path: path)
        #expect(!report.isHealthy)
        #expect(report.problems.contains { $0.hasPrefix("contact \(bad):") && $0.contains("cannot be read") }, "\(report.problems)")
        #expect(report.problems.contains("contact \(good): names person elsewhere, which does not exist"), "\(report.problems)")
        #expect(report.problems.contains { $0.hasPrefix("history h1:") }, "\(report.problems)")
    }

    @Test func salvageKeepsEverythingReadableAndTheDamagedRowAsItIs() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let (path, bad, good) = try Self.damagedStore(folder)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let doc = try Salvage.document(path: path)
        #expect(doc.people.count == 1 && doc.partners.count == 1)
        #expect(doc.contacts.map(\.id) == [good])
        #expect(doc.damaged?.contains { $0.table == "contact" && $0.id == bad && $0.body == "{\"id\": broken" } == true)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before, "a salvage reads only")
        // A salvage with damaged rows is not imported until someone has dealt with them.
        let refusal = #expect(throws: ImportRefusal.self) { try Fixture().store.importJSON(try doc.json()) }
        #expect(refusal?.problems.first?.message.contains("damaged") == true)
    }
}

@Suite struct ExportTargetTests {
    @Test func theStoreItsJournalsAndAnyDatabaseAreNeverATarget() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let store = folder.path("care.sqlite")
        try Store.create(path: store, staff: "Amara").close()
        let other = folder.path("other.db")
        try DatabaseQueue(path: other).write { db in try db.execute(sql: "CREATE TABLE t (x)") }
        symlink(store, folder.path("link.json"))
        link(store, folder.path("hard.json"))
        for target in [store, store + "-wal", store + "-shm", folder.url.appendingPathComponent("./x/../care.sqlite").path,
                       folder.path("link.json"), folder.path("hard.json"), other, folder.path("any-wal")] {
            for force in [false, true] {
                let error = fieldError { try ExportTarget.check(output: target, storePath: store, force: force) }
                #expect(error?.field == "output", "\(target) force \(force)")
            }
        }
    }

    @Test func anExistingFileNeedsForceAndANewOneDoesNot() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let store = folder.path("care.sqlite")
        let existing = folder.path("export.json")
        try Data("old".utf8).write(to: URL(fileURLWithPath: existing))
        #expect(fieldError { try ExportTarget.check(output: existing, storePath: store, force: false) }?.message.contains("--force") == true)
        try ExportTarget.check(output: existing, storePath: store, force: true)
        try ExportTarget.check(output: folder.path("new.json"), storePath: store, force: false)
    }
}

@Suite struct PrivateFolderTests {
    /// A link planted where a file is written or read changes nothing it points at.
    @Test func plantedLinksAreNeverFollowed() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let victim = folder.path("victim.txt")
        try Data("precious".utf8).write(to: URL(fileURLWithPath: victim))
        let drafts = folder.path("drafts")
        mkdir(drafts, 0o700)
        symlink(victim, drafts + "/draft.json")
        let dir = try PrivateFolder(path: drafts)
        #expect(throws: PrivateFile.Failure.self) { _ = try dir.read("draft.json") }
        try dir.save(Data("new".utf8), as: "draft.json")
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious")
        #expect(try String(contentsOfFile: drafts + "/draft.json", encoding: .utf8) == "new")
        var info = stat()
        lstat(drafts + "/draft.json", &info)
        #expect(info.st_mode & S_IFMT == S_IFREG)
        #expect(info.st_mode & 0o777 == 0o600)
    }

    /// The drafts folder itself swapped for a link to someone's home: nothing is written there,
    /// and the save says why instead of pretending.
    @Test func aDraftsFolderThatIsALinkIsNeverWrittenThrough() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let victim = folder.path("victim-home")
        mkdir(victim, 0o700)
        let store = folder.path("care.sqlite")
        symlink(victim, store + ".drafts")
        let drafts = DraftStore(storePath: store, staff: "Alice", session: 42)
        #expect(throws: StoreError.self) { try drafts.save(EntryDraft(form: "contact", updatedAt: Date(timeIntervalSince1970: 0))) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: victim).isEmpty)
        #expect(drafts.leftBehind().isEmpty)
    }

    @Test func aFolderThatIsALinkOrOpenToEveryoneIsRefused() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let real = folder.path("real")
        mkdir(real, 0o700)
        symlink(real, folder.path("linked"))
        #expect(throws: PrivateFile.Failure.self) { _ = try PrivateFolder(path: folder.path("linked")) }
        let open = folder.path("open")
        mkdir(open, 0o777)
        chmod(open, 0o777)
        #expect(throws: PrivateFile.Failure.self) { _ = try PrivateFolder(path: open) }
        chmod(open, 0o1777)  // sticky, as /tmp: others cannot remove or replace our files
        _ = try PrivateFolder(path: open)
    }

    /// The folder a user names for an export may itself be a link (`~/exports` on another disk):
    /// it is followed once, and the file is written in the folder it leads to.
    @Test func anExportIntoALinkedFolderLandsInTheRealOne() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        mkdir(folder.path("real"), 0o700)
        symlink(folder.path("real"), folder.path("exports"))
        try PrivateFile.save(Data("{}".utf8), to: folder.path("exports") + "/export.json", existing: .keep)
        #expect(FileManager.default.fileExists(atPath: folder.path("real") + "/export.json"))
    }

    @Test func keepingAnExistingFileIsDecidedAtTheMomentOfWriting() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        try Data("old".utf8).write(to: URL(fileURLWithPath: folder.path("x.json")))
        let failure = #expect(throws: PrivateFile.Failure.self) {
            try PrivateFile.save(Data("new".utf8), to: folder.path("x.json"), existing: .keep)
        }
        #expect(failure?.code == EEXIST)
        #expect(try String(contentsOfFile: folder.path("x.json"), encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["x.json"])
    }
}
