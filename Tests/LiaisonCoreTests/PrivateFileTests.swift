import Foundation
import Testing
import LiaisonCore

@Suite struct PrivateFileTests {
    /// A draft or an export replaces an older file whose mode was wider, and a temporary file a
    /// crashed write left behind (O_TRUNC keeps a file's mode): the result is still 0600.
    @Test func anOverwrittenFileEndsOwnerOnlyWhateverWasThereBefore() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("private-file-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("export.json").path
        let leftover = folder.appendingPathComponent(".export.json.\(getpid()).tmp").path
        for path in [target, leftover] {
            #expect(FileManager.default.createFile(atPath: path, contents: Data("old".utf8), attributes: [.posixPermissions: 0o644]))
        }
        try PrivateFile.save(Data("new".utf8), to: target)
        let mode = try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "new")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["export.json"])
    }

    @Test func aFolderThatCannotBeWrittenIsReportedAndNothingIsLeft() throws {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-\(UUID().uuidString)/x.json").path
        #expect(throws: PrivateFile.Failure.self) { try PrivateFile.save(Data("x".utf8), to: missing) }
    }
}
