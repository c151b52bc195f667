import Foundation
import Testing
@testable import LiaisonCore

/// A form's save gives up after a short wait when another process holds the store, and the
/// store's usual patience comes back afterwards.
@Suite struct EntryShortWaitTests {
    @Test func aHeldStoreRefusesAFormSaveQuicklyAndTheUsualWaitReturns() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("entry-wait-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("liaison.sqlite").path
        let ours = try Store.create(path: path, staff: "Amara Okafor")
        let theirs = try Store.open(path: path, staff: "Someone Else")
        // The other connection takes the write lock and keeps it, as a stuck save would; on a
        // thread of its own, since its connection is busy for as long as it holds the lock.
        let held = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0), done = DispatchSemaphore(value: 0)
        let other = theirs.database
        Thread.detachNewThread {
            try? other.queue.writeWithoutTransaction { db in
                try db.execute(sql: "BEGIN IMMEDIATE")
                held.signal()
                release.wait()
                try db.execute(sql: "ROLLBACK")
            }
            done.signal()
        }
        held.wait()

        // How long it waits is SQLite's busy timeout, read back below; this test only shows
        // that the held store refuses the save, and never times anything itself.
        #expect(throws: StoreError.self) {
            try ours.waitingAtMost(0.3) { try ours.addPerson(PersonDraft(name: "Zoë Adams", basis: .consent)) }
        }
        #expect(ours.people.isEmpty)

        release.signal()
        done.wait()
        let wait = try ours.database.read { db in try Int.fetchOne(db, sql: "PRAGMA busy_timeout") }
        #expect(wait == Int(StoreDatabase.busyTimeout * 1000))
        try ours.waitingAtMost(0.3) { try ours.addPerson(PersonDraft(name: "Zoë Adams", basis: .consent)) }
        #expect(ours.people.map(\.name) == ["Zoë Adams"])
        // Nested, the inner wait gives the outer one back, not the store's usual one.
        let inner = try ours.waitingAtMost(0.5) {
            try ours.waitingAtMost(0.2) {}
            return try ours.database.read { db in try Int.fetchOne(db, sql: "PRAGMA busy_timeout") }
        }
        #expect(inner == 500)
    }
}
