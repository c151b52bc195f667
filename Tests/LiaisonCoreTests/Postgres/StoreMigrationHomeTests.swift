import Foundation
import LiaisonTestSupport
import Testing
@testable import LiaisonCore

/// A store file read with its settings takes "elm" as Elm; the server takes only the settings'
/// spelling of a home. The move is refused and undone either way, and says what to do.
@Suite(.needsPostgres, .liaisonPostgres)
struct StoreMigrationHomeTests {
    @Test func aHomeWrittenInAnotherCaseStopsTheMoveSayingWhatToDo() async throws {
        let folder = try TestFolder("migration-home-case")
        let path = folder.path("group.sqlite")
        let fixture = try HomesFixture(path: path)
        var lower = fixture.elm
        lower.home = "elm"
        _ = try fixture.store.amend(lower, reason: "as an import wrote it")
        let db = try await LiaisonPostgres.database()
        let address = try #require(PostgresAddress(
            "postgresql://\(PostgresCluster.superuser)@/\(db.name)?host=\(db.cluster.folder)&port=\(PostgresCluster.port)"))

        let refusal = #expect(throws: StoreError.self) { try StoreMigration.copy(from: path, to: address) }
        #expect(refusal?.message.contains("person_home_id_fkey") == true, "\(String(describing: refusal))")
        #expect(refusal?.message.contains("writes one in another case than they do (“elm” for Elm); `liaison check \(path)` names each") == true,
                "\(String(describing: refusal))")
        #expect(try await db.sql("SELECT count(*) FROM person") == ["0"], "nothing was changed")
    }
}
