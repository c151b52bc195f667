import Foundation

extension LiaisonProcess {
    /// Like `run`, but collects output through temporary files instead of pipes.
    ///
    /// A tmux server started by another test at the same moment can inherit a pipe's write end
    /// and keep it open for ever, so a pipe never reaches end-of-file; a file has no such end to wait for.
    static func runCollectingFiles(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        let process = try start(arguments, environment: environment)
        process.process.waitUntilExit()
        return process.finish()
    }

    /// A started `liaison`, whose output is gathered in files until `finish()`.
    struct Running {
        let process: Process
        let outURL: URL
        let errURL: URL

        func finish() -> Result {
            defer {
                try? FileManager.default.removeItem(at: outURL)
                try? FileManager.default.removeItem(at: errURL)
            }
            return Result(
                status: process.terminationStatus,
                stdout: (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
                stderr: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
        }
    }

    static func start(_ arguments: [String], environment: [String: String] = [:]) throws -> Running {
        let tmp = FileManager.default.temporaryDirectory
        let outURL = tmp.appendingPathComponent("liaison-out-\(UUID().uuidString)")
        let errURL = tmp.appendingPathComponent("liaison-err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["LIAISON_STORE"] = nil
        for (key, value) in environment { env[key] = value }
        process.environment = env
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return Running(process: process, outURL: outURL, errURL: errURL)
    }
}

/// A private folder for one test's stores, removed afterwards.
final class ScratchFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Runs `liaison` with `--store`-free arguments against the store `name`, as staff "E2E".
    func liaison(_ arguments: [String], store name: String = "store.sqlite") throws -> LiaisonProcess.Result {
        try LiaisonProcess.runCollectingFiles(arguments, environment: ["LIAISON_STORE": path(name), "LIAISON_STAFF": "E2E Staff"])
    }

    /// A store holding one person and one partner: the usual start of a test.
    func seeded(_ name: String = "store.sqlite") throws {
        _ = try liaison(["add", "person", "--name", "Edith Brown", "--basis", "consent"], store: name)
        _ = try liaison(["add", "partner", "--name", "Dr Patel", "--role", "gp"], store: name)
    }
}
