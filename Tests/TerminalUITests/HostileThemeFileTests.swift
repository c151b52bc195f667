import Foundation
import Testing
@testable import TerminalUI

/// A theme path can name anything: only small plain files are read.
@Suite struct HostileThemeFileTests {
    @Test func devicesFifosAndHugeFilesAreRefusedWithoutReading() throws {
        guard case .failure(let zero) = ThemeLoader.load(path: "/dev/zero") else { Issue.record("/dev/zero was read"); return }
        #expect(zero.description.contains("not a plain file"))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("theme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("pipe.theme").path
        #expect(mkfifo(fifo, 0o600) == 0)
        guard case .failure(let pipe) = ThemeLoader.load(path: fifo) else { Issue.record("the FIFO was read"); return }
        #expect(pipe.description.contains("not a plain file"))
        let huge = folder.appendingPathComponent("huge.theme")
        try Data(repeating: 0x61, count: ThemeLoader.sizeLimit + 1).write(to: huge)
        guard case .failure(let big) = ThemeLoader.load(path: huge.path) else { Issue.record("the huge file was read"); return }
        #expect(big.description.contains("too large"))
    }
}
