import Foundation
import Testing
import LiaisonCore

@Suite struct EntryDraftStoreTests {
    func temporaryStorePath() -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("entry-drafts-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent("liaison.sqlite").path
    }

    @Test func aDraftFolderLeftOpenToOthersIsNarrowedOnTheNextSave() throws {
        let drafts = DraftStore(storePath: temporaryStorePath(), staff: "Amara Okafor")
        try FileManager.default.createDirectory(at: drafts.folder, withIntermediateDirectories: true)
        chmod(drafts.folder.path, 0o755)
        try drafts.save(EntryDraft(form: "contact", focus: "person", updatedAt: Date(timeIntervalSince1970: 1_795_600_800)))
        let folderMode = try FileManager.default.attributesOfItem(atPath: drafts.folder.path)[.posixPermissions] as? Int
        #expect(folderMode == 0o700)
    }

    @Test func aDraftComesBackExactlyWithPrivatePermissions() throws {
        let drafts = DraftStore(storePath: temporaryStorePath(), staff: "Amara Okafor")
        #expect(try drafts.load("contact") == nil)
        var draft = EntryDraft(form: "contact", focus: "advice", updatedAt: Date(timeIntervalSince1970: 1_795_600_800))
        draft["summary"] = "GP rang about Zoë's dose"
        draft["advice"] = "Zoë's dose: 5 mg — «twice daily», 王\nSecond line 👩‍⚕️"
        try drafts.save(draft)
        #expect(try drafts.load("contact") == draft)
        let fileMode = try FileManager.default.attributesOfItem(atPath: drafts.file(for: "contact").path)[.posixPermissions] as? Int
        let folderMode = try FileManager.default.attributesOfItem(atPath: drafts.folder.path)[.posixPermissions] as? Int
        #expect(fileMode == 0o600)
        #expect(folderMode == 0o700)
        #expect(drafts.file(for: "contact").lastPathComponent == "Amara_Okafor.\(getpid()).contact.json")

        draft["summary"] = "changed"
        try drafts.save(draft)
        #expect(try drafts.load("contact")?["summary"] == "changed")
        // Only the draft itself is left in the folder: no temporary files behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: drafts.folder.path) == [drafts.file(for: "contact").lastPathComponent])
        drafts.discard("contact")
        #expect(try drafts.load("contact") == nil)
    }

    @Test func staffNamesCannotReachOutsideTheFolder() {
        let drafts = DraftStore(storePath: "/tmp/x.sqlite", staff: "../../etc/passwd")
        #expect(drafts.file(for: "contact").deletingLastPathComponent().path == "/tmp/x.sqlite.drafts")
        #expect(!drafts.file(for: "contact").lastPathComponent.contains("/"))
    }

    @Test func aDamagedDraftIsReportedAndLeftAlone() throws {
        let drafts = DraftStore(storePath: temporaryStorePath(), staff: "Tom")
        try FileManager.default.createDirectory(at: drafts.folder, withIntermediateDirectories: true)
        try Data("{not json".utf8).write(to: drafts.file(for: "contact"))
        #expect(throws: StoreError.self) { try drafts.load("contact") }
        #expect(FileManager.default.fileExists(atPath: drafts.file(for: "contact").path))
    }
}

@Suite struct EntryDraftSetAsideTests {
    @Test func anUnreadableDraftIsMovedAsideNotLost() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("entry-aside-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let drafts = DraftStore(storePath: folder.appendingPathComponent("s.sqlite").path, staff: "Tom")
        try FileManager.default.createDirectory(at: drafts.folder, withIntermediateDirectories: true)
        try Data("{half a draft".utf8).write(to: drafts.file(for: "contact"))
        let aside = try #require(drafts.setAside(drafts.file(for: "contact"), at: Date(timeIntervalSince1970: 1_795_600_800)))
        #expect(aside.lastPathComponent == "Tom.\(getpid()).contact.json.unreadable-1795600800")
        #expect(try String(contentsOf: aside, encoding: .utf8) == "{half a draft")
        #expect(try drafts.load("contact") == nil)
    }
}

@Suite struct EntryDraftSessionTests {
    func store() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("entry-sessions-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent("s.sqlite").path
    }

    /// A session that ended (no such process) left a draft; one still running keeps its own.
    @Test func onlyEndedSessionsDraftsAreOfferedAndAdoptingMakesThemOurs() throws {
        let path = try store()
        let ended = DraftStore(storePath: path, staff: "Tom", session: 2_000_000_000)
        let running = DraftStore(storePath: path, staff: "Tom", session: getppid())
        let someoneElse = DraftStore(storePath: path, staff: "Priya", session: 2_000_000_001)
        let now = Date(timeIntervalSince1970: 1_795_600_800)
        try ended.save(EntryDraft(form: "contact", values: ["summary": "left behind"], updatedAt: now))
        try running.save(EntryDraft(form: "contact", values: ["summary": "still typing elsewhere"], updatedAt: now))
        try someoneElse.save(EntryDraft(form: "contact", values: ["summary": "not Tom's"], updatedAt: now))

        let mine = DraftStore(storePath: path, staff: "Tom")
        #expect(mine.leftBehind() == [ended.file(for: "contact")])
        try mine.adopt(ended.file(for: "contact"), as: "contact")
        #expect(try mine.load("contact")?["summary"] == "left behind")
        #expect(mine.leftBehind().isEmpty)
        #expect(mine.own() == [mine.file(for: "contact")])
        #expect(try running.load("contact")?["summary"] == "still typing elsewhere")
    }
}

extension EntryDraftSessionTests {
    /// Each form keeps its own draft, so a contact set aside mid-call waits while a task is
    /// typed; a file an older build wrote (one per session, no form in its name) is offered
    /// back even under this session's number, never written over.
    @Test func eachFormHasItsOwnDraftAndAnOlderBuildsFileIsLeftBehind() throws {
        let path = try store()
        let now = Date(timeIntervalSince1970: 1_795_600_800)
        let mine = DraftStore(storePath: path, staff: "Tom")
        try mine.save(EntryDraft(form: "contact", values: ["summary": "GP rang"], updatedAt: now))
        try mine.save(EntryDraft(form: "task", values: ["title": "Ring back"], updatedAt: now + 60))
        #expect(try mine.load("contact")?["summary"] == "GP rang")
        #expect(try mine.load("task")?["title"] == "Ring back")
        #expect(Set(mine.own()) == [mine.file(for: "contact"), mine.file(for: "task")])
        mine.discard("task")
        #expect(try mine.load("task") == nil)
        #expect(try mine.load("contact") != nil, "the other form's draft stays")

        let older = mine.folder.appendingPathComponent("Tom.\(getpid()).json")
        try Data(#"{"form":"task","values":{"title":"from the old build"},"updatedAt":"2026-11-25T09:00:00Z"}"#.utf8).write(to: older)
        #expect(mine.leftBehind() == [older])
        #expect(mine.own() == [mine.file(for: "contact")])
        // Newest first: this session's contact (10:00), then the older build's task (09:00).
        #expect(mine.waiting().map(\.form) == ["contact", "task"])
        try mine.adopt(older, as: "task")
        #expect(try mine.load("task")?["title"] == "from the old build")
        #expect(mine.leftBehind().isEmpty)
    }
}

@Suite struct EntryDraftSharedFolderTests {
    /// A team's store lives in a setgid folder; colleagues must be able to keep drafts beside it,
    /// and the sticky bit stops one of them renaming or removing another's.
    @Test func besideASharedStoreTheDraftFolderIsTheGroupsButEachDraftIsPrivate() throws {
        let team = FileManager.default.temporaryDirectory.appendingPathComponent("entry-team-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: team, withIntermediateDirectories: true)
        chmod(team.path, 0o2770)
        let drafts = DraftStore(storePath: team.appendingPathComponent("care.sqlite").path, staff: "Tom")
        try drafts.save(EntryDraft(form: "contact", updatedAt: Date(timeIntervalSince1970: 0)))
        var folder = stat(), file = stat()
        stat(drafts.folder.path, &folder)
        stat(drafts.file(for: "contact").path, &file)
        #expect(folder.st_mode & 0o7777 == 0o3770)
        #expect(file.st_mode & 0o777 == 0o600)
    }
}
