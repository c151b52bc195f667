import Foundation
import LiaisonTestSupport
import Testing

@Suite(.endToEnd, .tags(.endToEnd)) struct ExportImportTests {
    @Test func exportImportExportIsIdentical() async throws {
        let scratch = try ScratchFolder()
        let demo = try await scratch.liaison(["demo", "--no-open", "--seed", "7", "--store", scratch.path("demo.sqlite")])
        #expect(demo.status == 0, "stderr: \(demo.stderr)")
        let first = try await scratch.liaison(["export", "--format", "json"], store: "demo.sqlite")
        #expect(first.status == 0)
        for key in ["people", "partners", "contacts", "tasks", "escalations", "agreements", "history"] {
            #expect(first.stdout.contains("\"\(key)\" : ["))
        }
        let file = scratch.path("export.json")
        try first.stdout.write(toFile: file, atomically: true, encoding: .utf8)
        try await scratch.initStore("copy.sqlite")
        let imported = try await scratch.liaison(["import", file], store: "copy.sqlite")
        #expect(imported.status == 0, "stderr: \(imported.stderr)")
        // Every kind of record is counted, as many as the export holds.
        let document = try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any]
        let count = { (key: String) in (document?[key] as? [Any])?.count ?? -1 }
        let expected = "Imported into \(scratch.path("copy.sqlite")): \(count("people")) people, \(count("partners")) partners, "
            + "\(count("contacts")) contacts, \(count("tasks")) tasks, \(count("escalations")) escalations, "
            + "\(count("agreements")) partnership agreements, \(count("dayReviews")) day reviews and \(count("history")) earlier versions.\n"
        #expect(imported.stdout == expected)
        let second = try await scratch.liaison(["export", "--format", "json"], store: "copy.sqlite")
        #expect(second.stdout == first.stdout)
        #expect(try await scratch.liaison(["check"], store: "copy.sqlite").status == 0)
    }

    /// `liaison export | liaison import -`: a store moved through a pipe, with no file between.
    @Test func importReadsAnExportFromAPipe() async throws {
        let scratch = try ScratchFolder()
        _ = try await scratch.liaison(["demo", "--no-open", "--seed", "7", "--store", scratch.path("demo.sqlite")])
        let export = try await scratch.liaison(["export"], store: "demo.sqlite").stdout
        try await scratch.initStore("copy.sqlite")
        let imported = try await LiaisonProcess.run(
            ["import", "-"], environment: ["LIAISON_STORE": scratch.path("copy.sqlite"), "LIAISON_STAFF": "E2E Staff"],
            home: scratch.home, stdin: export)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try await scratch.liaison(["export"], store: "copy.sqlite").stdout == export)
    }

    /// An export cut short (a copy that ran out of space) is refused, and the store stays empty.
    @Test func aCutShortExportIsRefusedAndWritesNothing() async throws {
        let scratch = try ScratchFolder()
        _ = try await scratch.liaison(["demo", "--no-open", "--seed", "7", "--store", scratch.path("demo.sqlite")])
        let export = try await scratch.liaison(["export"], store: "demo.sqlite").stdout
        let file = scratch.path("cut.json")
        try String(export.prefix(export.count * 2 / 3)).write(toFile: file, atomically: true, encoding: .utf8)
        try await scratch.initStore("copy.sqlite")
        let imported = try await scratch.liaison(["import", file], store: "copy.sqlite")
        #expect(imported.status != 0)
        #expect(imported.stderr.contains("ends too soon") && imported.stderr.contains("nothing was written"), "\(imported.stderr)")
        #expect(try await scratch.liaison(["export"], store: "copy.sqlite").stdout.contains("\"people\" : [\n\n  ]"))
    }

    /// A file wrong in every record lists the first thousand problems and says how many more.
    @Test func aFileWrongEverywhereListsAThousandProblemsAndCountsTheRest() async throws {
        let scratch = try ScratchFolder()
        let reviews = Array(repeating: "{}", count: 1_500).joined(separator: ",")
        let file = scratch.path("wrong.json")
        try (#"{"dayReviews" : ["# + reviews + #"], "format" : "liaison-export", "schemaVersion" : 1}"#)
            .write(toFile: file, atomically: true, encoding: .utf8)
        try await scratch.initStore()
        let imported = try await scratch.liaison(["import", file])
        #expect(imported.status != 0)
        let lines = imported.stderr.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("liaison: dayReviews[") }.count == 1_000)
        #expect(lines.contains("liaison: and 500 more problems, not listed"), "\(lines.suffix(3))")
        #expect(imported.stderr.contains("1500 problems found, and nothing was written"))
    }

    @Test func importRefusesAStoreWithRecords() async throws {
        let scratch = try ScratchFolder()
        try await scratch.seeded()
        let file = scratch.path("export.json")
        try await scratch.liaison(["export"]).stdout.write(toFile: file, atomically: true, encoding: .utf8)
        let again = try await scratch.liaison(["import", file])
        #expect(again.status != 0)
        #expect(again.stderr.contains("already holds records"))
    }

    @Test func demoIsDeterministicAndNeverAddsToAFullStore() async throws {
        let scratch = try ScratchFolder()
        _ = try await scratch.liaison(["demo", "--no-open", "--seed", "3", "--store", scratch.path("a.sqlite")])
        _ = try await scratch.liaison(["demo", "--no-open", "--seed", "3", "--store", scratch.path("b.sqlite")])
        let a = try await scratch.liaison(["export"], store: "a.sqlite").stdout
        #expect(a == (try await scratch.liaison(["export"], store: "b.sqlite").stdout))
        #expect(a.contains("王秀英"))
        try await scratch.seeded("c.sqlite")
        let before = try await scratch.liaison(["export"], store: "c.sqlite").stdout
        _ = try await scratch.liaison(["demo", "--no-open", "--store", scratch.path("c.sqlite")])
        #expect(try await scratch.liaison(["export"], store: "c.sqlite").stdout == before)
    }

    @Test func csvHasASectionPerKind() async throws {
        let scratch = try ScratchFolder()
        try await scratch.seeded()
        let csv = try await scratch.liaison(["export", "--format", "csv"]).stdout
        #expect(csv.contains("# people\r\n"))
        #expect(csv.contains("Edith Brown"))
    }
}
