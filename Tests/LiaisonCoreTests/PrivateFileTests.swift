import Foundation
import Testing
import LiaisonCore

@Suite struct PrivateFileTests {
    /// A draft or an export replaces an older file whose mode was wider: the result is still
    /// 0600. A file under an older build's temporary name is left alone: temporary names are
    /// random now and created new, so no file already there is ever written through.
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
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [leftover, target].map { URL(fileURLWithPath: $0).lastPathComponent }.sorted())
        #expect(try String(contentsOfFile: leftover, encoding: .utf8) == "old")
    }

    @Test func aFolderThatCannotBeWrittenIsReportedAndNothingIsLeft() throws {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-\(UUID().uuidString)/x.json").path
        #expect(throws: PrivateFile.Failure.self) { try PrivateFile.save(Data("x".utf8), to: missing) }
    }
}
