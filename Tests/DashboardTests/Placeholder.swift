import Testing
@testable import Dashboard
import LiaisonCore

@Suite struct DashboardLinksTests {
    @Test func schemaVersionIsPositive() {
        #expect(LiaisonCore.schemaVersion >= 1)
    }
}
