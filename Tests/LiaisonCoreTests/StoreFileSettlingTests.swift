import Foundation
import GRDB
import LiaisonTestSupport
import Testing
@testable import LiaisonCore

/// A file whose header counts more pages than it holds is a store cut short, unless another
/// process is folding its WAL into it at that moment: a checkpoint writes the header first and
/// the pages after, then deletes the WAL. Two colleagues saving together must never be told the
/// store is damaged, and a store really cut short must still be refused.
@Suite struct StoreFileSettlingTests {
    let folder: TestFolder
    let path: String
    let wal: String

    /// A real SQLite file of several pages with its last page cut off, as a reader sees it
    /// between a checkpoint's first write and its last.
    init() throws {
        folder = try TestFolder("store-file-settling")
        path = folder.path("care.sqlite")
        wal = path + "-wal"
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (x TEXT)")
            for _ in 0..<40 { try db.execute(sql: "INSERT INTO t VALUES (?)", arguments: [String(repeating: "x", count: 400)]) }
        }
        try queue.close()
        let (header, size) = try StoreFile.readHeader(path: path)
        #expect(header.pageCountValid && header.pageCount * header.pageSize == size && header.pageCount > 2)
        #expect(truncate(path, off_t(size - header.pageSize)) == 0)
    }

    private func writeWAL() {
        #expect(FileManager.default.createFile(atPath: wal, contents: Data(repeating: 1, count: 32)))
    }

    /// What a WAL is between a full checkpoint and the next save: there, but holding nothing.
    private func writeEmptyWAL() {
        #expect(FileManager.default.createFile(atPath: wal, contents: Data()))
    }

    private func removeWAL() {
        #expect((try? FileManager.default.removeItem(atPath: wal)) != nil)
    }

    @Test func aFileCutShortWithNoWALIsDamaged() {
        #expect(throws: StoreError.self) { try StoreFile.readSettledHeader(path: path) }
        #expect(throws: StoreError.self) { try StoreFile.readSettledHeader(path: path, midway: writeEmptyWAL) }
    }

    @Test func aFileBeingCheckpointedIsNotDamaged() throws {
        writeWAL()
        #expect(try StoreFile.readSettledHeader(path: path).pageSize > 0)
    }

    /// The order that failed once: the WAL was there while the header was read and gone (the
    /// writer closed) by the time it was looked for.
    @Test func aCheckpointThatEndsWhileTheHeaderIsReadIsNotDamage() throws {
        writeWAL()
        #expect(try StoreFile.readSettledHeader(path: path, midway: removeWAL).pageSize > 0)
    }

    /// A save that begins while the header is read may be followed by its checkpoint.
    @Test func aSaveThatBeginsWhileTheHeaderIsReadIsNotDamage() throws {
        #expect(try StoreFile.readSettledHeader(path: path, midway: writeWAL).pageSize > 0)
    }
}
