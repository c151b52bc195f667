import Testing
@testable import LiaisonCore

@Suite struct SchemaTests {
    @Test func schemaVersionIsPositive() {
        #expect(LiaisonCore.schemaVersion >= 1)
    }
}
