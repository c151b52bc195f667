import Foundation
import GRDB
import LiaisonTestSupport
import Testing
@testable import LiaisonCore

/// A reader who cannot write the store's folder reads it `immutable` (`ImmutableReadGuard`),
/// while colleagues who can write it go on saving. Their saves are made here by the `sqlite3`
/// program, a process of its own: POSIX locks only keep other processes out.
///
/// Such a reader was once told the store was damaged ("restore it from a backup"), and `check`
/// made up problems, whenever a colleague's command folded its WAL into the file mid-read; and
/// a wall or read-only dashboard opened that way never showed a later save.
@Suite struct ImmutableReadTests {
    let folder: TestFolder
    let path: String

    init() throws {
        folder = try TestFolder("immutable-read")
        path = folder.path("care.sqlite")
        let store = try Store.create(path: path, staff: "Amara Okafor")
        try store.addPerson(PersonDraft(name: "Edith Brown"))
        try store.close()
    }

    /// The store opened as a reader who cannot write its folder opens it.
    private func openAsReader() throws -> StoreDatabase {
        try StoreDatabase.$opensImmutable.withValue(true) { try StoreDatabase.open(path: path, mode: .readOnly) }
    }

    /// A colleague's save, as its own process: a copy of Edith under another id and name.
    private func colleagueSaves(_ name: String, thenFolds: Bool = false) throws {
        let sql = SQLiteProgram.copyFirstPerson(as: name) + (thenFolds ? " PRAGMA wal_checkpoint;" : "")
        #expect(try SQLiteProgram.run(path, sql) == 0)
    }

    private func people(_ database: StoreDatabase) throws -> Int {
        try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM person") ?? 0 }
    }

    private var walSize: Int {
        var info = stat()
        return stat(path + "-wal", &info) == 0 ? Int(info.st_size) : 0
    }

    /// The colleague's command cannot fold its save into the file while the reader reads: it
    /// stays in the WAL. A command goes on reading the store as it was when it opened; a reader
    /// left open (`reopenIfBehind`, as the wall's refresh asks) opens it again, and sees it.
    @Test func aColleaguesSaveStaysInTheWALUntilTheReaderLooksAgain() throws {
        let reader = try openAsReader()
        #expect(try people(reader) == 1)
        let before = try reader.dataVersion()

        try colleagueSaves("Rose Field")
        #expect(walSize > 0, "the colleague's close left the file alone")
        #expect(try people(reader) == 1, "one store state for the whole command")
        try reader.reopenIfBehind()
        #expect(try people(reader) == 2)
        #expect(try reader.dataVersion() != before, "a new connection is a new data version")
        try colleagueSaves("Ivy Stone")
        try reader.reopenIfBehind()
        #expect(try people(reader) == 3)
    }

    /// A fold that the lock cannot stop (here someone's `PRAGMA wal_checkpoint`), made while a
    /// read is under way: what was read is refused, in words, and so is every read through that
    /// connection, until a reader left open opens the store again.
    @Test func aFoldDuringAReadIsRefusedAndNotTrusted() throws {
        let reader = try openAsReader()
        let error = #expect(throws: StoreError.self) {
            try reader.read { db in
                try colleagueSaves("Rose Field", thenFolds: true)
                return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM person")
            }
        }
        #expect(error?.message.contains("was changed while it was being read") == true)
        #expect(error?.message.contains("damaged") == false)
        #expect(throws: StoreError.self, "the file is not the one this connection read") { try people(reader) }
        try reader.reopenIfBehind()
        #expect(try people(reader) == 2)
    }

    /// The same fold, where the file's modification time does not move (as on a kernel before
    /// 6.13, when the fold falls in the same timer tick as the file's last write; here the test
    /// puts the time back) and its size stays: SQLite's own mark of the fold still refuses it.
    @Test func aFoldThatLeavesTheFileTimeAsItWasIsRefusedToo() throws {
        let reader = try openAsReader()
        var before = stat()
        #expect(stat(path, &before) == 0)
        let error = #expect(throws: StoreError.self) {
            try reader.read { db in
                let update = "UPDATE person SET body = json_set(body, '$.location', 'Room 9'); PRAGMA wal_checkpoint;"
                #expect(try SQLiteProgram.run(path, update) == 0)
                var after = stat()
                #expect(stat(path, &after) == 0 && after.st_size == before.st_size)
                var times = [before.st_atim, before.st_mtim]
                #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
                return try String.fetchOne(db, sql: "SELECT json_extract(body, '$.location') FROM person")
            }
        }
        #expect(error?.message.contains("was changed while it was being read") == true)
    }

    /// An export streamed out (to a pipe, say) while the read is under way: nothing read after
    /// a fold goes out. Each buffer is checked before it leaves, so the output stops at the last
    /// one read soundly, and the export is refused.
    @Test func anExportStopsBeforeAnythingReadAfterAFoldGoesOut() throws {
        let demo = folder.path("demo.sqlite")
        let writer = try Store.create(path: demo, staff: "Amara Okafor")
        try writer.fillWithDemo(seed: 2)
        try writer.close()
        let reader = try StoreDatabase.$opensImmutable.withValue(true) {
            try Store.open(path: demo, mode: .readOnly, staff: "Auditor", scope: .lookup)
        }
        var buffers = 0
        var colleagueStatus: Int32?
        let sink = ByteSink { _ in
            buffers += 1
            if buffers == 1 {
                colleagueStatus = try SQLiteProgram.run(demo, SQLiteProgram.copyFirstPerson(as: "Rose Field") + " PRAGMA wal_checkpoint;")
            }
        }
        let error = #expect(throws: StoreError.self) { try reader.exportJSON(to: sink) }
        #expect(colleagueStatus == 0)
        #expect(error?.message.contains("was changed while it was being read") == true)
        #expect(buffers == 1, "only what was read before the fold went out")
    }

    /// A colleague's command makes its `-wal` before its shared-memory file: a reader opening in
    /// between finds saves it cannot read yet. It waits and tries the ordinary open again, which
    /// reads them once the shared-memory file is there; a `-wal` left without one is refused.
    @Test func aReaderOpeningBeforeAColleaguesSharedMemoryFileWaitsForIt() throws {
        let holder = try openAsReader()  // keeps the colleague's -wal and -shm in place
        try colleagueSaves("Rose Field")
        let shm = path + "-shm"
        #expect(rename(shm, shm + ".away") == 0)
        let pauses = PauseCount { count in
            if count == 2 { #expect(rename(shm + ".away", shm) == 0) }
        }
        let reader = try StoreDatabase.$patience.withValue(pauses.patience) { try openAsReader() }
        #expect(pauses.count == 2)
        #expect(try people(reader) == 2)
        withExtendedLifetime(holder) {}

        #expect(rename(shm, shm + ".away") == 0)
        let never = PauseCount { _ in }
        let error = #expect(throws: StoreError.self) { try StoreDatabase.$patience.withValue(never.patience) { try openAsReader() } }
        #expect(error?.message.contains("its latest changes are still in") == true)
        #expect(never.count == 7, "about a quarter of a second of waits in all")
    }

    /// Counts the waits of `StoreDatabase.patience`, and acts at each instead of sleeping.
    final class PauseCount: @unchecked Sendable {
        private let lock = NSLock()
        private var waits = 0
        private let act: (Int) -> Void
        init(_ act: @escaping (Int) -> Void) { self.act = act }
        var count: Int { lock.withLock { waits } }
        var patience: Patience {
            Patience(pauses: Patience.sharedMemoryFile.pauses) { _ in
                let count = self.lock.withLock { self.waits += 1; return self.waits }
                self.act(count)
            }
        }
    }

    /// The wall and a read-only dashboard: a store opened this way follows colleagues' saves.
    @Test func aReadOnlyStoreOpenedThisWayFollowsSaves() throws {
        let wall = try StoreDatabase.$opensImmutable.withValue(true) {
            try Store.open(path: path, mode: .readOnly, staff: "Wall")
        }
        #expect(wall.people.map(\.name) == ["Edith Brown"])
        try colleagueSaves("Rose Field")
        #expect(try wall.refreshIfChanged())
        #expect(wall.people.map(\.name).sorted() == ["Edith Brown", "Rose Field"])
        #expect(try !wall.refreshIfChanged())
    }

    /// `check` reads through two connections, the second opened after a colleague's save that
    /// the first cannot see: it opens all the same, on the same store state, and `check`'s two
    /// halves find nothing wrong through them.
    @Test func aSecondReaderOpensBehindAColleaguesSave() throws {
        let first = try openAsReader()
        try colleagueSaves("Rose Field")
        let second = try first.secondReader()
        #expect(try people(second) == 1)
        #expect(try people(first) == 1)
        let (problems, counts) = try second.read { db in try StoreCheck.sqliteChecks(db) }
        // The saves above are stamped by this machine's clock: judged from a moment after any of them.
        let own = try first.read { db in try StoreCheck.ownChecks(db, now: .distantFuture, warningsPerKind: nil) }
        #expect(problems.isEmpty && own.problems.isEmpty, "\(problems) \(own)")
        #expect(counts["person"] == 1)
    }
}
