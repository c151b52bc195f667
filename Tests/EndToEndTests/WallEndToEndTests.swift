import Foundation
import LiaisonTestSupport
import ProcessSpawning
import Testing

/// `liaison wall` in a real terminal (tmux on a private socket) over a demo store, while other
/// processes write to, move and lock that store.
@Suite(.endToEnd, .tags(.endToEnd)) struct WallEndToEndTests {
    /// A demo store in its own folder, and the wall running on it at `width`×`height`.
    final class Wall {
        let scratch: ScratchFolder
        let store: String
        let session: TmuxSession

        /// - Parameter beforeStart: runs on the store's path once it holds the demo, before the wall starts.
        /// - Parameter unprivileged: as root, run the wall as `nobody`, the store handed to it first.
        init(
            width: Int = 120, height: Int = 30, names: String? = nil, unprivileged: Bool = false,
            beforeStart: (String) async throws -> Void = { _ in }
        ) async throws {
            scratch = try ScratchFolder()
            store = scratch.path("demo.sqlite")
            let demo = try await scratch.liaison(["demo", "--no-open", "--seed", "1", "--store", store])
            guard demo.status == 0 else { throw WallTestError.setup(demo.stderr) }
            try await beforeStart(store)
            let extra = names.map { " --names \($0)" } ?? ""
            var prefix = ""
            if unprivileged {
                for path in [scratch.url.path, scratch.home, store, store + "-wal", store + "-shm"] { UnprivilegedUsers.handToNobody(path) }
                prefix = UnprivilegedUsers.nobodyWhenRoot
            }
            session = try scratch.tmux(
                command: "sh -c '\(prefix)\(LiaisonProcess.binary.path) wall --store \(store)\(extra); echo EXITED-$?; exec sh'",
                width: width, height: height)
        }

        deinit { session.kill() }

        func liaison(_ arguments: [String]) async throws -> LiaisonProcess.Result {
            try await scratch.liaison(arguments, store: "demo.sqlite")
        }

        func export() async throws -> String { try await liaison(["export", "--format", "json"]).stdout }

        /// The number in "N today", or nil when the contacts section is not on screen.
        func contactsToday() -> Int? { WallEndToEndTests.contactsToday(on: session.capture()) }
    }

    /// The number in "N today" on a wall's screen, or nil when the contacts section is not on it.
    static func contactsToday(on screen: String) -> Int? {
        if screen.contains("none yet today") { return 0 }
        guard let range = screen.range(of: #"(\d+) today · latest"#, options: .regularExpression) else { return nil }
        return Int(screen[range].prefix { $0.isNumber })
    }

    enum WallTestError: Error { case setup(String) }

    static let sections = ["Today's contacts", "Confirmations awaited", "Tasks due", "Open escalations", "Sharing basis"]

    /// Every value of `key` in the export's `list`.
    static func values(_ key: String, in list: String, of export: String) throws -> [String] {
        let object = try JSONSerialization.jsonObject(with: Data(export.utf8)) as? [String: Any]
        let records = object?[list] as? [[String: Any]] ?? []
        return records.compactMap { $0[key] as? String }
    }

    @Test func showsTheSectionsWithInitialsAndNoAdviceOrSummaries() async throws {
        let wall = try await Wall(width: 300, height: 80)
        #expect(await wall.session.waitFor("Sharing basis"))
        let screen = wall.session.capture()
        for title in Self.sections { #expect(screen.contains("─ \(title) ─"), "no \(title)") }
        #expect(screen.contains("▲ OVERDUE") && screen.contains("read-only · names: initials"))
        let export = try await wall.export()
        let names = try Self.values("name", in: "people", of: export)
        #expect(names.count == 40)
        for name in names { #expect(!screen.contains(name), "\(name) on the wall") }
        let words = try Self.values("summary", in: "contacts", of: export) + Self.values("advice", in: "contacts", of: export)
            + Self.values("summary", in: "escalations", of: export) + Self.values("title", in: "tasks", of: export)
        #expect(words.count > 50)
        for text in Set(words) { #expect(!screen.contains(text), "\(text) on the wall") }
        try wall.session.send("q", literal: true)
        #expect(await wall.session.waitFor("EXITED-0"))
    }

    @Test func fullNamesOnlyWhenAskedFor() async throws {
        let wall = try await Wall(width: 300, height: 80, names: "full")
        #expect(await wall.session.waitFor("names: full"))
        let names = try Self.values("name", in: "people", of: await wall.export())
        let screen = wall.session.capture()
        #expect(names.contains { screen.contains($0) })
    }

    @Test func anotherProcessesContactIsOnTheWallWithinASecond() async throws {
        let wall = try await Wall()
        #expect(await eventually { wall.contactsToday() != nil })
        let before = try #require(wall.contactsToday())
        let added = try await wall.liaison([
            "add", "contact", "--person", "Edith Brown", "--partner", "Dr Anil Patel", "--channel", "phone",
            "--summary", "Rang about the new dressing"])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(await eventually { wall.contactsToday() == before + 1 })
        #expect(!wall.session.capture().contains("Rang about the new dressing"))
    }

    @Test func keysChangeNothingInTheStore() async throws {
        // Big enough for every list on one page: the wall then never turns a page by itself,
        // so the screen before and after the keys can be compared whole, however slow the machine.
        let wall = try await Wall(width: 300, height: 80)
        #expect(await wall.session.waitFor("Sharing basis"))
        let before = try await wall.export()
        let screen = wall.session.capture()
        #expect(!screen.contains("page 1/"))
        // Esc first: straight after it a key reads as Alt plus that key, which must do nothing too.
        for key in ["Escape", "Enter", "Tab", "BSpace", "DC", "Up", "Down", "F2", "C-a", "C-d"] { try wall.session.send(key) }
        for key in ["a", "e", "d", "n", "x", "1", " ", "/"] { try wall.session.send(key, literal: true) }
        // `?` opens help and closes it again: proof the keys before it were all read.
        try wall.session.send("?", literal: true)
        #expect(await wall.session.waitFor("cannot change them"))
        try wall.session.send("?", literal: true)
        #expect(await eventually { !wall.session.capture().contains("cannot change them") })
        #expect(wall.session.capture() == screen)
        #expect(try await wall.export() == before)
        #expect(!wall.session.paneIsDead())
    }

    @Test func resizingLaysTheWallOutAgainFromSmallToLarge() async throws {
        let wall = try await Wall(width: 80, height: 24)
        #expect(await wall.session.waitFor("Sharing basis"))
        #expect(wall.session.capture().contains("page 1/"))  // 80×24 is too small for every list
        try wall.session.resize(width: 300, height: 80)
        #expect(await wall.session.waitFor("███"))  // the large clock, drawn only on a big screen
        let wide = wall.session.capture()
        for title in Self.sections { #expect(wide.contains("─ \(title) ─")) }
        #expect(!wide.contains("page 1/"))
        try wall.session.resize(width: 40, height: 10)
        #expect(await wall.session.waitFor("too small"))
        try wall.session.resize(width: 80, height: 24)
        #expect(await wall.session.waitFor("Sharing basis"))
        try wall.session.send("q", literal: true)
        #expect(await wall.session.waitFor("EXITED-0"))
    }

    @Test func blankKeyHidesEverythingAtOnceUntilPressedAgain() async throws {
        let wall = try await Wall()
        #expect(await wall.session.waitFor("Sharing basis"))
        try wall.session.send("b", literal: true)
        #expect(await eventually { wall.session.capture().trimmingCharacters(in: .whitespacesAndNewlines).isEmpty })
        try wall.session.send("b", literal: true)
        #expect(await wall.session.waitFor("Sharing basis"))
    }

    @Test func aStoreMovedAwayIsANoticeAndTheWallRecoversWhenItIsBack() async throws {
        let wall = try await Wall()
        #expect(await wall.session.waitFor("Sharing basis"))
        let moved = wall.store + ".away"
        try FileManager.default.moveItem(atPath: wall.store, toPath: moved)
        #expect(await wall.session.waitFor("Waiting for the store"))
        #expect(wall.session.capture().contains("not there"))
        #expect(!wall.session.paneIsDead())
        try FileManager.default.moveItem(atPath: moved, toPath: wall.store)
        #expect(await eventually { wall.session.capture().contains("Sharing basis") })
        #expect(!wall.session.capture().contains("Waiting for the store"))
    }

    /// `sqlite3` holding SQLite's exclusive lock for as long as its input stays open.
    final class Locker {
        let process = ChildProcess()
        let input = Pipe()

        init(_ store: String) throws {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["sqlite3", store]
            process.standardInput = input
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            input.fileHandleForWriting.write(Data(
                ".timeout 5000\nPRAGMA locking_mode=EXCLUSIVE;\nBEGIN EXCLUSIVE;\nSELECT count(*) FROM sqlite_master;\n".utf8))
        }

        func release() throws {
            try input.fileHandleForWriting.close()
            process.waitUntilExit()
        }

        /// Ends sqlite3 at once, rather than after it has waited out its own lock timeout. SIGKILL,
        /// because a process started from a test thread inherits its mask, SIGTERM blocked.
        func stop() {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    /// A running wall keeps SQLite's shared lock, so nobody can lock it out while it reads; a
    /// store that is already locked when the wall starts (a backup running) is the case to show.
    @Test func aLockedStoreIsANoticeAndTheWallRecoversWhenTheLockGoes() async throws {
        var locker: Locker?
        let wall = try await Wall { store in
            locker = try Locker(store)
            // The lock is taken once sqlite3 has run its statements: the shared range is then refused.
            guard await eventually({ Self.lockedExclusively(store) }) else { throw WallTestError.setup("sqlite3 took no lock") }
        }
        #expect(await wall.session.waitFor("locked the store"))
        #expect(!wall.session.paneIsDead())
        try locker?.release()
        #expect(await eventually { wall.session.capture().contains("Sharing basis") })
        #expect(!wall.session.capture().contains("Waiting for the store"))
    }

    @Test func aRunningWallIsNotFrozenByAnotherProgramTryingToLockTheStore() async throws {
        let wall = try await Wall()
        #expect(await wall.session.waitFor("Sharing basis"))
        let locker = try Locker(wall.store)
        defer { locker.stop() }
        let before = try #require(wall.contactsToday())
        let added = try await wall.liaison([
            "add", "contact", "--person", "Edith Brown", "--partner", "Dr Anil Patel", "--channel", "phone", "--summary", "Rang"])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(await eventually { wall.contactsToday() == before + 1 })
    }

    /// Whether some process holds a write lock over SQLite's shared byte range of `path`.
    static func lockedExclusively(_ path: String) -> Bool {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var lock = flock()
        lock.l_type = Int16(F_RDLCK)
        lock.l_whence = Int16(SEEK_SET)
        lock.l_start = off_t(0x4000_0002)
        lock.l_len = 510
        return fcntl(fd, F_GETLK, &lock) == 0 && lock.l_type != Int16(F_UNLCK)
    }

    /// Root reads any file whatever its mode, so as root the wall runs as `nobody`.
    @Test func anUnreadableStoreIsANoticeAndTheWallRecovers() async throws {
        let wall = try await Wall(unprivileged: true)
        #expect(await wall.session.waitFor("Sharing basis"))
        chmod(wall.store, 0)
        #expect(await wall.session.waitFor("cannot be read"))
        chmod(wall.store, 0o600)
        #expect(await eventually { wall.session.capture().contains("Sharing basis") })
    }

    /// A mistyped path would otherwise wait all day on the office screen for a store that will
    /// never come: refused at once, naming it. (A store that goes away later is waited for.)
    @Test func aMissingStoreAtStartIsRefusedNamingIt() async throws {
        let scratch = try ScratchFolder()
        let store = scratch.path("later.sqlite")
        let session = try TmuxSession(
            command: "sh -c '\(LiaisonProcess.binary.path) wall --store \(store); echo EXITED-$?; exec sh'", width: 80, height: 24)
        defer { session.kill() }
        #expect(await session.waitFor("EXITED-66"))
        let screen = session.capture().replacingOccurrences(of: "\n", with: "")
        #expect(screen.contains("There is no store at \(store)"), "\(screen)")
        #expect(!FileManager.default.fileExists(atPath: store))
    }

    /// The wall at 80×24 as it starts by default: initials, no rooms, no basis word by anyone.
    /// The settings file may choose rooms instead, and `--names` beats the settings file.
    @Test func byDefaultTheWallShowsInitialsWithoutRoomsAndTheSettingsOrTheFlagMayChooseOtherwise() async throws {
        let wall = try await Wall(width: 80, height: 24)
        #expect(await wall.session.waitFor("Sharing basis"))
        let screen = wall.session.capture()
        let initials = { (text: String) in text.range(of: #"\p{Lu}\.\p{Lu}\."#, options: .regularExpression) != nil }
        #expect(initials(screen), "\(screen)")
        for word in ["Room ", "Flat ", "WITHDRAWN", "NO BASIS", "review due"] { #expect(!screen.contains(word), "\(word): \(screen)") }
        #expect(screen.contains("people have no basis to share on"), "\(screen)")
        #expect(screen.split(separator: "\n").last?.contains("names: initials") == true)

        let settings = { (store: String) in
            try Data(#"{"wall": {"names": "room"}}"#.utf8).write(to: URL(fileURLWithPath: store + ".settings.json"))
        }
        let rooms = try await Wall(width: 80, height: 24, beforeStart: settings)
        #expect(await rooms.session.waitFor("Sharing basis"))
        let roomScreen = rooms.session.capture()
        #expect(roomScreen.contains("Room ") && !initials(roomScreen), "\(roomScreen)")
        #expect(roomScreen.split(separator: "\n").last?.contains("names: room") == true)

        let flag = try await Wall(width: 80, height: 24, names: "initials", beforeStart: settings)
        #expect(await flag.session.waitFor("Sharing basis"))
        #expect(initials(flag.session.capture()) && !flag.session.capture().contains("Room "))
    }

    @Test func withoutATerminalItSaysSoInOneLine() async throws {
        let scratch = try ScratchFolder()
        try await scratch.initStore()
        let result = try await LiaisonProcess.run(["wall", "--store", scratch.path("store.sqlite")])
        #expect(result.status == 1)
        #expect(result.stderr.contains("interactive terminal"))
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stdout.isEmpty)
    }
}
