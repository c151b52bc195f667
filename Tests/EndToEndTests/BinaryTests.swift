import Foundation
import Testing

@Suite struct BinaryTests {
    @Test func helpExitsZero() throws {
        let result = try LiaisonProcess.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("liaison"))
    }
}
