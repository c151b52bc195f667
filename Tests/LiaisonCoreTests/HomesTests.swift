import Foundation
import LiaisonTestSupport
import Testing
@testable import LiaisonCore

/// Homes (service locations): how a group lists them, how a typed home is found, people's homes
/// on old and new records, and the rule that one home's handover holds only its own people.
@Suite struct HomesTests {
    static func settings(_ json: String) throws -> ServiceSettings {
        try JSONDecoder().decode(ServiceSettings.self, from: Data(json.utf8))
    }

    @Test func aSettingsFileListsHomesWithShortIdsAndNamesAndStaffMayNameTheirs() throws {
        let settings = try Self.settings("""
            {"homes": [{"id": "Rosewood"}, {"id": "Elm", "name": "Elm House"}, {"id": "North", "name": "Home care (North)"}],
             "staff": [{"name": "Kim Night", "role": "shift-lead", "homes": ["Elm"]}, {"name": "Ruth Okafor", "role": "manager"}]}
            """)
        #expect(settings.homes == [Home(id: "Rosewood"), Home(id: "Elm", name: "Elm House"), Home(id: "North", name: "Home care (North)")])
        #expect(settings.staff[0].worksIn(Home(id: "Elm")))
        #expect(!settings.staff[0].worksIn(Home(id: "Rosewood")))
        #expect(settings.staff[1].worksIn(Home(id: "Rosewood")), "a member whose homes are not listed works in every home")
    }

    @Test func aSettingsFileWithoutHomesReadsAndWritesAsBefore() throws {
        let settings = try Self.settings(#"{"staff": [{"name": "Ruth Okafor", "role": "manager"}]}"#)
        #expect(settings.homes.isEmpty)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let written = String(decoding: try encoder.encode(settings), as: UTF8.self)
        #expect(!written.contains("homes"))
        #expect(try Self.settings(written) == settings)
        let group = ServiceSettings(staff: [StaffMember(name: "Kim", role: .carer, homes: ["Elm"])], homes: [Home(id: "Elm", name: "Elm House")])
        #expect(try Self.settings(String(decoding: try encoder.encode(group), as: UTF8.self)) == group)
    }

    @Test(arguments: [
        (#"{"homes": [{"id": "Elm House"}]}"#, "only letters, digits"),
        (#"{"homes": [{"id": "AVeryLongHomeId"}]}"#, "longer than 12"),
        (#"{"homes": [{"id": ""}]}"#, "empty"),
        (#"{"homes": [{"id": "Elm"}, {"id": "elm", "name": "Elm Court"}]}"#, "two homes"),
        (#"{"homes": [{"id": "Elm", "name": "Oak"}, {"id": "Oak"}]}"#, "two homes"),
        (#"{"homes": [{"id": "Elm"}], "staff": [{"name": "Kim", "role": "carer", "homes": ["Oak"]}]}"#, "Kim works in “Oak”"),
    ])
    func aHomesListThatCannotStandIsRefusedSayingWhy(json: String, words: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-homes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("care.sqlite").path
        try Data(json.utf8).write(to: URL(fileURLWithPath: ServiceSettings.path(forStore: store)))
        let error = try #require(throws: StoreError.self) { try ServiceSettings.load(forStore: store) }
        #expect(error.message.contains(words), "\(error.message)")
    }

    @Test func aHomeIsFoundByIdOrNameInAnyCaseOrByTheStartOfEither() throws {
        let list = HomeList(HomesFixture.homes + [Home(id: "North", name: "Home care (North)")])
        #expect(try list.resolve("ELM").id == "Elm")
        #expect(try list.resolve("elm house").id == "Elm")
        #expect(try list.resolve("  rosewood ").id == "Rosewood")
        #expect(try list.resolve("home care").id == "North")
        #expect(try list.resolve("Ros").id == "Rosewood")
    }

    @Test func anUnknownHomeIsRefusedWithTheListAndTheNearestOne() throws {
        let list = HomeList(HomesFixture.homes)
        let typo = try #require(fieldError { _ = try list.resolve("Rosewod") })
        #expect(typo.field == "home")
        #expect(typo.message == "“Rosewod” is not one of this service's homes: Rosewood, Elm House. Did you mean Rosewood?")
        let far = try #require(fieldError { _ = try list.resolve("Oak Lodge") })
        #expect(far.message == "“Oak Lodge” is not one of this service's homes: Rosewood, Elm House.")
        let none = try #require(fieldError { _ = try HomeList([]).resolve("Elm") })
        #expect(none.message.hasPrefix("this service lists no homes"))
        let both = try #require(fieldError { _ = try HomeList([Home(id: "Elm"), Home(id: "Elder")]).resolve("el") })
        #expect(both.message == "“el” fits 2 homes; say which: Elm, Elder")
    }

    /// Export's byte-identity and every reader of person records depend on this: a body written
    /// before homes existed reads, and is written again, exactly as it was.
    @Test func aPersonBodyWithoutAHomeDecodesAndEncodesByteForByte() throws {
        // As a store written before homes wrote it: a person with no `home` key at all.
        let made = try Fixture().store.addPerson(PersonDraft(name: "Edith Brown", location: "Room 4", basis: .consent))
        let old = try RecordCoding.body(made)
        #expect(!old.contains("home"))
        let person = try RecordCoding.decoder.decode(Person.self, from: Data(old.utf8))
        #expect(person.home == nil)
        #expect(try RecordCoding.body(person) == old)
        var moved = person
        moved.home = "Elm"
        let body = try RecordCoding.body(moved)
        #expect(body.contains(#""home":"Elm""#))
        #expect(try RecordCoding.decoder.decode(Person.self, from: Data(body.utf8)) == moved)
    }

    @Test func inAGroupEveryNewPersonLivesInAListedHome() throws {
        let fixture = try HomesFixture()
        let store = fixture.store
        #expect(fixture.rosewood.home == "Rosewood")
        #expect(fixture.elm.home == "Elm")
        let missing = try #require(fieldError { try store.addPerson(PersonDraft(name: "Ada Lovelace")) })
        #expect(missing.field == "home")
        #expect(missing.message == "say which home they live in: Rosewood, Elm House")
        let unknown = try #require(fieldError { try store.addPerson(PersonDraft(name: "Ada Lovelace", home: "Elmm")) })
        #expect(unknown.message.hasSuffix("Did you mean Elm House?"))
        #expect(store.people.count == 2, "nothing refused was saved")
    }

    @Test func aServiceOfOneHomeNeitherAsksNorTakesAHome() throws {
        let fixture = try Fixture()
        let person = try fixture.store.addPerson(PersonDraft(name: "Edith Brown"))
        #expect(person.home == nil)
        let refused = try #require(fieldError { try fixture.store.addPerson(PersonDraft(name: "Ada", home: "Elm")) })
        #expect(refused.message.hasPrefix("this service lists no homes"))
        fixture.store.apply(ServiceSettings(homes: [Home(id: "Elm", name: "Elm House")]))
        #expect(try fixture.store.addPerson(PersonDraft(name: "Ada")).home == "Elm", "one listed home is everyone's")
    }

    @Test func movingSomeoneToAnotherHomeKeepsTheOldHomeInHistory() throws {
        let fixture = try HomesFixture()
        let moved = try fixture.store.move(fixture.rosewood, toHome: "elm house", reason: "moved for nursing care")
        #expect(moved.home == "Elm")
        #expect(moved.audit.version == 2)
        let history = try fixture.store.history(of: moved.id)
        #expect(history.count == 1)
        #expect(history[0].record.contains(#""home":"Rosewood""#))
        #expect(history[0].reason == "moved for nursing care")
        let again = try #require(fieldError { try fixture.store.move(moved, toHome: "Elm", reason: "again") })
        #expect(again.message == "Edith Brown already lives in Elm House")
    }

    @Test func aHomeFilterTakesOnlyThatHomesPeopleAndTheRecordsAboutThem() throws {
        let fixture = try HomesFixture()
        let store = fixture.store
        let elm = store.filter(for: HomesFixture.homes[1])
        #expect(elm.includes(fixture.elm))
        #expect(!elm.includes(fixture.rosewood))
        #expect(elm.includes(personID: fixture.elm.id))
        #expect(!elm.includes(personID: nil), "a record about no one is the group's, not a home's")
        let outside = HomeFilter.outside(store.homes, people: store.people)
        #expect(outside.includes(personID: nil))
        #expect(!outside.includes(personID: fixture.elm.id))
        #expect(store.filter(for: nil).includes(personID: nil))
    }

    /// An import can bring a home written in another case than the settings' id: the settings
    /// read "elm" as Elm everywhere else, so Elm's part, wall and marks take them too.
    @Test func aHomeWrittenInAnotherCaseIsThatHomes() throws {
        let fixture = try HomesFixture()
        let store = fixture.store
        var lower = fixture.elm
        lower.home = "elm"
        lower = try store.amend(lower, reason: "as an import wrote it")
        let elmHome = HomesFixture.homes[1]
        #expect(store.filter(for: elmHome).includes(lower))
        #expect(store.filter(for: elmHome).includes(personID: lower.id))
        #expect(!store.filter(for: HomesFixture.homes[0]).includes(personID: lower.id))
        #expect(!HomeFilter.outside(store.homes, people: store.people).includes(personID: lower.id))
        #expect(store.homeID(ofPerson: lower.id) == "Elm")

        let feed = store.wallFeed(now: HomesFixture.later, home: elmHome)
        #expect(feed.undecided.map(\.person?.home) == ["Elm"])
        #expect(store.wallFeed(now: HomesFixture.later).sharing.compactMap(\.home).sorted() == ["Elm", "Rosewood"])

        let report = try GroupReport.gather(from: store, period: try ReportPeriod.parse(
            date: nil, from: nil, to: nil, now: HomesFixture.later, calendar: HomesFixture.calendar, order: .dayFirst))
        #expect(report.parts[1].contacts.map(\.person) == ["Edith Browne"])
        #expect(report.parts[2].contacts.isEmpty)

        let again = try #require(fieldError { try store.move(lower, toHome: "Elm", reason: "again") })
        #expect(again.message == "Edith Browne already lives in Elm House")
    }

    @Test func checkWarnsOfPeopleNoListedHomeTakes() throws {
        let fixture = try HomesFixture()
        var stray = fixture.elm
        stray.home = "Oak"
        var homeless = fixture.rosewood
        homeless.home = nil
        let warnings = HomeCheck.warnings(people: [stray, homeless, fixture.elm], homes: fixture.store.homes)
        #expect(warnings.count == 2)
        #expect(warnings[0].hasPrefix("Edith Browne (\(stray.id)) lives in “Oak”, which is not a home in the settings (the homes are Rosewood, Elm)"))
        #expect(warnings[1].hasPrefix("Edith Brown (\(homeless.id)) has no home"))
        #expect(HomeCheck.warnings(people: [homeless], homes: HomeList([])).isEmpty, "a one-home service's people need none")
    }

    @Test func searchFindsPeopleByTheirHome() throws {
        let fixture = try HomesFixture()
        #expect(try fixture.store.searchEverything("elm house").people.map(\.name) == ["Edith Browne"])
        #expect(try fixture.store.searchEverything("rosewood").people.map(\.name) == ["Edith Brown"])
        let all = try fixture.store.searchEverything("edith")
        #expect(all.people.count == 2)
        let limited = all.limited(to: fixture.store.filter(for: HomesFixture.homes[0]))
        #expect(limited.people.map(\.name) == ["Edith Brown"])
        #expect(limited.contacts.allSatisfy { $0.personID == fixture.rosewood.id })
    }
}

/// A group's handover: one part per home in the settings' order, then what no home takes.
@Suite struct GroupReportTests {
    @Test func eachHomesPartHoldsOnlyItsPeopleAndTheRestComesLast() throws {
        let fixture = try HomesFixture()
        // Yesterday's visit in Elm House, typed up today: Elm's part lists it, no other part does.
        let nurse = try #require(fixture.store.partners.first { $0.name == "Ola Nurse" })
        let late = try fixture.store.addContact(ContactDraft(
            personID: fixture.elm.id, partnerID: nurse.id, channel: .visit, happenedAt: HomesFixture.start - 86_400,
            summary: "Yesterday's visit, typed up today"))
        let report = try GroupReport.gather(from: fixture.store, period: try ReportPeriod.parse(
            date: nil, from: nil, to: nil, now: HomesFixture.later, calendar: HomesFixture.calendar, order: .dayFirst))
        #expect(report.parts.map(\.home) == ["Rosewood", "Elm House", GroupReport.outsideHomes])
        let (rosewood, elm, rest) = (report.parts[0], report.parts[1], report.parts[2])
        #expect(rosewood.contacts.map(\.person) == ["Edith Brown"])
        #expect(rosewood.chaseList.map(\.person) == ["Edith Brown"])
        #expect(rosewood.overdueTasks.map(\.title) == ["Call Dr Patel back"])
        #expect(rosewood.openEscalations.isEmpty && rosewood.undecided.isEmpty && rosewood.basisAttention.isEmpty)
        #expect(elm.contacts.map(\.person) == ["Edith Browne"])
        #expect(elm.undecided.map(\.person) == ["Edith Browne"])
        #expect(elm.dueSoon.map(\.title) == ["Order dressings"])
        #expect(elm.openEscalations.map(\.summary) == ["Nurse declined a second visit"])
        #expect(elm.basisAttention.map(\.person) == ["Edith Browne"])
        #expect(rest.overdueTasks.map(\.title) == ["Book fire training"], "a task about no one is the group's")
        #expect(rest.contacts.isEmpty && rest.basisAttention.isEmpty)
        #expect(elm.lateEntries.map(\.id) == [late.id])
        #expect(rosewood.lateEntries.isEmpty && rest.lateEntries.isEmpty)

        let text = report.text()
        #expect(text.contains("HANDOVER FOR WEDNESDAY 25 NOVEMBER 2026 · ROSEWOOD\n"))
        #expect(text.contains("\n" + String(repeating: "=", count: 80) + "\n\nHANDOVER FOR WEDNESDAY 25 NOVEMBER 2026 · ELM HOUSE\n"))
        let markdown = report.markdown()
        #expect(markdown.hasPrefix("# Handover for Wednesday 25 November 2026 · Rosewood\n"))
        #expect(markdown.contains("\n---\n\n# Handover for Wednesday 25 November 2026 · Elm House\n"))
        let json = try report.json()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect((object["parts"] as? [[String: Any]])?.map { $0["home"] as? String } == ["Rosewood", "Elm House", "No listed home"])
        let decoded = try HandoverReport.jsonDecoder.decode(GroupReport.self, from: Data(json.utf8))
        #expect(decoded == report)
        let rows = try #require(RFC4180Reader.parse(report.csv()))
        // `home` keeps the place a group's CSV has always given it, before the columns added
        // since, so a sheet that reads by place still finds it.
        let since = ["person_id", "outcome", "left_on", "came_back", "corrected_since_review", "their_reference", "sent_on"]
        let header = HandoverReport.csvColumns.filter { !since.contains($0) } + ["home"] + since
        #expect(rows[0] == header)
        let home = try #require(header.firstIndex(of: "home"))
        #expect(rows.dropFirst().allSatisfy { ["Rosewood", "Elm House", "No listed home"].contains($0[home]) })
        #expect(rows.filter { $0[0] == "overdue-task" && $0[home] == "No listed home" }.count == 1)
    }

    @Test func aOneHomeServicesReportHasNoHomeAnywhere() throws {
        let fixture = try Fixture()
        let report = try HandoverReport.gather(from: fixture.store, day: Fixture.start)
        #expect(report.home == nil)
        #expect(!(try report.json()).contains("\"home\""))
        #expect(report.csv().components(separatedBy: "\r\n")[0] == HandoverReport.csvColumns.joined(separator: ","))
    }
}
