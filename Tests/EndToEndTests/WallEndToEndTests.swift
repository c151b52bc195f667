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

        init(width: Int = 120, height: Int = 30, names: String? = nil) throws {
            scratch = try ScratchFolder()
            store = scratch.path("demo.sqlite")
            let demo = try scratch.liaison(["demo", "--no-open", "--seed", "1", "--store", store])
            guard demo.status == 0 else { throw WallTestError.setup(demo.stderr) }
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

    @Test func aLockedStoreIsANoticeAndTheWallRecoversWhenTheLockGoes() throws {
        let wall = try Wall()
        #expect(wall.session.waitFor("Sharing basis"))
        // sqlite3 holds an exclusive lock for as long as its input stays open; its busy timeout
        // lets it wait out the wall's own brief reads.
        let locker = Process()
        locker.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        locker.arguments = ["sqlite3", wall.store]
        let input = Pipe()
        locker.standardInput = input
        locker.standardOutput = FileHandle.nullDevice
        locker.standardError = FileHandle.nullDevice
        try locker.run()
        input.fileHandleForWriting.write(Data(".timeout 5000\nPRAGMA locking_mode=EXCLUSIVE;\nBEGIN EXCLUSIVE;\nSELECT count(*) FROM sqlite_master;\n".utf8))
        #expect(wall.session.waitFor("locked the store", timeout: 3))
        #expect(!wall.session.paneIsDead())
        try input.fileHandleForWriting.close()
        locker.waitUntilExit()
        #expect(eventually(timeout: 4) { wall.session.capture().contains("Sharing basis") })
        #expect(!wall.session.capture().contains("Waiting for the store"))
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
}
