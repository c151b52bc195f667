import Foundation
import LiaisonTestSupport
import Testing

/// The suite never writes under the HOME of whoever runs it, and never sees their `LIAISON_*`:
/// a developer's own store, drafts and themes stay exactly as they were.
@Suite(.endToEnd, .tags(.endToEnd)) struct CallerHomeTests {
    /// The places Liaison writes by default, under the caller's own HOME and XDG folders.
    static var callersLiaisonFolders: [String] {
        let environment = ProcessInfo.processInfo.environment
        let home = environment["HOME"] ?? NSHomeDirectory()
        return [
            (environment["XDG_DATA_HOME"] ?? home + "/.local/share") + "/liaison",
            (environment["XDG_CONFIG_HOME"] ?? home + "/.config") + "/liaison",
            (environment["XDG_STATE_HOME"] ?? home + "/.local/state") + "/liaison",
        ]
    }

    /// Every file under `folders` with its size and modification time; "" for a missing folder.
    static func snapshot(_ folders: [String]) -> [String: String] {
        var files: [String: String] = [:]
        for folder in folders {
            guard let paths = FileManager.default.subpaths(atPath: folder) else {
                files[folder] = ""
                continue
            }
            for path in paths {
                let attributes = try? FileManager.default.attributesOfItem(atPath: folder + "/" + path)
                files[folder + "/" + path] = "\(attributes?[.size] ?? 0) \(attributes?[.modificationDate] ?? Date.distantPast)"
            }
        }
        return files
    }

    @Test func theHarnessHandsTheBinaryNothingOfTheCallersEnvironment() {
        let caller = [
            "HOME": "/home/ruth", "XDG_DATA_HOME": "/home/ruth/data", "XDG_CONFIG_HOME": "/home/ruth/config",
            "LIAISON_STORE": "/srv/care/liaison.sqlite", "LIAISON_STAFF": "Ruth Okafor", "LIAISON_NOW": "2020-01-01T00:00:00Z",
            "TZ": "America/New_York", "PATH": "/opt/bin:/usr/bin", "USER": "ruth",
        ]
        let environment = BinaryEnvironment.make(home: "/tmp/scratch/home", caller: caller)
        #expect(environment["HOME"] == "/tmp/scratch/home")
        #expect(environment["XDG_DATA_HOME"] == "/tmp/scratch/home/.local/share")
        #expect(environment["XDG_CONFIG_HOME"] == "/tmp/scratch/home/.config")
        #expect(environment["LIAISON_STORE"] == nil && environment["LIAISON_STAFF"] == nil)
        #expect(environment["LIAISON_NOW"] == BinaryEnvironment.now)
        #expect(environment["TZ"] == "Europe/London" && environment["USER"] == "e2e-user")
        #expect(environment["PATH"] == "/opt/bin:/usr/bin")
        #expect(!environment.values.contains { $0.contains("ruth") || $0.contains("/srv/care") })
    }

    /// Every kind of run the suite makes — a command, the demo at its default place, the
    /// dashboard and its drafts in tmux — with no `--store` at all, so each falls back to its
    /// default location: that must be inside the test's own HOME, and the caller's folders
    /// must be exactly as they were.
    @Test func runsWithoutAStoreFlagWriteUnderTheScratchHomeNotTheCallers() async throws {
        let before = Self.snapshot(Self.callersLiaisonFolders)
        let scratch = try ScratchFolder()
        let demo = try await LiaisonProcess.run(["demo", "--no-open", "--as", "E2E"], home: scratch.home)
        #expect(demo.status == 0, "\(demo.stderr)")
        let ownDemo = scratch.home + "/.local/share/liaison/demo.sqlite"
        #expect(demo.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == ownDemo)
        let created = try await LiaisonProcess.run(["init", "--as", "E2E"], home: scratch.home)
        #expect(created.status == 0, "\(created.stderr)")
        let added = try await LiaisonProcess.run(
            ["add", "person", "--name", "Edith Brown", "--as", "E2E"], home: scratch.home)
        #expect(added.status == 0, "\(added.stderr)")
        #expect(FileManager.default.fileExists(atPath: scratch.home + "/.local/share/liaison/liaison.sqlite"))
        let session = try scratch.tmux(command: "sh -c '\(LiaisonProcess.binary.path) --as E2E; exec sh'")
        defer { session.kill() }
        #expect(await session.waitFor("Escalations"))
        try session.send("a", literal: true)
        #expect(await session.waitFor("New contact / advice"))
        try session.send("draft words", literal: true)
        #expect(await eventually {
            (try? FileManager.default.contentsOfDirectory(atPath: scratch.home + "/.local/share/liaison/liaison.sqlite.drafts"))?
                .contains { $0.hasPrefix("E2E.") } == true
        })
        #expect(Self.snapshot(Self.callersLiaisonFolders) == before)
    }
}
