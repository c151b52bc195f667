import Foundation
import PropertyBased
import Testing

/// The fuzz tests' own runner: the same cases in every run, and a failure that says how to
/// replay it.
@Suite struct FuzzCheckTests {
    /// Two runs hand the body the same inputs in the same order, so CI meets no case the
    /// commit before it did not.
    @Test func everyRunDrawsTheSameCases() async {
        var first: [String] = []
        var second: [String] = []
        await fuzzCheck(count: 50, input: FuzzInputs.text) { first.append($0) }
        await fuzzCheck(count: 50, input: FuzzInputs.text) { second.append($0) }
        #expect(first.count == 50)
        #expect(first == second)
        #expect(Set(first).count > 10, "the cases differ from one another")
    }

    /// Another base seed draws other cases.
    @Test func anotherBaseSeedDrawsOtherCases() {
        var one = FuzzSeeds(base: 1)
        var two = FuzzSeeds(base: 2)
        var again = FuzzSeeds(base: 1)
        let fromOne = (0..<5).map { _ in one.next().currentSeed }
        #expect(fromOne == (0..<5).map { _ in again.next().currentSeed })
        #expect(fromOne != (0..<5).map { _ in two.next().currentSeed })
    }

    /// A case that fails ends the run, and its issue names the case's input and the seed that
    /// replays it; the seed, given to the library, draws that same input.
    @Test func aFailingCaseStopsTheRunAndSaysHowToReplayIt() async throws {
        let seen = LockedTexts()
        let comments = LockedTexts()
        // Takes the failures the run records, as they would be reported, and keeps them out of
        // this test's own result.
        let taking = IssueHandlingTrait.compactMapIssues { issue in
            comments.add(issue.comments.map(\.rawValue))
            return nil
        }
        try await taking.provideScope(for: try #require(Test.current), testCase: Test.Case.current) {
            await fuzzCheck(count: 100, input: FuzzInputs.text) { text in
                seen.add([text])
                #expect(seen.all.count < 4)
            }
        }
        #expect(seen.all.count == 4, "the run stopped at the first failing case")
        let said = try #require(comments.all.first { $0.contains(".fixedSeed(") })
        #expect(said.contains("Fuzz case 3 of 100"))
        #expect(said.contains("base seed \(FuzzInputs.seed)"))
        let seed = try #require(said.split(separator: "\"").dropFirst().first { $0.hasSuffix("=") })
        var replay = try #require(Xoshiro(seed: String(seed)))
        #expect(FuzzInputs.text.run(using: &replay) == seen.all[3])
    }
}

/// Text gathered in closures Swift Testing may run on any thread.
private final class LockedTexts: @unchecked Sendable {
    private let lock = NSLock()
    private var texts: [String] = []

    func add(_ more: [String]) { lock.withLock { texts += more } }
    var all: [String] { lock.withLock { texts } }
}
