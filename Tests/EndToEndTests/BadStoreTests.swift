import Foundation
import LiaisonTestSupport
import Testing

/// A store that is damaged, cut short, from a newer Liaison, or in a folder that cannot be
/// written: every command refuses with a clear message and a non-zero exit, and the file keeps
/// every byte it had.
@Suite(.endToEnd, .tags(.endToEnd)) struct BadStoreTests {
    static let commands: [[String]] = [
        ["add", "person", "--name", "New Person"],
        ["export"],
        ["check"],
        ["import", "/dev/null"],
        ["demo", "--no-open"],
    ]

    /// Makes a real store with a few records in `scratch`, returns its path.
    static func realStore(_ scratch: ScratchFolder) async throws -> String {
        try await scratch.seeded()
        _ = try await scratch.liaison(["add", "contact", "--person", "Edith Brown", "--partner", "Dr Patel", "--channel", "phone", "--summary", "Cough", "--advice", "Fluids"])
        return scratch.path("store.sqlite")
    }

    static func expectRefusedUnchanged(_ scratch: ScratchFolder, _ path: String, saying words: String) async throws {
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        for command in commands {
            var arguments = command
            if command.first == "demo" { arguments += ["--store", path] }
            let result = try await scratch.liaison(arguments)
            #expect(result.status != 0, "\(command) exited 0")
            #expect(result.stderr.contains(words), "\(command): \(result.stderr)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before, "\(command) changed the file")
        }
    }

    /// A contact from last week whose stored text was damaged: the handover for its day, and the
    /// dashboard, refuse and say how to find it, rather than leave it out without a word.
    @Test func aDamagedContactIsNeverLeftOutOfAHandoverInSilence() async throws {
        let scratch = try ScratchFolder()
        try await scratch.seeded()
        let added = try await scratch.liaison(["add", "contact", "--person", "Edith Brown", "--partner", "Dr Patel", "--channel", "phone",
                                               "--summary", "GP rang", "--when", "Thu 09:00"])
        let id = added.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try SQLiteProgram.run(scratch.path("store.sqlite"), "UPDATE contact SET body = '{not json' WHERE id = '\(id)';") == 0)
        let report = try await scratch.liaison(["report", "--date", "Thu"])
        #expect(report.status == 2 && report.stdout.isEmpty, "\(report.stdout)")
        #expect(report.stderr.contains("holds a record that cannot be read") && report.stderr.contains("liaison check"), "\(report.stderr)")
        let check = try await scratch.liaison(["check"])
        #expect(check.status == 1 && check.stderr.contains("contact \(id): the record cannot be read"), "\(check.stderr)")
    }

    /// A contact dated in the year 26, as a store written before the forms refused it holds it:
    /// whole, so the store passes, with a warning naming it.
    @Test func aYearNoRecordCanHaveIsWarnedOf() async throws {
        let scratch = try ScratchFolder()
        try await scratch.seeded()
        let added = try await scratch.liaison(["add", "contact", "--person", "Edith Brown", "--partner", "Dr Patel", "--channel", "phone",
                                               "--summary", "GP rang"])
        let id = added.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        // 24 November 26, in seconds since 1970.
        #expect(try SQLiteProgram.run(scratch.path("store.sqlite"), "UPDATE contact SET body = json_set(body, '$.happenedAt', -61344748800) WHERE id = '\(id)';") == 0)
        let check = try await scratch.liaison(["check"])
        #expect(check.status == 0 && check.stdout.hasPrefix("ok: "), "\(check.stdout)\(check.stderr)")
        #expect(check.stderr.hasPrefix("liaison: warning: contact \(id): when it happened is dated 0026-"), "\(check.stderr)")
    }

    /// The same year typed wrong on a dozen contacts, as a script can make it: the first are
    /// named, the rest counted, and `--every-warning` names each.
    @Test func aFaultOnManyRecordsIsCountedAndNamedWhenAskedFor() async throws {
        let scratch = try ScratchFolder()
        try await scratch.seeded()
        for n in 0..<12 {
            let added = try await scratch.liaison(["add", "contact", "--person", "Edith Brown", "--partner", "Dr Patel", "--channel", "phone",
                                                   "--summary", "GP rang \(n)"])
            #expect(added.status == 0, "\(added.stderr)")
        }
        #expect(try SQLiteProgram.run(scratch.path("store.sqlite"), "UPDATE contact SET body = json_set(body, '$.happenedAt', -61344748800 - rowid * 86400);") == 0)
        let check = try await scratch.liaison(["check"])
        #expect(check.status == 0 && check.stdout.hasPrefix("ok: "), "\(check.stdout)\(check.stderr)")
        let lines = check.stderr.split(separator: "\n")
        #expect(lines.count == 11 && lines.prefix(10).allSatisfy { $0.contains(": when it happened is dated 002") }, "\(check.stderr)")
        #expect(lines.last == "liaison: warning: and 2 more warnings like the 10 above about contact records; `liaison check --every-warning` names them all")
        let every = try await scratch.liaison(["check", "--every-warning"])
        #expect(every.status == 0 && every.stderr.split(separator: "\n").count == 12, "\(every.stderr)")
        #expect(!every.stderr.contains("more warnings like"))
    }

    @Test func garbageIsRefused() async throws {
        let scratch = try ScratchFolder()
        let path = scratch.path("store.sqlite")
        var bytes = [UInt8](repeating: 0, count: 8192)
        for i in bytes.indices { bytes[i] = UInt8(truncatingIfNeeded: i &* 131 &+ 7) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        try await Self.expectRefusedUnchanged(scratch, path, saying: "damaged")
    }

    /// A notes file or a spreadsheet export given as the store is not called a damaged store
    /// to be restored from a backup: it never was one.
    @Test func aTextFileIsCalledWhatItIs() async throws {
        let scratch = try ScratchFolder()
        // The scratch folder's store path, as every command run here opens it.
        let path = scratch.path("store.sqlite")
        try "name,room\nZoë Adams,4\nHarold Finch,9\n".write(toFile: path, atomically: true, encoding: .utf8)
        try await Self.expectRefusedUnchanged(scratch, path, saying: "is a text file, not a Liaison store")
    }

    @Test func aCorruptHeaderIsRefused() async throws {
        let scratch = try ScratchFolder()
        let path = try await Self.realStore(scratch)
        var data = try Data(contentsOf: URL(fileURLWithPath: path))
        for i in 0..<16 { data[i] = 0x5A }
        try data.write(to: URL(fileURLWithPath: path))
        try await Self.expectRefusedUnchanged(scratch, path, saying: "damaged")
    }

    @Test func aDamagedSchemaPageIsRefused() async throws {
        let scratch = try ScratchFolder()
        let path = try await Self.realStore(scratch)
        var data = try Data(contentsOf: URL(fileURLWithPath: path))
        // Page 1 after the header holds the table definitions.
        for i in 100..<1024 { data[i] = 0xFF }
        try data.write(to: URL(fileURLWithPath: path))
        try await Self.expectRefusedUnchanged(scratch, path, saying: "damaged")
    }

    @Test func aTruncatedStoreIsRefused() async throws {
        let scratch = try ScratchFolder()
        let path = try await Self.realStore(scratch)
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        try data.prefix(data.count / 2 + 100).write(to: URL(fileURLWithPath: path))
        try await Self.expectRefusedUnchanged(scratch, path, saying: "damaged")
    }

    @Test func aNewerStoreIsRefused() async throws {
        let scratch = try ScratchFolder()
        let path = try await Self.realStore(scratch)
        var data = try Data(contentsOf: URL(fileURLWithPath: path))
        // SQLite keeps user_version, Liaison's schema version, big-endian at byte 60.
        data.replaceSubrange(60..<64, with: [0, 0, 0, 99])
        try data.write(to: URL(fileURLWithPath: path))
        try await Self.expectRefusedUnchanged(scratch, path, saying: "newer version of Liaison")
    }

    @Test func anUnwritableFolderIsRefused() async throws {
        let scratch = try ScratchFolder()
        let path = try await Self.realStore(scratch)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: scratch.url.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: scratch.url.path) }
        // Root may write anywhere, so as root the command runs as the unprivileged `nobody`.
        let result = try await LiaisonProcess.run(
            ["add", "person", "--name", "New Person"], environment: ["LIAISON_STORE": path, "LIAISON_STAFF": "E2E"],
            unprivileged: true)
        #expect(result.status != 0)
        #expect(result.stderr.contains("cannot be written"), "stderr: \(result.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func aNewStoreIsPrivate() async throws {
        let scratch = try ScratchFolder()
        try await scratch.seeded()
        let attributes = try FileManager.default.attributesOfItem(atPath: scratch.path("store.sqlite"))
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    }
}
