import Foundation
import LiaisonTestSupport
import ProcessSpawning
import Testing

/// The tests' own way to start a program (Foundation's `Process` can crash the test run on
/// Linux): exit statuses and signals as `Process` reports them, output through a pipe, the
/// folder it starts in, nothing of the test process's descriptors beyond the three streams.
@Suite struct ChildProcessTests {
    func shell(_ script: String, output: Pipe? = nil) throws -> ChildProcess {
        let child = ChildProcess()
        child.executableURL = URL(fileURLWithPath: "/bin/sh")
        child.arguments = ["-c", script]
        child.standardInput = FileHandle.nullDevice
        child.standardOutput = output ?? FileHandle.nullDevice
        child.standardError = FileHandle.nullDevice
        return child
    }

    @Test func statusAndSignalAreReportedAsProcessReportsThem() throws {
        let exits = try shell("exit 3")
        try exits.run()
        exits.waitUntilExit()
        #expect(exits.terminationStatus == 3 && exits.terminationReason == .exit && !exits.isRunning)

        let killed = try shell("kill -TERM $$")
        try killed.run()
        killed.waitUntilExit()
        #expect(killed.terminationStatus == SIGTERM && killed.terminationReason == .uncaughtSignal)
    }

    @Test func outputComesThroughAPipeFromTheFolderAsked() throws {
        let pipe = Pipe()
        let child = try shell("pwd; ls /proc/self/fd", output: pipe)
        child.currentDirectoryURL = URL(fileURLWithPath: "/usr")
        // A descriptor this process holds must not reach the child.
        let held: Int32 = 200
        let opened = open("/dev/null", O_RDONLY)
        #expect(dup2(opened, held) == held)
        close(opened)
        defer { close(held) }
        try child.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        child.waitUntilExit()
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.first == "/usr")
        // ls sees its three streams and the folder it is listing, nothing else.
        #expect(!lines.dropFirst().contains(String(held)), "\(lines)")
        #expect(lines.dropFirst().count <= 4, "\(lines)")
    }

    @Test func theHandlerHearsTheEndOnce() async throws {
        let child = try shell("exit 0")
        let signal = ExitSignal()
        child.terminationHandler = { _ in signal.fire() }
        try child.run()
        await signal.wait()
        #expect(child.terminationStatus == 0)
    }

    @Test func aMissingProgramIsAnErrorNotACrash() {
        let child = ChildProcess()
        child.executableURL = URL(fileURLWithPath: "/nonexistent/program")
        #expect(throws: ChildProcess.Failure.self) { try child.run() }
    }
}
