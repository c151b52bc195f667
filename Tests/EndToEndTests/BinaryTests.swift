import Foundation
import Testing

@Suite struct BinaryTests {
    @Test func helpExitsZero() throws {
        let result = try LiaisonProcess.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("liaison"))
    }
}

@Suite struct TmuxHarnessTests {
    @Test func capturesWhatAProgramPrints() throws {
        let session = try TmuxSession(command: "printf 'hello from tmux\\n'; cat", width: 40, height: 5)
        defer { session.kill() }
        #expect(session.waitFor("hello from tmux"))
    }
}
