import Foundation

/// A private folder for one test: its stores, and the HOME (with XDG folders inside) that every
/// binary it runs is given. Removed afterwards.
public final class ScratchFolder {
    public let url: URL
    /// The HOME of every `liaison` this test runs.
    public let home: String

    public init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-e2e-\(UUID().uuidString)")
        home = url.appendingPathComponent("home").path
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    public func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Runs `liaison` with `--store`-free arguments against the store `name`, as staff "E2E Staff".
    public func liaison(_ arguments: [String], store name: String = "store.sqlite", environment: [String: String] = [:]) async throws -> LiaisonProcess.Result {
        var overlay = ["LIAISON_STORE": path(name), "LIAISON_STAFF": "E2E Staff"]
        for (key, value) in environment { overlay[key] = value }
        return try await LiaisonProcess.run(arguments, environment: overlay, home: home)
    }

    /// Creates the store `name` with `liaison init`, as a new service would: no other command
    /// creates one. Fails the test when `init` does.
    public func initStore(_ name: String = "store.sqlite") async throws {
        let result = try await liaison(["init"], store: name)
        guard result.status == 0 else { throw InitFailure(stderr: result.stderr) }
    }

    public struct InitFailure: Error, CustomStringConvertible {
        public let stderr: String
        public var description: String { "liaison init failed: \(stderr)" }
    }

    /// A new store holding one person and one partner: the usual start of a test.
    public func seeded(_ name: String = "store.sqlite") async throws {
        try await initStore(name)
        _ = try await liaison(["add", "person", "--name", "Edith Brown", "--basis", "consent"], store: name)
        _ = try await liaison(["add", "partner", "--name", "Dr Patel", "--role", "gp"], store: name)
    }

    /// A tmux session on a private socket whose programs have this folder's HOME. The session
    /// keeps the folder for as long as it lives, so its files outlast the programs using them.
    public func tmux(command: String, width: Int = 100, height: Int = 30, environment: [String: String] = [:]) throws -> TmuxSession {
        let session = try TmuxSession(command: command, width: width, height: height, environment: environment, home: home)
        session.keeps = self
        return session
    }
}
