import Foundation
import LiaisonTestSupport
import ProcessSpawning
import Testing

@Suite(.endToEnd, .tags(.endToEnd)) struct ConcurrentWritersTests {
    /// Two shell loops, each a separate `liaison add contact` process per record, saving into one
    /// store at the same time: the busy timeout lets every save through, and none is lost.
    ///
    /// Both loops wait for one "go" file so they start together, and stamp each save with the
    /// clock's nanoseconds, so the test can show the saves really did interleave rather than
    /// trusting that they might have.
    @Test func twoWritersAtOnceLoseNothing() async throws {
        let scratch = try ScratchFolder()
        try await scratch.seeded()
        let each = 50
        let script = """
            until [ -e "$3" ]; do sleep 0.01; done
            i=0; while [ $i -lt \(each) ]; do i=$((i+1));
              id=$("$LIAISON" add contact --person "Edith Brown" --partner "Dr Patel" --channel phone --summary "writer $1 call $i" 2>> "$2.err") || exit 1
              echo "$(date +%s%N) $id" >> "$2"
            done
            """
        let go = scratch.path("go")
        let writers = try (1...2).map { n -> (ChildProcess, ExitSignal) in
            let p = ChildProcess()
            p.executableURL = URL(fileURLWithPath: "/bin/sh")
            p.arguments = ["-c", script, "sh", "\(n)", scratch.path("ids-\(n)"), go]
            p.environment = BinaryEnvironment.make(home: scratch.home, overrides: [
                "LIAISON": LiaisonProcess.binary.path, "LIAISON_STORE": scratch.path("store.sqlite"),
                "LIAISON_STAFF": "Writer \(n)",
            ])
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            let exit = ExitSignal()
            p.terminationHandler = { _ in exit.fire() }
            try p.run()
            return (p, exit)
        }
        _ = FileManager.default.createFile(atPath: go, contents: nil)
        for (_, exit) in writers { await exit.wait() }
        for (n, (writer, _)) in zip(1..., writers) {
            let errors = (try? String(contentsOfFile: scratch.path("ids-\(n).err"), encoding: .utf8)) ?? ""
            #expect(writer.terminationStatus == 0, "writer \(n): \(errors)")
        }
        // (nanoseconds, writer, id) for every save, in the order they finished.
        let saves = try (1...2).flatMap { n in
            try String(contentsOfFile: scratch.path("ids-\(n)"), encoding: .utf8).split(separator: "\n").map { line in
                let parts = line.split(separator: " ")
                return (UInt64(parts[0]) ?? 0, n, String(parts[1]))
            }
        }.sorted { $0.0 < $1.0 }
        let ids = saves.map(\.2)
        #expect(ids.count == 2 * each)
        #expect(Set(ids).count == 2 * each)
        let turns = zip(saves, saves.dropFirst()).filter { $0.1 != $1.1 }.count
        #expect(turns >= 2, "the two writers never took turns; they did not overlap")
        let export = try await scratch.liaison(["export"]).stdout
        let missing = ids.filter { !export.contains("\"id\" : \"\($0)\"") }
        #expect(missing.isEmpty)
        #expect(try await scratch.liaison(["check"]).status == 0)
    }
}
