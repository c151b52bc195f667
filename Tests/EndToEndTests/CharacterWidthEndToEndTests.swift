import Foundation
import LiaisonTestSupport
import Testing

/// Names of every width, drawn by the built binary through ncurses into a real terminal (tmux):
/// a combining accent, wide CJK, a ZWJ emoji and a flag (drawn as their first character, padded
/// to their width), beside a plain name. Whatever each becomes, the columns after it must stay
/// where the layout put them, or every border and column to its right moves.
@Suite(.endToEnd, .tags(.endToEnd)) struct CharacterWidthEndToEndTests {
    static let names = ["Zoe\u{301} Combe", "王小明", "Ana 👩‍⚕️ Lima", "Flag 🇬🇧 Test", "Plain Name"]

    @Test func namesOfEveryWidthKeepTheColumnsAfterThem() async throws {
        let scratch = try ScratchFolder()
        try await scratch.initStore()
        for name in Self.names {
            let added = try await scratch.liaison(["add", "person", "--name", name, "--location", "Room 1"])
            #expect(added.status == 0, "\(added.stderr)")
        }
        let session = try scratch.tmux(
            command: "sh -c '\(LiaisonProcess.binary.path) --store \(scratch.path("store.sqlite")); exec sh'", width: 100, height: 30)
        defer { session.kill() }
        #expect(await session.waitFor("Plain Name"))
        let lines = session.capture().split(separator: "\n").map(String.init)
        // Where the People pane ends and the Contacts pane begins, on the title line.
        let junction = try #require(lines.first.flatMap { Self.column(of: "┐┌", in: $0) })
        for expected in ["Zoé Combe", "王小明", "Ana 👩", "Flag 🇬", "Plain Name"] {
            let line = try #require(lines.first { $0.contains(expected) }, "no line shows \(expected)")
            #expect(Self.column(of: "││", in: line) == junction, "\(expected): \(line)")
            #expect(Self.column(of: "✗ NO BASIS", in: line) == Self.column(of: "✗ NO BASIS", in: lines.first { $0.contains("Plain Name") } ?? ""))
        }
    }

    /// The terminal column where `text` begins in `line`, each character as wide as the
    /// terminal makes it. Only the characters these names are made of need knowing: a
    /// combining mark is 0, CJK and the woman emoji 2, a lone regional indicator (half a flag)
    /// 1, like everything else here.
    static func column(of text: String, in line: String) -> Int? {
        guard let range = line.range(of: text) else { return nil }
        return line[..<range.lowerBound].unicodeScalars.reduce(0) { total, scalar in
            switch scalar.value {
            case 0x0300...0x036F, 0x200D, 0xFE0F: total
            case 0x4E00...0x9FFF, 0x1F300...0x1FAFF: total + 2
            default: total + 1
            }
        }
    }
}
