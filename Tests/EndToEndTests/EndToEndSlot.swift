import Foundation
import Testing

/// At most a few end-to-end tests at once. Each starts real processes (tmux, the binary, a demo
/// store being written), and on a two-core machine forty of them at once starve each other into
/// timeouts. Waiting for a slot suspends the test's task; no thread is held.
struct EndToEndSlot: SuiteTrait, TestTrait, TestScoping {
    static let width = 24

    var isRecursive: Bool { true }

    func scopeProvider(for test: Test, testCase: Test.Case?) -> Self? {
        testCase == nil ? nil : self
    }

    func provideScope(for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void) async throws {
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
    /// Runs each test of the suite in one of a few shared slots (see `EndToEndSlot`).
    static var endToEnd: Self { Self() }
}
