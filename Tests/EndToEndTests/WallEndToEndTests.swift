import Foundation
import Testing

/// `liaison wall` in a real terminal (tmux on a private socket) over a demo store, while other
/// processes write to, move and lock that store.
@Suite struct WallEndToEndTests {
    /// A demo store in its own folder, and the wall running on it at `width`×`height`.
    final class Wall {
        let scratch: ScratchFolder
        let store: String
        let session: TmuxSession

        /// - Parameter beforeStart: runs on the store's path once it holds the demo, before the wall starts.
        init(width: Int = 120, height: Int = 30, names: String? = nil, beforeStart: (String) throws -> Void = { _ in }) throws {
            scratch = try ScratchFolder()
            store = scratch.path("demo.sqlite")
            let demo = try scratch.liaison(["demo", "--no-open", "--seed", "1", "--store", store])
            guard demo.status == 0 else { throw WallTestError.setup(demo.stderr) }
            try beforeStart(store)
            let extra = names.map { " --names \($0)" } ?? ""
            session = try TmuxSession(
                command: "sh -c '\(LiaisonProcess.binary.path) wall --store \(store)\(extra); echo EXITED-$?; exec sh'",
                width: width, height: height)
        }

        deinit { session.kill() }

        func liaison(_ arguments: [String]) throws -> LiaisonProcess.Result {
            try scratch.liaison(arguments, store: "demo.sqlite")
        }

        func export() throws -> String { try liaison(["export", "--format", "json"]).stdout }

        /// The number in "N today", or nil when the contacts section is not on screen.
        func contactsToday() -> Int? {
            let screen = session.capture()
            if screen.contains("none yet today") { return 0 }
            guard let range = screen.range(of: #"(\d+) today · latest"#, options: .regularExpression) else { return nil }
            return Int(screen[range].prefix { $0.isNumber })
        }
    }

    enum WallTestError: Error { case setup(String) }

    static let sections = ["Today's contacts", "Confirmations awaited", "Tasks due", "Open escalations", "Sharing basis"]

    /// Every value of `key` in the export's `list`.
    static func values(_ key: String, in list: String, of export: String) throws -> [String] {
        let object = try JSONSerialization.jsonObject(with: Data(export.utf8)) as? [String: Any]
        let records = object?[list] as? [[String: Any]] ?? []
        return records.compactMap { $0[key] as? String }
    }

    @Test func showsTheSectionsWithInitialsAndNoAdviceOrSummaries() throws {
        let wall = try Wall(width: 300, height: 80)
        #expect(wall.session.waitFor("Sharing basis"))
        let screen = wall.session.capture()
        for title in Self.sections { #expect(screen.contains("─ \(title) ─"), "no \(title)") }
        #expect(screen.contains("▲ OVERDUE") && screen.contains("read-only · names: initials"))
        let export = try wall.export()
        let names = try Self.values("name", in: "people", of: export)
        #expect(names.count == 40)
        for name in names { #expect(!screen.contains(name), "\(name) on the wall") }
        let words = try Self.values("summary", in: "contacts", of: export) + Self.values("advice", in: "contacts", of: export)
            + Self.values("summary", in: "escalations", of: export) + Self.values("title", in: "tasks", of: export)
        #expect(words.count > 50)
        for text in Set(words) { #expect(!screen.contains(text), "\(text) on the wall") }
        try wall.session.send("q", literal: true)
        #expect(wall.session.waitFor("EXITED-0"))
    }

    @Test func fullNamesOnlyWhenAskedFor() throws {
        let wall = try Wall(width: 300, height: 80, names: "full")
        #expect(wall.session.waitFor("names: full"))
        let names = try Self.values("name", in: "people", of: wall.export())
        let screen = wall.session.capture()
        #expect(names.contains { screen.contains($0) })
    }

    @Test func anotherProcessesContactIsOnTheWallWithinASecond() throws {
        let wall = try Wall()
        #expect(eventually { wall.contactsToday() != nil })
        let before = try #require(wall.contactsToday())
        let added = try wall.liaison([
            "add", "contact", "--person", "Edith Brown", "--partner", "Dr Anil Patel", "--channel", "phone",
            "--summary", "Rang about the new dressing"])
        #expect(added.status == 0, "\(added.stderr)")
        let saved = Date()
        #expect(eventually(timeout: 1.5, every: 0.02) { wall.contactsToday() == before + 1 })
        #expect(Date().timeIntervalSince(saved) < 1.5)
        #expect(!wall.session.capture().contains("Rang about the new dressing"))
    }

    @Test func keysChangeNothingInTheStore() throws {
        let wall = try Wall()
        #expect(wall.session.waitFor("Sharing basis"))
        let before = try wall.export()
        let screen = wall.session.capture()
        // Esc first: straight after it a key reads as Alt plus that key, which must do nothing too.
        for key in ["Escape", "Enter", "Tab", "BSpace", "DC", "Up", "Down", "F2", "C-a", "C-d"] { try wall.session.send(key) }
        for key in ["a", "e", "d", "n", "x", "1", " ", "/"] { try wall.session.send(key, literal: true) }
        // `?` opens help and closes it again: proof the keys before it were all read.
        try wall.session.send("?", literal: true)
        #expect(wall.session.waitFor("cannot change them"))
        try wall.session.send("?", literal: true)
        #expect(eventually { !wall.session.capture().contains("cannot change them") })
        #expect(wall.session.capture() == screen)
        #expect(try wall.export() == before)
        #expect(!wall.session.paneIsDead())
    }

    @Test func resizingLaysTheWallOutAgainFromSmallToLarge() throws {
        let wall = try Wall(width: 80, height: 24)
        #expect(wall.session.waitFor("Sharing basis"))
        #expect(wall.session.capture().contains("page 1/"))  // 80×24 is too small for every list
        try wall.session.resize(width: 300, height: 80)
        #expect(wall.session.waitFor("███"))  // the large clock, drawn only on a big screen
        let wide = wall.session.capture()
        for title in Self.sections { #expect(wide.contains("─ \(title) ─")) }
        #expect(!wide.contains("page 1/"))
        try wall.session.resize(width: 40, height: 10)
        #expect(wall.session.waitFor("too small"))
        try wall.session.resize(width: 80, height: 24)
        #expect(wall.session.waitFor("Sharing basis"))
        try wall.session.send("q", literal: true)
        #expect(wall.session.waitFor("EXITED-0"))
    }

    @Test func blankKeyHidesEverythingAtOnceUntilPressedAgain() throws {
        let wall = try Wall()
        #expect(wall.session.waitFor("Sharing basis"))
        try wall.session.send("b", literal: true)
        #expect(eventually { wall.session.capture().trimmingCharacters(in: .whitespacesAndNewlines).isEmpty })
        try wall.session.send("b", literal: true)
        #expect(wall.session.waitFor("Sharing basis"))
    }

    @Test func aStoreMovedAwayIsANoticeAndTheWallRecoversWhenItIsBack() throws {
        let wall = try Wall()
        #expect(wall.session.waitFor("Sharing basis"))
        let moved = wall.store + ".away"
        try FileManager.default.moveItem(atPath: wall.store, toPath: moved)
        #expect(wall.session.waitFor("Waiting for the store", timeout: 3))
        #expect(wall.session.capture().contains("not there"))
        #expect(!wall.session.paneIsDead())
        try FileManager.default.moveItem(atPath: moved, toPath: wall.store)
        #expect(eventually(timeout: 4) { wall.session.capture().contains("Sharing basis") })
        #expect(!wall.session.capture().contains("Waiting for the store"))
    }

    /// `sqlite3` holding SQLite's exclusive lock for as long as its input stays open.
    final class Locker {
        let process = Process()
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
    }

    /// A running wall keeps SQLite's shared lock, so nobody can lock it out while it reads; a
    /// store that is already locked when the wall starts (a backup running) is the case to show.
    @Test func aLockedStoreIsANoticeAndTheWallRecoversWhenTheLockGoes() throws {
        var locker: Locker?
        let wall = try Wall { store in
            locker = try Locker(store)
            // The lock is taken once sqlite3 has run its statements: the shared range is then refused.
            guard eventually(timeout: 5, { Self.lockedExclusively(store) }) else { throw WallTestError.setup("sqlite3 took no lock") }
        }
        #expect(wall.session.waitFor("locked the store", timeout: 3))
        #expect(!wall.session.paneIsDead())
        try locker?.release()
        #expect(eventually(timeout: 4) { wall.session.capture().contains("Sharing basis") })
        #expect(!wall.session.capture().contains("Waiting for the store"))
    }

    @Test func aRunningWallIsNotFrozenByAnotherProgramTryingToLockTheStore() throws {
        let wall = try Wall()
        #expect(wall.session.waitFor("Sharing basis"))
        let locker = try Locker(wall.store)
        defer { try? locker.release() }
        let before = try #require(wall.contactsToday())
        let added = try wall.liaison([
            "add", "contact", "--person", "Edith Brown", "--partner", "Dr Anil Patel", "--channel", "phone", "--summary", "Rang"])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(eventually(timeout: 1.5) { wall.contactsToday() == before + 1 })
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

    @Test(.enabled(if: getuid() != 0, "root reads any file whatever its mode"))
    func anUnreadableStoreIsANoticeAndTheWallRecovers() throws {
        let wall = try Wall()
        #expect(wall.session.waitFor("Sharing basis"))
        chmod(wall.store, 0)
        #expect(wall.session.waitFor("cannot be read", timeout: 3))
        chmod(wall.store, 0o600)
        #expect(eventually(timeout: 4) { wall.session.capture().contains("Sharing basis") })
    }

    @Test func aMissingStoreAtStartIsANoticeNotAnExit() throws {
        let scratch = try ScratchFolder()
        let store = scratch.path("later.sqlite")
        let session = try TmuxSession(
            command: "sh -c '\(LiaisonProcess.binary.path) wall --store \(store); echo EXITED-$?; exec sh'", width: 80, height: 24)
        defer { session.kill() }
        #expect(session.waitFor("Waiting for the store"))
        _ = try scratch.liaison(["demo", "--no-open", "--seed", "1", "--store", store])
        #expect(eventually(timeout: 4) { session.capture().contains("Sharing basis") })
        try session.send("q", literal: true)
        #expect(session.waitFor("EXITED-0"))
    }

    @Test func withoutATerminalItSaysSoInOneLine() throws {
        let scratch = try ScratchFolder()
        let result = try LiaisonProcess.runCollectingFiles(["wall", "--store", scratch.path("none.sqlite")])
        #expect(result.status == 1)
        #expect(result.stderr.contains("interactive terminal"))
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stdout.isEmpty)
    }
}
