import Foundation
import ProcessSpawning

/// Copies a program so a test can run it from elsewhere. The copy is written by `/bin/cp`, in a
/// process of its own, so this process never holds the copy open for writing. Held here, even
/// through a close-on-exec descriptor, a child that another test's thread forks in the meantime
/// has it too until that child execs, and running the copy then fails with "Text file busy"
/// (ETXTBSY): seen in CI with `O_CLOEXEC` alone.
public enum ExecutableCopy {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    public static func copy(_ source: String, to destination: String) throws {
        guard !FileManager.default.fileExists(atPath: destination) else {
            throw Failure(description: "cannot create \(destination): it exists")
        }
        let cp = ChildProcess()
        cp.executableURL = URL(fileURLWithPath: "/bin/cp")
        cp.arguments = ["--", source, destination]
        try cp.run()
        cp.waitUntilExit()
        guard cp.terminationStatus == 0, chmod(destination, 0o755) == 0 else {
            throw Failure(description: "cannot copy \(source) to \(destination) (cp exited \(cp.terminationStatus))")
        }
    }
}
