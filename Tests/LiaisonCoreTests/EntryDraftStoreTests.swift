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
        #expect(try drafts.load() == nil)
        var draft = EntryDraft(form: "contact", focus: "advice", updatedAt: Date(timeIntervalSince1970: 1_795_600_800))
        draft["summary"] = "GP rang about Zoë's dose"
        draft["advice"] = "Zoë's dose: 5 mg — «twice daily», 王\nSecond line 👩‍⚕️"
        try drafts.save(draft)
        #expect(try drafts.load() == draft)
        let fileMode = try FileManager.default.attributesOfItem(atPath: drafts.file.path)[.posixPermissions] as? Int
        let folderMode = try FileManager.default.attributesOfItem(atPath: drafts.folder.path)[.posixPermissions] as? Int
        #expect(fileMode == 0o600)
        #expect(folderMode == 0o700)
        #expect(drafts.file.lastPathComponent == "Amara_Okafor.\(getpid()).json")

        draft["summary"] = "changed"
        try drafts.save(draft)
        #expect(try drafts.load()?["summary"] == "changed")
        // Only the draft itself is left in the folder: no temporary files behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: drafts.folder.path) == [drafts.file.lastPathComponent])
        drafts.discard()
        #expect(try drafts.load() == nil)
    }

    @Test func staffNamesCannotReachOutsideTheFolder() {
        let drafts = DraftStore(storePath: "/tmp/x.sqlite", staff: "../../etc/passwd")
        #expect(drafts.file.deletingLastPathComponent().path == "/tmp/x.sqlite.drafts")
        #expect(!drafts.file.lastPathComponent.contains("/"))
    }

    @Test func aDamagedDraftIsReportedAndLeftAlone() throws {
        let drafts = DraftStore(storePath: temporaryStorePath(), staff: "Tom")
        try FileManager.default.createDirectory(at: drafts.folder, withIntermediateDirectories: true)
        try Data("{not json".utf8).write(to: drafts.file)
        #expect(throws: StoreError.self) { try drafts.load() }
        #expect(FileManager.default.fileExists(atPath: drafts.file.path))
    }
}

@Suite struct EntryDraftSetAsideTests {
    @Test func anUnreadableDraftIsMovedAsideNotLost() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("entry-aside-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let drafts = DraftStore(storePath: folder.appendingPathComponent("s.sqlite").path, staff: "Tom")
        try FileManager.default.createDirectory(at: drafts.folder, withIntermediateDirectories: true)
        try Data("{half a draft".utf8).write(to: drafts.file)
        let aside = try #require(drafts.setAside(drafts.file, at: Date(timeIntervalSince1970: 1_795_600_800)))
        #expect(aside.lastPathComponent == "Tom.\(getpid()).json.unreadable-1795600800")
        #expect(try String(contentsOf: aside, encoding: .utf8) == "{half a draft")
        #expect(try drafts.load() == nil)
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
        #expect(mine.leftBehind() == [ended.file])
        try mine.adopt(ended.file)
        #expect(try mine.load()?["summary"] == "left behind")
        #expect(mine.leftBehind().isEmpty)
        #expect(try running.load()?["summary"] == "still typing elsewhere")
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
        stat(drafts.file.path, &file)
        #expect(folder.st_mode & 0o7777 == 0o3770)
        #expect(file.st_mode & 0o777 == 0o600)
    }
}
