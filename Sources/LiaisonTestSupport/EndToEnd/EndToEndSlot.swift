import Foundation
import Testing

/// At most a few end-to-end tests at once. Each starts real processes (tmux, the binary, a demo
/// store being written), and on a two-core machine forty of them at once starve each other into
/// timeouts. Waiting for a slot suspends the test's task; no thread is held.
public struct EndToEndSlot: SuiteTrait, TestTrait, TestScoping {
    public static let width = 24

    public var isRecursive: Bool { true }

    public func scopeProvider(for test: Test, testCase: Test.Case?) -> Self? {
        testCase == nil ? nil : self
    }

    public func provideScope(for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void) async throws {
        await Gate.shared.enter()
        do {
            try await function()
        } catch {
            await Gate.shared.leave()
            throw error
        }
        await Gate.shared.leave()
    }

    actor Gate {
        static let shared = Gate(width: EndToEndSlot.width)
        private var free: Int
        private var waiting: [CheckedContinuation<Void, Never>] = []

        init(width: Int) { free = width }

        func enter() async {
            if free > 0 {
                free -= 1
                return
            }
            await withCheckedContinuation { waiting.append($0) }
        }

        func leave() {
            if waiting.isEmpty {
                free += 1
            } else {
                waiting.removeFirst().resume()
            }
        }
    }
}

extension Trait where Self == EndToEndSlot {
    /// Runs each test of the suite in one of a few shared slots (see `EndToEndSlot`). Suites with
    /// it also carry `.tags(.endToEnd)`, so a developer can skip them.
    public static var endToEnd: Self { Self() }
}
