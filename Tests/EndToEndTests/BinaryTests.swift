import Foundation
import LiaisonTestSupport
import Testing

@Suite(.endToEnd, .tags(.endToEnd)) struct BinaryTests {
    @Test func helpExitsZero() async throws {
        let result = try await LiaisonProcess.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("liaison"))
    }
}

@Suite(.endToEnd, .tags(.endToEnd)) struct TmuxHarnessTests {
    @Test func capturesWhatAProgramPrints() async throws {
        let session = try TmuxSession(command: "printf 'hello from tmux\\n'; cat", width: 40, height: 5)
        defer { session.kill() }
        #expect(await session.waitFor("hello from tmux"))
    }
}
