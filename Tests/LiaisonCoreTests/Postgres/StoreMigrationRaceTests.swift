import Foundation
import LiaisonTestSupport
import Testing
@testable import LiaisonCore

/// A store file may still be in use while it is moved. A save that lands after its table was
/// checked, just before the commit, would be missing from the database with nothing said; the
/// move is undone instead, and a move with no save meanwhile still goes through.
@Suite(.needsPostgres, .liaisonPostgres)
struct StoreMigrationRaceTests {
    @Test func aSaveDuringTheMoveUndoesItAndAQuietMoveGoesThrough() async throws {
        let folder = try TestFolder("migration-race")
        let path = folder.path("care.sqlite")
        let clock = ManualClock(Fixture.start)
        try Store.create(path: path, staff: "Fixture", clock: clock).fillWithDemo(seed: 4)
        let colleague = try Store.open(path: path, staff: "Colleague", clock: clock)
        let db = try await LiaisonPostgres.database()
        let address = try #require(PostgresAddress(
            "postgresql://\(PostgresCluster.superuser)@/\(db.name)?host=\(db.cluster.folder)&port=\(PostgresCluster.port)"))

        var refusal: StoreError?
        do {
            _ = try StoreMigration.copy(from: path, to: address, beforeCommit: {
                _ = try colleague.addPerson(PersonDraft(name: "Saved Meanwhile", location: "Room 9"))
            })
        } catch let error as StoreError {
            refusal = error
        }
        #expect(refusal?.message.contains("Someone saved to \(path) while it was being moved") == true, "\(String(describing: refusal))")
        #expect(try await db.sql("SELECT count(*) FROM person") == ["0"], "nothing was changed")

        let report = try StoreMigration.copy(from: path, to: address)
        let people = try #require(report.tables.first { $0.name == "person" })
        #expect(try await db.sql("SELECT count(*) FROM person") == ["\(people.records)"])
        #expect(try await db.sql("SELECT count(*) FROM person WHERE body::jsonb ->> 'name' = 'Saved Meanwhile'") == ["1"])
    }

    /// The same, moved by an administrator who may only read the file, as `migrate` often is:
    /// the file is read immutable, which never sees the `-wal` that the colleague's save went to.
    @Test func aSaveDuringAMoveReadImmutableUndoesItToo() async throws {
        let folder = try TestFolder("migration-race-immutable")
        let path = folder.path("care.sqlite")
        let clock = ManualClock(Fixture.start)
        try Store.create(path: path, staff: "Fixture", clock: clock).fillWithDemo(seed: 4)
        let db = try await LiaisonPostgres.database()
        let address = try #require(PostgresAddress(
            "postgresql://\(PostgresCluster.superuser)@/\(db.name)?host=\(db.cluster.folder)&port=\(PostgresCluster.port)"))

        var refusal: StoreError?
        var colleagueStatus: Int32?
        do {
            try StoreDatabase.$opensImmutable.withValue(true) {
                _ = try StoreMigration.copy(from: path, to: address, beforeCommit: {
                    colleagueStatus = try SQLiteProgram.run(path, SQLiteProgram.copyFirstPerson(as: "Saved Meanwhile"))
                })
            }
        } catch let error as StoreError {
            refusal = error
        }
        #expect(colleagueStatus == 0)
        #expect(refusal?.message.contains("Someone saved to \(path) while it was being moved") == true, "\(String(describing: refusal))")
        #expect(try await db.sql("SELECT count(*) FROM person") == ["0"], "nothing was changed")
    }
}
