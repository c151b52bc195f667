import Foundation
import LiaisonTestSupport
import Testing

/// A group of two homes in one store, through the built binary: people added to a home by
/// name in any case, a mistyped home refused as a bad choice, each home's handover and wall
/// holding only its own residents — who here have nearly the same names.
@Suite(.endToEnd, .tags(.endToEnd)) struct HomesEndToEndTests {
    static let settings = """
        {"homes": [{"id": "Rosewood"}, {"id": "Elm", "name": "Elm House"}],
         "staff": [{"name": "Ruth Okafor", "role": "registered-manager"}, {"name": "Kim Night", "role": "shift-lead", "homes": ["Elm"]}]}
        """

    /// "Edith Brown" as a whole name: not the start of "Edith Browne".
    static let rosewoodResident = #"Edith Brown(?!e)"#

    /// A store with the group's settings, Edith Brown in Rosewood and Edith Browne in Elm House,
    /// a partner, and a contact about each.
    static func group() async throws -> ScratchFolder {
        let scratch = try ScratchFolder()
        try await scratch.initStore()
        try Data(settings.utf8).write(to: URL(fileURLWithPath: scratch.path("store.sqlite.settings.json")))
        for arguments in [
            ["add", "person", "--name", "Edith Brown", "--location", "Room 1", "--basis", "consent", "--home", "rosewood"],
            ["add", "person", "--name", "Edith Browne", "--location", "Room 1", "--basis", "consent", "--home", "ELM HOUSE"],
            ["add", "partner", "--name", "Dr Patel", "--role", "gp"],
            ["add", "contact", "--person", "Edith Brown", "--partner", "Dr Patel", "--channel", "phone", "--summary", "Cough review",
             "--advice", "Push fluids", "--confirmation", "requested"],
            ["add", "contact", "--person", "Edith Browne", "--partner", "Dr Patel", "--channel", "visit", "--summary", "Leg dressing"],
        ] {
            let result = try await scratch.liaison(arguments)
            guard result.status == 0 else { throw SetupFailure(arguments: arguments, stderr: result.stderr) }
        }
        return scratch
    }

    struct SetupFailure: Error {
        var arguments: [String]
        var stderr: String
    }

    @Test func aMistypedOrMissingHomeIsRefusedAsABadChoiceWithTheHomesListed() async throws {
        let scratch = try await Self.group()
        let before = try await scratch.liaison(["export"]).stdout
        let typo = try await scratch.liaison(["add", "person", "--name", "Ada Lovelace", "--home", "Rosewod"])
        #expect(typo.status == 64)
        #expect(typo.stdout.isEmpty)
        #expect(typo.stderr == "liaison: home: “Rosewod” is not one of this service's homes: Rosewood, Elm House. Did you mean Rosewood?\n")
        let missing = try await scratch.liaison(["add", "person", "--name", "Ada Lovelace"])
        #expect(missing.status == 64)
        #expect(missing.stderr == "liaison: home: say which home they live in: Rosewood, Elm House\n")
        #expect(try await scratch.liaison(["export"]).stdout == before, "nothing refused was saved")
        let report = try await scratch.liaison(["report", "--home", "Oak"])
        #expect(report.status == 64)
        #expect(report.stderr.contains("“Oak” is not one of this service's homes"))
        // Acknowledging with a home typed wrong is refused whole: no acknowledgement is left.
        let acknowledged = try await scratch.liaison(["report", "--acknowledge", "--home", "Oak"])
        #expect(acknowledged.status == 64 && acknowledged.stderr.contains("“Oak” is not one of this service's homes"), "\(acknowledged.stderr)")
        #expect(try await scratch.liaison(["export"]).stdout == before, "nothing refused was saved")
    }

    @Test func aHomesHandoverHoldsOnlyItsOwnResidentsInEveryFormat() async throws {
        let scratch = try await Self.group()
        let elm = try await scratch.liaison(["report", "--home", "elm"])
        #expect(elm.status == 0, "\(elm.stderr)")
        #expect(elm.stdout.hasPrefix("HANDOVER FOR "))
        #expect(elm.stdout.components(separatedBy: "\n")[0].hasSuffix(" · ELM HOUSE"))
        #expect(elm.stdout.contains("Edith Browne") && elm.stdout.contains("Leg dressing"))
        #expect(elm.stdout.range(of: Self.rosewoodResident, options: .regularExpression) == nil)
        #expect(!elm.stdout.contains("Cough review") && !elm.stdout.contains("Push fluids"))

        let json = try await scratch.liaison(["report", "--home", "Rosewood", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["home"] as? String == "Rosewood")
        let contacts = try #require(object["contacts"] as? [[String: Any]])
        #expect(contacts.map { $0["person"] as? String } == ["Edith Brown"])
        let chase = try #require(object["chaseList"] as? [[String: Any]])
        #expect(chase.map { $0["person"] as? String } == ["Edith Brown"])

        for format in ["markdown", "csv"] {
            let part = try await scratch.liaison(["report", "--home", "Rosewood", "--format", format])
            #expect(part.status == 0)
            #expect(part.stdout.contains("Cough review"), "\(format)")
            #expect(!part.stdout.contains("Browne") && !part.stdout.contains("Leg dressing"), "\(format)")
        }

        // The group's report: each home's part in turn, the CSV with a home column.
        let group = try await scratch.liaison(["report", "--format", "csv"])
        let lines = group.stdout.components(separatedBy: "\r\n")
        // `home` where a group's CSV has always had it, after "entered"; the person's id, the
        // outcome of what was closed and the two ends of a time away after it.
        #expect(lines[0].hasSuffix(",entered,home,person_id,outcome,left_on,came_back,corrected_since_review,their_reference,sent_on"))
        let contactRows = lines.filter { $0.hasPrefix("contact,") }
        #expect(contactRows.count == 2)
        #expect(contactRows.contains { $0.contains("Edith Brown,") && $0.range(of: #",Rosewood,[0-9a-f-]{36},,,,,,$"#, options: .regularExpression) != nil })
        #expect(contactRows.contains { $0.contains("Edith Browne,") && $0.range(of: #",Elm House,[0-9a-f-]{36},,,,,,$"#, options: .regularExpression) != nil })
        let text = try await scratch.liaison(["report"])
        let titles = text.stdout.components(separatedBy: "\n").filter { $0.hasPrefix("HANDOVER FOR ") }
        #expect(titles.count == 2)
        #expect(titles[0].hasSuffix(" · ROSEWOOD") && titles[1].hasSuffix(" · ELM HOUSE"))
    }

    @Test func aHomesWallNeverShowsAnotherHomesResidentsEvenAsTheyAreSaved() async throws {
        let scratch = try await Self.group()
        let store = scratch.path("store.sqlite")
        let session = try scratch.tmux(
            command: "sh -c '\(LiaisonProcess.binary.path) wall --store \(store) --home elm --names full; echo EXITED-$?; exec sh'",
            width: 120, height: 30)
        defer { session.kill() }
        #expect(await session.waitFor("Edith Browne · Room 1"))
        var screen = session.capture()
        #expect(screen.contains("LIAISON · Elm House"))
        #expect(screen.contains("1 today"))
        #expect(screen.range(of: Self.rosewoodResident, options: .regularExpression) == nil, "\(screen)")
        #expect(!screen.contains("Rosewood"))

        // A save about the other home's resident changes nothing here; one about this home's shows.
        let other = try await scratch.liaison(["add", "task", "--title", "Chase blood results", "--person", "Edith Brown", "--due", "+1h"])
        #expect(other.status == 0)
        let own = try await scratch.liaison(["add", "contact", "--person", "Edith Browne", "--partner", "Dr Patel", "--channel", "video", "--summary", "Follow-up"])
        #expect(own.status == 0)
        #expect(await session.waitFor("2 today"))
        screen = session.capture()
        #expect(screen.range(of: Self.rosewoodResident, options: .regularExpression) == nil, "\(screen)")
        #expect(!screen.contains("Chase blood results"), "the other home's task is not this wall's")
        #expect(screen.contains("✓ Nothing overdue or due soon"))
        try session.send("q", literal: true)
        #expect(await session.waitFor("EXITED-0"))
    }

    @Test func theGroupsWallMarksEachLineWithItsHome() async throws {
        let scratch = try await Self.group()
        let store = scratch.path("store.sqlite")
        let session = try scratch.tmux(
            command: "sh -c '\(LiaisonProcess.binary.path) wall --store \(store); echo EXITED-$?; exec sh'", width: 120, height: 30)
        defer { session.kill() }
        #expect(await session.waitFor("2 today"))
        let screen = session.capture()
        #expect(screen.range(of: #"\d\d:\d\d  Rosewood  E\.B\. · GP · phone"#, options: .regularExpression) != nil, "\(screen)")
        #expect(screen.range(of: #"\d\d:\d\d  Elm       E\.B\. · GP · visit"#, options: .regularExpression) != nil, "\(screen)")
        let wrong = try await scratch.liaison(["wall", "--home", "Ash"])
        #expect(wrong.status == 64)
        #expect(wrong.stderr.contains("“Ash” is not one of this service's homes: Rosewood, Elm House."))
    }

    @Test func exportAndImportCarryEachPersonsHomeAndCheckWarnsOfAHomeNoLongerListed() async throws {
        let scratch = try await Self.group()
        let export = try await scratch.liaison(["export", "--output", scratch.path("group.json")])
        #expect(export.status == 0, "\(export.stderr)")
        try await scratch.initStore("copy.sqlite")
        try Data(Self.settings.utf8).write(to: URL(fileURLWithPath: scratch.path("copy.sqlite.settings.json")))
        let imported = try await scratch.liaison(["import", scratch.path("group.json")], store: "copy.sqlite")
        #expect(imported.status == 0, "\(imported.stderr)")
        let elm = try await scratch.liaison(["report", "--home", "Elm", "--format", "json"], store: "copy.sqlite")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(elm.stdout.utf8)) as? [String: Any])
        #expect((object["contacts"] as? [[String: Any]])?.map { $0["person"] as? String } == ["Edith Browne"])

        let healthy = try await scratch.liaison(["check"])
        #expect(healthy.status == 0 && healthy.stderr.isEmpty)
        // Rosewood taken off the list: Edith Brown is named, and the store is still sound.
        let elmOnly = #"{"homes": [{"id": "Elm", "name": "Elm House"}, {"id": "Ash"}]}"#
        try Data(elmOnly.utf8).write(to: URL(fileURLWithPath: scratch.path("store.sqlite.settings.json")))
        let warned = try await scratch.liaison(["check"])
        #expect(warned.status == 0)
        #expect(warned.stdout.hasPrefix("ok: "))
        let lines = warned.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("liaison: warning: Edith Brown (") == true)
        #expect(lines.first?.contains("lives in “Rosewood”, which is not a home in the settings (the homes are Elm, Ash)") == true)
    }
}
