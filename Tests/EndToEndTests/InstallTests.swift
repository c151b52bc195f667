import Foundation
import LiaisonTestSupport
import ProcessSpawning
import Testing

/// `install.sh` puts a working Liaison under a prefix: the binary, the themes it then finds
/// there, shell completions for bash, zsh and fish, and a man page generated from the binary.
@Suite(.endToEnd, .tags(.endToEnd)) struct InstallTests {
    static let script = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("install.sh").path

    /// Runs install.sh to its end with the built binary, into `prefix`.
    static func install(_ arguments: [String], home: String) async throws -> (status: Int32, output: String) {
        let process = ChildProcess()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [Self.script, "--binary", LiaisonProcess.binary.path] + arguments
        // BinaryEnvironment keeps the caller's PATH, so install.sh finds swift for the man page's generator.
        process.environment = BinaryEnvironment.make(home: home)
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("install-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        let handle = try FileHandle(forWritingTo: output)
        defer { try? FileManager.default.removeItem(at: output) }
        process.standardOutput = handle
        process.standardError = handle
        let exit = ExitSignal()
        process.terminationHandler = { _ in exit.fire() }
        try process.run()
        await exit.wait()
        try handle.close()
        return (process.terminationStatus, (try? String(contentsOf: output, encoding: .utf8)) ?? "")
    }

    /// swift-argument-parser's man page generator: the one `swift build --product generate-manual`
    /// put beside the binary, else built here into its own scratch folder (`.build-manual`, ignored
    /// by git) — `swift test` holds `.build` while it runs, so the test cannot build there.
    static func manualTool(home: String) async throws -> String {
        let beside = LiaisonProcess.binary.deletingLastPathComponent().appendingPathComponent("generate-manual").path
        if FileManager.default.isExecutableFile(atPath: beside) { return beside }
        let root = URL(fileURLWithPath: Self.script).deletingLastPathComponent()
        let scratch = root.appendingPathComponent(".build-manual").path
        let process = ChildProcess()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["swift", "build", "--package-path", root.path, "--scratch-path", scratch, "--product", "generate-manual"]
        // The test's private HOME, never the caller's: SwiftPM builds it offline from the checkouts.
        process.environment = BinaryEnvironment.make(home: home)
        process.standardOutput = FileHandle.nullDevice
        let exit = ExitSignal()
        process.terminationHandler = { _ in exit.fire() }
        try process.run()
        await exit.wait()
        guard process.terminationStatus == 0 else { throw ToolFailure(status: process.terminationStatus) }
        return scratch + "/debug/generate-manual"
    }

    struct ToolFailure: Error, CustomStringConvertible {
        let status: Int32
        var description: String { "swift build --product generate-manual exited \(status)" }
    }

    @Test(.timeLimit(.minutes(10)))
    func installsTheBinaryThemesCompletionsAndAManPage() async throws {
        let scratch = try ScratchFolder()
        let prefix = scratch.path("prefix")
        let result = try await Self.install(["--prefix", prefix, "--manual-tool", try await Self.manualTool(home: scratch.home)], home: scratch.home)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("Installed liaison 0."), "\(result.output)")
        func read(_ file: String) -> String { (try? String(contentsOfFile: prefix + "/" + file, encoding: .utf8)) ?? "" }

        // Completions know every command, and the values of a typed option.
        let bash = read("share/bash-completion/completions/liaison")
        let zsh = read("share/zsh/site-functions/_liaison")
        let fish = read("share/fish/vendor_completions.d/liaison.fish")
        for (shell, script) in [("bash", bash), ("zsh", zsh), ("fish", fish)] {
            for command in ["init", "wall", "report", "export", "themes"] {
                #expect(script.contains(command), "\(shell) completion lacks \(command)")
            }
            #expect(script.contains("initials") && script.contains("room") && script.contains("full"), "\(shell): wall --names values")
        }
        #expect(bash.contains("-F _liaison liaison"))
        #expect(zsh.hasPrefix("#compdef liaison"))
        #expect(fish.contains("complete -c 'liaison'"))

        // The man page is a real mdoc page for section 1, covering the commands and their options.
        let page = read("share/man/man1/liaison.1")
        #expect(page.contains(".Dt LIAISON 1"), "\(page.prefix(400))")
        #expect(page.contains("Record and review partnership working in adult social care."))
        for words in ["init", "--group", "wall", "--names", "report"] { #expect(page.contains(words), "man page lacks \(words)") }
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/mandoc") || FileManager.default.isExecutableFile(atPath: "/usr/bin/groff") {
            let render = ChildProcess()
            render.executableURL = URL(fileURLWithPath: "/bin/sh")
            render.arguments = ["-c", "command -v mandoc >/dev/null && mandoc -T utf8 \"$1\" >/dev/null || groff -mdoc -T utf8 -z \"$1\"", "sh", prefix + "/share/man/man1/liaison.1"]
            try render.run()
            render.waitUntilExit()
            #expect(render.terminationStatus == 0)
        }

        // The installed binary finds the installed themes; a copy of it alone still has all five.
        let themes = try await LiaisonProcess.run(["themes"], home: scratch.home, executable: prefix + "/bin/liaison")
        #expect(themes.stdout.contains("shipped  \(prefix)/share/liaison/themes/light.toml"), "\(themes.stdout)")
        let lone = scratch.path("elsewhere/liaison")
        try FileManager.default.createDirectory(atPath: scratch.path("elsewhere"), withIntermediateDirectories: true)
        try ExecutableCopy.copy(prefix + "/bin/liaison", to: lone)
        let copied = try await LiaisonProcess.run(["themes"], home: scratch.home, executable: lone)
        #expect(copied.status == 0, "\(copied.stderr)")
        for name in ThemesCommandTests.shippedNames {
            #expect(copied.stdout.contains("(built into liaison) \(name).toml"), "\(name): \(copied.stdout)")
        }
        #expect(ThemesCommandTests.shippedNames.count == 5)
    }

    @Test func withoutTheManPageNothingIsBuiltAndAnUnknownOptionIsRefused() async throws {
        let scratch = try ScratchFolder()
        let prefix = scratch.path("prefix")
        let result = try await Self.install(["--prefix", prefix, "--no-man"], home: scratch.home)
        #expect(result.status == 0, "\(result.output)")
        #expect(FileManager.default.isExecutableFile(atPath: prefix + "/bin/liaison"))
        #expect(!FileManager.default.fileExists(atPath: prefix + "/share/man"))
        let refused = try await Self.install(["--prefix", prefix, "--colour"], home: scratch.home)
        #expect(refused.status == 64 && refused.output.contains("unknown option --colour"))
    }
}
