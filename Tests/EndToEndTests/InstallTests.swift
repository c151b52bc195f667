import Foundation
import LiaisonTestSupport
import Testing

/// `install.sh` puts a working Liaison under a prefix: the binary, the themes it then finds
/// there, and the shell completions.
@Suite(.endToEnd, .tags(.endToEnd)) struct InstallTests {
    static let script = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("install.sh").path

    @Test func installsUnderAPrefix() async throws {
        let scratch = try ScratchFolder()
        let prefix = scratch.path("prefix")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [Self.script, "--prefix", prefix, "--binary", LiaisonProcess.binary.path, "--no-man"]
        process.environment = BinaryEnvironment.make(home: scratch.home)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let exit = ExitSignal()
        process.terminationHandler = { _ in exit.fire() }
        try process.run()
        await exit.wait()
        #expect(process.terminationStatus == 0)
        for file in ["bin/liaison", "share/liaison/themes/light.toml", "share/bash-completion/completions/liaison",
                     "share/zsh/site-functions/_liaison", "share/fish/vendor_completions.d/liaison.fish"] {
            #expect(FileManager.default.fileExists(atPath: prefix + "/" + file), "\(file)")
        }
        let themes = try await LiaisonProcess.run(["themes"], home: scratch.home, executable: prefix + "/bin/liaison")
        #expect(themes.stdout.contains("shipped  \(prefix)/share/liaison/themes/light.toml"), "\(themes.stdout)")
    }
}
