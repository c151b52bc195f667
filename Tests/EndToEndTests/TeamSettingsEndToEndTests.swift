import Foundation
import LiaisonTestSupport
import Testing

/// A team store's settings file is written so every member can read it, and one member's
/// settings (the demo's staff list, month-first dates set by the owner) rule the others' commands.
@Suite(.endToEnd, .tags(.endToEnd), .enabled(if: UnprivilegedUsers.available, "needs root and setpriv to act as other users"))
struct TeamSettingsEndToEndTests {
    @Test func settingsWrittenInATeamFolderAreReadAndHonouredByAnotherMember() async throws {
        let scratch = try ScratchFolder()
        let alice = UnprivilegedUsers.nobody, bob = try UnprivilegedUsers.peer()
        let (office, home) = UnprivilegedUsers.office(in: scratch, ownedBy: alice)
        let team = office + "/team", store = team + "/care.sqlite", demo = team + "/demo.sqlite"
        let settings = demo + ".settings.json"

        let created = try await UnprivilegedUsers.liaison(["init", store, "--group", "nogroup"], as: alice, home: home)
        #expect(created.status == 0, "\(created.stderr)")
        // init writes no settings file: nothing there for a member to be unable to read.
        #expect(!FileManager.default.fileExists(atPath: store + ".settings.json"))

        // Alice makes the demo store in the team folder; it writes its settings (a staff list).
        let made = try await UnprivilegedUsers.liaison(["demo", "--store", demo, "--no-open"], as: alice, home: home)
        #expect(made.status == 0, "\(made.stderr)")
        let mode = TeamStoreEndToEndTests.mode(settings)
        #expect(mode?.mode == 0o640 && mode?.gid == UnprivilegedUsers.group, "\(String(mode?.mode ?? 0, radix: 8))")

        // Bob's commands read it: a manager not on the list is refused, one on it accepted.
        let escalation = ["add", "escalation", "--store", demo, "--as", "Bob", "--kind", "disagreement",
                          "--summary", "We disagree with the new thickener plan", "--person", "Zofia Kowalczyk"]
        let stranger = try await UnprivilegedUsers.liaison(escalation + ["--manager", "Someone Else"], as: bob, home: home)
        #expect(stranger.status != 0 && stranger.stderr.contains("not a manager on the staff list"), "\(stranger.stderr)")
        #expect(!stranger.stderr.contains("cannot be read"), "\(stranger.stderr)")
        let listed = try await UnprivilegedUsers.liaison(escalation + ["--manager", "Sam Lead"], as: bob, home: home)
        #expect(listed.status == 0, "\(listed.stderr)")

        // The owner changes the service's policy in place (mode and owner kept): month-first dates.
        let text = try String(contentsOfFile: settings, encoding: .utf8)
        // The demo wrote every setting, so the order is changed where it stands (a second
        // "dateOrder" would be refused as written twice).
        #expect(text.contains("\"dateOrder\" : \"day-first\""), "\(text)")
        let changed = text.replacingOccurrences(of: "\"dateOrder\" : \"day-first\"", with: "\"dateOrder\" : \"month-first\"")
        let handle = try #require(FileHandle(forWritingAtPath: settings))
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: Data(changed.utf8))
        try handle.close()
        #expect(TeamStoreEndToEndTests.mode(settings)?.mode == 0o640)
        // 11/24 is 24 November only month first; day first there is no month 24.
        let report = try await UnprivilegedUsers.liaison(["report", "--store", demo, "--date", "11/24"], as: bob, home: home)
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("24 Nov"), "\(report.stdout.prefix(400))")
        let wall = try await UnprivilegedUsers.liaison(["report", "--store", demo, "--date", "24/11"], as: bob, home: home)
        #expect(wall.status != 0, "day first should be refused once the service writes month first")
    }
}

/// A store that can be read but not written opens read-only on the dashboard, saying so, and
/// refuses every editing key with one line; `--read-only` does the same on a writable store.
@Suite(.endToEnd, .tags(.endToEnd), .enabled(if: UnprivilegedUsers.available, "needs root and setpriv to act as another user"))
struct ReadOnlyDashboardEndToEndTests {
    @Test func anUnwritableStoreOpensReadOnlyAndRefusesEditingKeys() async throws {
        let scratch = try ScratchFolder()
        let auditor = UnprivilegedUsers.nobody
        let folder = scratch.path("audit"), home = scratch.path("home")
        mkdir(folder, 0o755)
        mkdir(home, 0o700)
        UnprivilegedUsers.chown(folder, auditor)
        UnprivilegedUsers.chown(home, auditor)
        chmod(scratch.url.path, 0o755)
        let store = folder + "/copy.sqlite"
        let made = try await UnprivilegedUsers.liaison(["demo", "--store", store, "--no-open"], as: auditor, home: home)
        #expect(made.status == 0, "\(made.stderr)")
        chmod(store, 0o444)
        let drafts = try FileManager.default.contentsOfDirectory(atPath: folder)

        let command = "\(UnprivilegedUsers.prefix(auditor).joined(separator: " ")) "
            + "\(LiaisonProcess.binary.path) --store \(store) --as Auditor; echo EXITED-$?; exec sh"
        let session = try TmuxSession(command: "sh -c '\(command)'", width: 120, height: 30, home: home)
        defer { session.kill() }
        #expect(await session.waitFor("read-only"), "\(session.capture())")
        let screen = session.capture()
        #expect(screen.split(separator: "\n").first?.contains("copy.sqlite · read-only") == true, "\(screen)")
        #expect(screen.contains("open read-only"), "\(screen)")
        for key in ["a", "r", "T"] {
            try session.send(key, literal: true)
            #expect(await session.waitFor("Read-only: this store can be read here but not changed"), "\(key): \(session.capture())")
            #expect(!session.capture().contains("New contact"), "\(session.capture())")
            try session.send("j", literal: true)
        }
        try session.send("q", literal: true)
        #expect(await session.waitFor("EXITED-0"), "\(session.capture())")
        // Nothing was written beside the store: no drafts folder, no new files.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).filter { !$0.hasSuffix("-wal") && !$0.hasSuffix("-shm") }.sorted()
            == drafts.filter { !$0.hasSuffix("-wal") && !$0.hasSuffix("-shm") }.sorted())
    }

    @Test func theReadOnlyFlagOpensAWritableStoreReadOnly() async throws {
        let scratch = try ScratchFolder()
        let store = scratch.path("care.sqlite")
        let made = try await LiaisonProcess.run(["demo", "--store", store, "--no-open"], home: scratch.path("home"))
        #expect(made.status == 0, "\(made.stderr)")
        let session = try TmuxSession(
            command: "\(LiaisonProcess.binary.path) --store \(store) --read-only; echo EXITED-$?; exec sh", width: 120, height: 30)
        defer { session.kill() }
        #expect(await session.waitFor("care.sqlite · read-only"), "\(session.capture())")
        #expect(!session.capture().contains("open read-only"), "a chosen read-only needs no explanation")
        try session.send("R", literal: true)
        #expect(await session.waitFor("Read-only: this store can be read here but not changed"), "\(session.capture())")
        try session.send("q", literal: true)
        #expect(await session.waitFor("EXITED-0"), "\(session.capture())")
    }
}
