import Foundation
import LiaisonCore

/// Copies a program so a test can run it from elsewhere. The copy is written through a
/// close-on-exec descriptor: `FileManager.copyItem` is not, so a tmux server or binary that
/// another test spawns mid-copy inherits the write descriptor and keeps it for its whole life,
/// and running the copy then fails with "Text file busy" (ETXTBSY).
public enum ExecutableCopy {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    public static func copy(_ source: String, to destination: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: source))
        let fd = open(destination, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o755)
        guard fd >= 0 else { throw Failure(description: "cannot create \(destination): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        let sink = ByteSink(descriptor: fd)
        try sink.write(bytes: data)
        try sink.flush()
    }
}
