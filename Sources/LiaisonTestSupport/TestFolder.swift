import Foundation

/// A folder of one test's own under the temporary directory, removed with everything in it when
/// the test is done with it (when the last reference goes: a suite's instance, one per test).
/// Tests that leave their folders behind fill a developer's /tmp by the thousand in a day.
public final class TestFolder: Sendable {
    public let url: URL

    /// - Parameter prefix: what the folder's name starts with, to tell whose it is: "liaison-core".
    public init(_ prefix: String) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// A path inside the folder.
    public func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    deinit { try? FileManager.default.removeItem(at: url) }
}
