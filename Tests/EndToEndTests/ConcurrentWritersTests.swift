import Foundation
import Testing

@Suite struct ConcurrentWritersTests {
    /// Two shell loops, each a separate `liaison add contact` process per record, saving at the
    /// same moment into one store: the busy timeout lets every save through.
    @Test func twoWritersAtOnceLoseNothing() throws {
        let scratch = try ScratchFolder()
        try scratch.seeded()
        let each = 500
        let script = """
            i=0; while [ $i -lt \(each) ]; do i=$((i+1));
              "$LIAISON" add contact --person "Edith Brown" --partner "Dr Patel" --channel phone --summary "writer $1 call $i" >> "$2" 2>> "$2.err" || exit 1
            done
            """
        let writers = try (1...2).map { n -> Process in
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/bin/sh")
            p.arguments = ["-c", script, "sh", "\(n)", scratch.path("ids-\(n)")]
            p.environment = [
                "LIAISON": LiaisonProcess.binary.path, "LIAISON_STORE": scratch.path("store.sqlite"),
                "LIAISON_STAFF": "Writer \(n)", "PATH": "/usr/bin:/bin",
            ]
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            return p
        }
        for writer in writers {
            writer.waitUntilExit()
        }
        for (n, writer) in zip(1..., writers) {
            let errors = (try? String(contentsOfFile: scratch.path("ids-\(n).err"), encoding: .utf8)) ?? ""
            #expect(writer.terminationStatus == 0, "writer \(n): \(errors)")
        }
        let ids = try (1...2).flatMap { n in
            try String(contentsOfFile: scratch.path("ids-\(n)"), encoding: .utf8).split(separator: "\n").map(String.init)
        }
        #expect(ids.count == 2 * each)
        #expect(Set(ids).count == 2 * each)
        let export = try scratch.liaison(["export"]).stdout
        let missing = ids.filter { !export.contains("\"id\" : \"\($0)\"") }
        #expect(missing.isEmpty)
        #expect(try scratch.liaison(["check"]).status == 0)
    }
}
