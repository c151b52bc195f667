import Foundation
import Testing
@testable import LiaisonCore

/// In a team's setgid folder, a draft's notice (who, which form, when, whose initials) is
/// readable by the team so the shift lead sees unsaved work; the draft itself never is.
@Suite struct DraftNoticeSharingTests {
    static func modes(afterSavingIn folderMode: mode_t) throws -> (draft: mode_t, notice: mode_t) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("notice-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // A group this process belongs to, as a team folder's would be.
        _ = chown(folder.path, getuid(), getegid())
        _ = chmod(folder.path, folderMode)
        let drafts = DraftStore(storePath: folder.appendingPathComponent("store.sqlite").path, staff: "Night Carer", session: 7)
        try drafts.save(EntryDraft(form: "contact", values: ["summary": "Rang about H.F."], focus: "summary", updatedAt: Date(timeIntervalSince1970: 1_795_600_000)))
        try drafts.saveNotice(DraftNotice(staff: "Night Carer", form: "contact", updatedAt: Date(timeIntervalSince1970: 1_795_600_000), about: "HF"))
        func mode(_ url: URL) throws -> mode_t {
            var info = stat()
            guard stat(url.path, &info) == 0 else { throw CocoaError(.fileNoSuchFile) }
            return info.st_mode & 0o777
        }
        return (try mode(drafts.file(for: "contact")), try mode(DraftStore.noticeURL(for: drafts.file(for: "contact"))))
    }

    @Test func inATeamFolderTheNoticeIsTheGroupsAndTheDraftStaysTheAuthors() throws {
        let modes = try Self.modes(afterSavingIn: 0o2770)
        #expect(modes.draft == 0o600)
        #expect(modes.notice == 0o640)
    }

    @Test func inAPrivateFolderBothStayTheAuthorsAlone() throws {
        let modes = try Self.modes(afterSavingIn: 0o700)
        #expect(modes.draft == 0o600)
        #expect(modes.notice == 0o600)
    }
}
