import Foundation
import PropertyBased
import Testing

/// Runs `body` on `count` inputs drawn from `input`, the same inputs in every run.
///
/// swift-property-based's `propertyCheck` draws a fresh seed for every case, so any run could
/// meet a case no run before it had met: stop 35's first CI run went red on a character
/// (U+070F) no earlier run had drawn, on a commit that changed nothing near it. CI must say
/// whether a commit broke something, so case n of every run here comes from the same seed,
/// worked out from `FuzzInputs.seed` and n. Exploring further is a deliberate run with another
/// seed or a larger count, set in a working copy (see README).
///
/// A failing case stops the run, and each issue it recorded names the case's own seed as a
/// `.fixedSeed("…")` trait. Added to the test, that trait hands the case to the library's
/// `propertyCheck`, which replays exactly that input and shrinks it to the smallest that fails.
func fuzzCheck<Input, Value>(
    count: Int = FuzzInputs.count,
    input: Generator<Value, some Sequence<Input>>,
    perform body: (Value) async throws -> Void,
    isolation: isolated (any Actor)? = #isolation,
    sourceLocation: SourceLocation = #_sourceLocation
) async {
    guard let test = Test.current else {
        Issue.record("fuzzCheck runs only inside a test", sourceLocation: sourceLocation)
        return
    }
    if test.traits.contains(where: { $0 is FixedSeedTrait }) {
        // Replaying one case: the library reads the trait's seed, runs that case and shrinks it.
        await propertyCheck(count: 1, input: input, perform: body, isolation: isolation, sourceLocation: sourceLocation)
        return
    }
    var seeds = FuzzSeeds(base: FuzzInputs.seed)
    for number in 0..<count {
        var random = seeds.next()
        let caseSeed = random.currentSeed
        let value = input.run(using: &random)
        let failed = FuzzCaseFailure()
        nonisolated(unsafe) let caseValue = value
        // Each issue the case records says which case it was, and how to replay it alone. The
        // input is described only then, not for every case that passes.
        let marking = IssueHandlingTrait.compactMapIssues { issue in
            let described = String(describingForTest: caseValue)
            var issue = issue
            if issue.severity >= .error { failed.mark() }
            issue.comments.append(Comment(rawValue:
                "Fuzz case \(number) of \(count), base seed \(FuzzInputs.seed), input: \(described). "
                    + "Add .fixedSeed(\"\(caseSeed)\") to the test to replay this case alone, shrunk."))
            return issue
        }
        nonisolated(unsafe) let run = body
        try? await marking.provideScope(for: test, testCase: Test.Case.current) {
            do { try await run(caseValue) } catch { Issue.record(error, sourceLocation: sourceLocation) }
        }
        if failed.happened { return }
    }
}

/// `fuzzCheck` over two generators, drawn together.
func fuzzCheck<InputA, InputB, ValueA, ValueB>(
    count: Int = FuzzInputs.count,
    input first: Generator<ValueA, some Sequence<InputA>>,
    _ second: Generator<ValueB, some Sequence<InputB>>,
    perform body: (ValueA, ValueB) async throws -> Void,
    isolation: isolated (any Actor)? = #isolation,
    sourceLocation: SourceLocation = #_sourceLocation
) async {
    await fuzzCheck(count: count, input: zip(first, second), perform: { try await body($0.0, $0.1) },
                    isolation: isolation, sourceLocation: sourceLocation)
}

/// The seeds of a run's cases, one after another: SplitMix64 from the base seed, four words
/// a case, the way xoshiro's authors advise seeding it (no case starts from all zeros).
struct FuzzSeeds {
    private var state: UInt64

    init(base: UInt64) { state = base }

    mutating func next() -> Xoshiro {
        Xoshiro(seed: (word(), word(), word(), word()))
    }

    private mutating func word() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Whether a case recorded a failure; set from Swift Testing's issue handler, read after it.
private final class FuzzCaseFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var failed = false

    func mark() { lock.withLock { failed = true } }
    var happened: Bool { lock.withLock { failed } }
}
