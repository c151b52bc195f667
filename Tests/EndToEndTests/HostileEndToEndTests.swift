import Foundation
import LiaisonTestSupport
import ProcessSpawning
import Testing

/// Issue 12 through the built binary: hostile text, files and bytes, each shown inert or refused.
@Suite(.endToEnd, .tags(.endToEnd)) struct HostileEndToEndTests {
    /// A name that sets the terminal's title and clears its screen when printed raw.
    static let escapeName = "Edith\u{1B}]0;pwned\u{07}\u{1B}[2J Brown"

    /// Runs `sqlite3` on `store`, for planting what no Liaison command will write.
    static func sqlite(_ store: String, _ sql: String) throws {
        let process = ChildProcess()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sqlite3", store, sql]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "sqlite3 \(sql)")
    }

    @Test func hostileTextIsRefusedAtEntryAndShownInertInEveryFormatAndMessage() async throws {
        let scratch = try ScratchFolder()
        try await scratch.seeded()
        let refused = try await scratch.liaison(["add", "person", "--name", Self.escapeName])
        #expect(refused.status != 0)
        #expect(!refused.stderr.contains("\u{1B}"), "the refusal quotes the name inertly")
        #expect(refused.stderr.contains("␛"))
        let invisible = try await scratch.liaison(["add", "person", "--name", "\u{200B}\u{202E}"])
        #expect(invisible.stderr.contains("empty"))
        let long = try await scratch.liaison(["add", "partner", "--name", String(repeating: "x", count: 5_000), "--role", "gp"])
        #expect(long.stderr.contains("longer than"))
        let badDate = try await scratch.liaison(["report", "--date", "\u{1B}[2J"])
        #expect(badDate.status != 0 && !badDate.stderr.contains("\u{1B}"))
        let badOption = try await scratch.liaison(["--\u{1B}]0;x\u{07}"])
        #expect(badOption.status != 0 && !badOption.stderr.contains("\u{1B}"), "ArgumentParser's own messages too")
        let badCommand = try await scratch.liaison(["rep\u{1B}]0;x\u{07}ort"])
        #expect(badCommand.status != 0 && !badCommand.stderr.contains("\u{1B}") && badCommand.stderr.contains("␛"), "and the command line's own")

        // A store written before the rules existed, or by another program, may still hold it.
        let contact = try await scratch.liaison(["add", "contact", "--person", "Edith Brown", "--partner", "Dr Patel", "--channel", "phone", "--summary", "Rang"])
        #expect(contact.status == 0, "\(contact.stderr)")
        let sql = "UPDATE person SET body = json_set(body, '$.name', '\(Self.escapeName)' || char(10) || 'HANDOVER FOR FRIDAY' || char(8238))"
        try Self.sqlite(scratch.path("store.sqlite"), sql)
        for format in ["text", "markdown", "csv", "json"] {
            let report = try await scratch.liaison(["report", "--format", format])
            #expect(report.status == 0, "\(format): \(report.stderr)")
            #expect(!report.stdout.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{202E}" }, "\(format)")
            #expect(!report.stdout.split(separator: "\n").contains { $0.hasPrefix("HANDOVER FOR FRIDAY") }, "\(format)")
        }
        let export = try await scratch.liaison(["export"])
        #expect(!export.stdout.contains("\u{1B}") && export.stdout.contains("\\u001b") && export.stdout.contains("\\u202e"))
    }

    @Test func csvCellsCannotBeFormulasAndHelpSaysJSONIsLossless() async throws {
        let scratch = try ScratchFolder()
        try await scratch.initStore()
        _ = try await scratch.liaison(["add", "partner", "--name", "=HYPERLINK(\"http://example.invalid\",\"x\")", "--role", "gp", "--phone", "+44 1632 960000"])
        let csv = try await scratch.liaison(["export", "--format", "csv"]).stdout
        #expect(csv.contains("\"'=HYPERLINK(") && csv.contains("'+44 1632 960000"))
        let help = try await scratch.liaison(["export", "--help"]).stdout
        #expect(help.contains("JSON is the lossless format"))
    }

    /// The incident: `export --output` onto the live store destroyed it, and the dashboard's next
    /// save was lost. Now it is refused, `--force` or not, and the dashboard saves as usual.
    @Test func exportOntoTheOpenStoreIsRefusedAndTheDashboardsNextSaveIsKept() async throws {
        let app = try ReviewDashboardTests.Running()
        #expect(await app.session.waitFor("(today)"))
        #expect(await eventually { app.reviewedCount != nil })
        let before = try Data(contentsOf: URL(fileURLWithPath: app.store))
        for target in [app.store, app.store + "-wal", app.store + "-shm"] {
            for force in [[], ["--force"]] {
                let result = try await LiaisonProcess.run(["export", "--store", app.store, "--output", target] + force)
                #expect(result.status != 0, "\(target) \(force)")
                #expect(result.stderr.contains("never replaces the store"), "\(result.stderr)")
            }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: app.store)) == before)
        let (reviewed, _) = try #require(app.reviewedCount)
        try app.send("Tab")
        try app.send("r", literal: true)
        #expect(await eventually { app.reviewedCount?.0 == reviewed + 1 })
        let export = try await LiaisonProcess.run(["export", "--store", app.store])
        #expect(export.stdout.contains("\"reviewed\" : {"))
        #expect(try await LiaisonProcess.run(["check", "--store", app.store]).status == 0)
    }

    @Test func anotherProgramsDatabaseIsRefusedAndLeftExactlyAsItWas() async throws {
        let scratch = try ScratchFolder()
        let other = scratch.path("accounts.db")
        try Self.sqlite(other, "CREATE TABLE account (id, balance); INSERT INTO account VALUES (1, 100);")
        let before = try Data(contentsOf: URL(fileURLWithPath: other))
        for command in [["add", "person", "--name", "X"], ["report"], ["check"], ["export"]] {
            let result = try await scratch.liaison(command, store: "accounts.db")
            #expect(result.status != 0, "\(command)")
            #expect(result.stderr.contains("another program"), "\(result.stderr)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: other)) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).filter { $0 != "home" } == ["accounts.db"],
                "no journal or store file was made beside it")
    }

    @Test func importListsEveryProblemAndWritesNothing() async throws {
        let scratch = try ScratchFolder()
        try await scratch.seeded()
        for summary in ["Rang", "Rang again"] {
            _ = try await scratch.liaison(["add", "contact", "--person", "Edith Brown", "--partner", "Dr Patel", "--channel", "phone", "--summary", summary])
        }
        var json = try await scratch.liaison(["export"]).stdout
        json.replace(/"happenedAt" : "[^"]+"/, with: "\"happenedAt\" : \"2026-02-30T10:00:00Z\"", maxReplacements: 1)
        json.replace(/"role" : "gp"/, with: "\"role\" : \"wizard\"")
        json.replace(/"partnerID" : "[^"]+"/, with: "\"partnerID\" : \"nobody\"")
        let file = scratch.path("tampered.json")
        try json.write(toFile: file, atomically: true, encoding: .utf8)
        try await scratch.initStore("new.sqlite")
        let result = try await scratch.liaison(["import", file], store: "new.sqlite")
        #expect(result.status != 0)
        #expect(result.stderr.contains("contacts[0]") && result.stderr.contains("happenedAt") && result.stderr.contains("2026-02-30"))
        #expect(result.stderr.contains("partners[0]") && result.stderr.contains("wizard"))
        #expect(result.stderr.contains("contacts[1]") && result.stderr.contains("partnerID") && result.stderr.contains("nobody"))
        #expect(result.stderr.contains("nothing was written"))
        for swiftism in ["DecodingError", "CodingKeys", "Swift.", "Optional("] { #expect(!result.stderr.contains(swiftism)) }
        #expect(try await scratch.liaison(["export"], store: "new.sqlite").stdout.contains("\"people\" : [\n\n  ]"))
        let device = try await scratch.liaison(["import", "/dev/zero"], store: "new.sqlite")
        #expect(device.status != 0 && device.stderr.contains("not a plain file"), "a device is refused, not read for ever")
    }

    @Test func checkNamesADamagedRowAndSalvageKeepsEverythingElse() async throws {
        let scratch = try ScratchFolder()
        try await scratch.seeded()
        for summary in ["First", "Second"] {
            _ = try await scratch.liaison(["add", "contact", "--person", "Edith Brown", "--partner", "Dr Patel", "--channel", "phone", "--summary", summary])
        }
        try Self.sqlite(scratch.path("store.sqlite"), "UPDATE contact SET body = 'not json' WHERE body LIKE '%First%'")
        let check = try await scratch.liaison(["check"])
        #expect(check.status != 0)
        #expect(check.stderr.contains(/contact [0-9a-f-]{36}: the record cannot be read/))
        let plain = try await scratch.liaison(["export"])
        #expect(plain.status != 0)
        let salvage = try await scratch.liaison(["export", "--salvage", "--output", scratch.path("salvage.json")])
        #expect(salvage.status == 0, "\(salvage.stderr)")
        let saved = try String(contentsOfFile: scratch.path("salvage.json"), encoding: .utf8)
        #expect(saved.contains("Second") && saved.contains("Edith Brown") && saved.contains("\"body\" : \"not json\""))
    }

    /// The incident: three bytes that are not UTF-8 ended the dashboard without a word. Now they
    /// are shown as � (or ignored) and the dashboard carries on; a bracketed paste of 100,000
    /// characters lands in the field as one edit.
    @Test func invalidUTF8NeverEndsTheDashboardAndABigPasteIsTakenWhole() async throws {
        let app = try ReviewDashboardTests.Running()
        #expect(await app.session.waitFor("(today)"))
        try TmuxSession.tmux(socket: app.session.socket, ["send-keys", "-t", app.session.name, "-H", "ff", "fe", "fd", "c3", "28", "e2", "82"])
        try app.send("a", literal: true)
        #expect(await app.session.waitFor("New contact / advice"), "the dashboard is still there and takes keys")
        #expect(!app.session.paneIsDead())
        try app.send("edith", literal: true)
        #expect(await app.session.waitFor("▸ Edith Brown"))
        try app.send("Enter", "Tab")
        try app.send("riverside", literal: true)
        #expect(await app.session.waitFor("▸ Dr Anil Patel"))
        try app.send("Enter", "Tab", "Tab")   // on to the advice
        let pasted = String(repeating: "Zoë's dose 5 mg, 王秀英. ", count: 4_000) + "\nEND"
        let file = app.folder.appendingPathComponent("paste.txt")
        try pasted.write(to: file, atomically: true, encoding: .utf8)
        try TmuxSession.tmux(socket: app.session.socket, ["load-buffer", "-b", "big", file.path])
        try TmuxSession.tmux(socket: app.session.socket, ["paste-buffer", "-p", "-b", "big", "-t", app.session.name])
        let drafts = app.store + ".drafts"
        // The paste is in the draft, cut at the field's 20,000 characters, and the form says so.
        #expect(await eventually {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: drafts)) ?? []
            guard let name = names.first(where: { $0.hasSuffix(".json") && !$0.hasPrefix(".") }),
                  let data = FileManager.default.contents(atPath: drafts + "/" + name),
                  let draft = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                  let advice = (draft["values"] as? [String: String])?["advice"] else { return false }
            return advice.count == 20_000 && advice.hasPrefix("Zoë's dose 5 mg, 王秀英.")
        })
        #expect(await app.session.waitFor("The paste was longer than this field holds"))
        #expect(!app.session.paneIsDead())
    }
}
