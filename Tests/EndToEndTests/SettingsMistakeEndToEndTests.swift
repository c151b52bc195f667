import Foundation
import LiaisonTestSupport
import Testing

/// A settings file with a mistake in it stops every command that reads the settings, readers
/// too, in the same words; it never stops a backup, and `check` names it without calling the
/// store damaged.
@Suite(.endToEnd, .tags(.endToEnd)) struct SettingsMistakeEndToEndTests {
    @Test func aMistakeStopsReadersAndWritersButNotABackup() async throws {
        let scratch = try ScratchFolder()
        try await scratch.seeded()
        let settings = scratch.path("store.sqlite.settings.json")
        try Data(#"{"Staff": [{"name": "Ruth Okafor", "role": "registered-manager"}]}"#.utf8).write(to: URL(fileURLWithPath: settings))
        let words = "The settings file \(settings) cannot be read: at Staff: this version knows no such setting"
        for command in [["report"], ["add", "task", "--title", "Ring the GP", "--due", "tomorrow"]] {
            let refused = try await scratch.liaison(command)
            #expect(refused.status != 0 && refused.stdout.isEmpty, "\(command): \(refused.stdout)")
            #expect(refused.stderr.hasPrefix("liaison: \(words)"), "\(command): \(refused.stderr)")
        }
        let backup = try await scratch.liaison(["export"])
        #expect(backup.status == 0 && backup.stdout.contains("\"Edith Brown\""), "\(backup.stderr)")
        let checked = try await scratch.liaison(["check"])
        #expect(checked.status == 0 && checked.stdout.hasPrefix("ok: "), "\(checked.stderr)")
        #expect(checked.stderr.hasPrefix("liaison: warning: \(words)"), "\(checked.stderr)")
    }
}
