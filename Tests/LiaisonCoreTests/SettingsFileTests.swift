import Foundation
import LiaisonTestSupport
import Testing
@testable import LiaisonCore

/// The settings file is edited by hand while colleagues save. A command that reads it while an
/// editor is halfway through saving must wait for the save, never refuse a good file and never
/// take a missing one for "standard settings": a month-first service's 4/3 would become the
/// 4th of March's opposite. The editor's steps run in the pauses, so no test sleeps.
@Suite struct SettingsFileTests {
    let folder: TestFolder
    let path: String
    let monthFirst = Data(#"{ "dateOrder": "month-first", "staff": [{ "name": "Ruth Okafor", "role": "registered-manager" }] }"#.utf8)

    init() throws {
        folder = try TestFolder("settings-file")
        path = folder.path("care.sqlite.settings.json")
    }

    /// The editor's next steps, one per pause; what was paused is kept for the test to see.
    final class Editor: @unchecked Sendable {
        private let lock = NSLock()
        private var steps: [() -> Void]
        private(set) var pauses: [Duration] = []

        init(_ steps: [() -> Void]) { self.steps = steps }

        var patience: Patience {
            Patience(pauses: Patience.editorSave.pauses) { duration in
                self.lock.withLock {
                    self.pauses.append(duration)
                    if !self.steps.isEmpty { self.steps.removeFirst()() }
                }
            }
        }
    }

    private func write(_ data: Data, to name: String? = nil) {
        #expect(FileManager.default.createFile(atPath: name.map(folder.path) ?? path, contents: data))
    }

    private func load(_ editor: Editor) throws -> ServiceSettings {
        try ServiceSettings.load(from: SettingsFile(path: path, patience: editor.patience))
    }

    private func refusal(_ editor: Editor) -> String? {
        do {
            _ = try load(editor)
            return nil
        } catch {
            return (error as? StoreError)?.message ?? "\(error)"
        }
    }

    @Test func anEditorSavingInPlaceIsWaitedFor() throws {
        // Emptied first, then written in two parts: each state is what a reader can catch.
        for caught in [Data(), monthFirst.prefix(30), Data("  \n".utf8)] {
            write(caught)
            let editor = Editor([{ write(monthFirst.prefix(60)) }, { write(monthFirst) }])
            let settings = try load(editor)
            #expect(settings.dateOrder == .monthFirst && settings.staff.count == 1)
            #expect(editor.pauses.count == 2)
        }
    }

    @Test func anEditorSavingByRenamingIsWaitedFor() throws {
        // vim and Emacs: the old file becomes `name~`, then the new one is written.
        write(Data(#"{ "dateOrder": "day-first" }"#.utf8), to: "care.sqlite.settings.json~")
        let editor = Editor([{}, { write(monthFirst) }])
        let settings = try load(editor)
        #expect(settings.dateOrder == .monthFirst)
        #expect(editor.pauses.count == 2)
        // JetBrains' safe write leaves its own name for the old file.
        try FileManager.default.removeItem(atPath: path)
        try FileManager.default.removeItem(atPath: path + "~")
        write(monthFirst, to: "care.sqlite.settings.json___jb_old___")
        #expect(try load(Editor([{ write(monthFirst) }])).dateOrder == .monthFirst)
    }

    @Test func noFileAndNoCopyOfItIsTheStandardSettingsAtOnce() throws {
        // An editor's swap or lock file is there while a first settings file is still being
        // written: the service has none yet, and is not kept waiting.
        write(Data("swap".utf8), to: ".care.sqlite.settings.json.swp")
        write(Data("lock".utf8), to: ".#care.sqlite.settings.json")
        write(Data("other".utf8), to: "care.sqlite")
        let editor = Editor([])
        #expect(try load(editor).dateOrder == .dayFirst)
        #expect(editor.pauses.isEmpty)
    }

    @Test func aMissingFileBesideACopyOfItIsRefusedNotGuessed() {
        write(monthFirst, to: "care.sqlite.settings.json~")
        let editor = Editor([])
        let message = refusal(editor)
        #expect(message?.contains("is missing, but care.sqlite.settings.json~ beside it looks like an editor's copy") == true, "\(message ?? "")")
        #expect(message?.contains("move that copy away to use the standard settings") == true)
        #expect(editor.pauses == Patience.editorSave.pauses)
        // About a second in all, for whoever is refused.
        let total = Patience.editorSave.pauses.reduce(Duration.zero, +)
        #expect(total >= .milliseconds(800) && total <= .milliseconds(1500))
    }

    @Test func aFileThatStaysBrokenIsRefusedAfterTheWait() {
        write(Data(#"{ "dateOrder": "month-first", "#.utf8))
        let editor = Editor([])
        #expect(refusal(editor)?.contains("it is not valid JSON") == true)
        #expect(editor.pauses.count == Patience.editorSave.pauses.count)
    }

    @Test func aWellFormedMistakeIsRefusedAtOnce() {
        write(Data(#"{ "dateOrder": "sideways" }"#.utf8))
        let editor = Editor([])
        let message = refusal(editor)
        #expect(message?.contains("cannot be read") == true && message?.contains("not valid JSON") == false, "\(message ?? "")")
        #expect(editor.pauses.isEmpty)
    }

    @Test func aFolderInPlaceOfTheFileIsRefused() throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        #expect(refusal(Editor([]))?.contains("cannot be read") == true)
    }
}
