import Foundation
import LiaisonTestSupport
import ProcessSpawning
import Testing

@testable import LiaisonCore

/// The content hash `liaison migrate` prints must be SHA-256 exactly: the standard's examples,
/// every length around a block's edge, and sha256sum on the same bytes.
@Suite struct SHA256Tests {
    private func hash(_ bytes: [UInt8]) -> String {
        var sha = SHA256()
        sha.update(bytes)
        return sha.hex()
    }

    @Test func theStandardsExamples() {
        #expect(hash(Array("".utf8)) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(hash(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(hash(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(hash([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func agreesWithSha256sumAtEveryLengthAroundABlock() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/sha256sum") else { return }
        for count in [1, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 1000] {
            let bytes = (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-sha-\(UUID().uuidString)")
            try Data(bytes).write(to: file)
            defer { try? FileManager.default.removeItem(at: file) }
            let process = ChildProcess()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
            process.arguments = [file.path]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            // Fed in uneven pieces, as the migration feeds it record by record.
            var sha = SHA256()
            var rest = bytes[...]
            while !rest.isEmpty {
                let piece = rest.prefix(rest.count % 7 + 1)
                sha.update(piece)
                rest = rest.dropFirst(piece.count)
            }
            #expect(sha.hex() == String(output.prefix(64)), "\(count) bytes")
        }
    }
}
