import Foundation
import Testing

@Suite struct ExportImportTests {
    @Test func exportImportExportIsIdentical() throws {
        let scratch = try ScratchFolder()
        let demo = try scratch.liaison(["demo", "--no-open", "--seed", "7", "--store", scratch.path("demo.sqlite")])
        #expect(demo.status == 0, "stderr: \(demo.stderr)")
        let first = try scratch.liaison(["export", "--format", "json"], store: "demo.sqlite")
        #expect(first.status == 0)
        for key in ["people", "partners", "contacts", "tasks", "escalations", "agreements", "history"] {
            #expect(first.stdout.contains("\"\(key)\" : ["))
        }
        let file = scratch.path("export.json")
        try first.stdout.write(toFile: file, atomically: true, encoding: .utf8)
        let imported = try scratch.liaison(["import", file], store: "copy.sqlite")
        #expect(imported.status == 0, "stderr: \(imported.stderr)")
        let second = try scratch.liaison(["export", "--format", "json"], store: "copy.sqlite")
        #expect(second.stdout == first.stdout)
        #expect(try scratch.liaison(["check"], store: "copy.sqlite").status == 0)
    }

    @Test func importRefusesAStoreWithRecords() throws {
        let scratch = try ScratchFolder()
        try scratch.seeded()
        let file = scratch.path("export.json")
        try scratch.liaison(["export"]).stdout.write(toFile: file, atomically: true, encoding: .utf8)
        let again = try scratch.liaison(["import", file])
        #expect(again.status != 0)
        #expect(again.stderr.contains("already holds records"))
    }

    @Test func demoIsDeterministicAndNeverAddsToAFullStore() throws {
        let scratch = try ScratchFolder()
        _ = try scratch.liaison(["demo", "--no-open", "--seed", "3", "--store", scratch.path("a.sqlite")])
        _ = try scratch.liaison(["demo", "--no-open", "--seed", "3", "--store", scratch.path("b.sqlite")])
        let a = try scratch.liaison(["export"], store: "a.sqlite").stdout
        #expect(a == (try scratch.liaison(["export"], store: "b.sqlite").stdout))
        #expect(a.contains("王秀英"))
        try scratch.seeded("c.sqlite")
        let before = try scratch.liaison(["export"], store: "c.sqlite").stdout
        _ = try scratch.liaison(["demo", "--no-open", "--store", scratch.path("c.sqlite")])
        #expect(try scratch.liaison(["export"], store: "c.sqlite").stdout == before)
    }

    @Test func csvHasASectionPerKind() throws {
        let scratch = try ScratchFolder()
        try scratch.seeded()
        let csv = try scratch.liaison(["export", "--format", "csv"]).stdout
        #expect(csv.contains("# people\n"))
        #expect(csv.contains("Edith Brown"))
    }
}
