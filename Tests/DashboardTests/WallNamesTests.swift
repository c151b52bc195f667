import Foundation
import Testing
import LiaisonCore
import LiaisonTestSupport
import TerminalUI
@testable import Dashboard

/// The wall shows the least by default: initials or a room, never both on one line, and
/// sharing-basis problems only as counts. Checked on whole screens of the demo store.
@Suite struct WallNamesTests {
    /// The demo's people who are still with the service, as the wall would see them.
    static func people(_ fixture: WallFixture) throws -> [Person] {
        try fixture.writer().people.filter { $0.discharged == nil }
    }

    /// Words that say where one person stands on sharing, which must never sit beside anyone.
    static let basisWords = ["WITHDRAWN", "NO BASIS", "review due", "CONSENT", "consent", "best interests", "safeguarding"]

    static func lines(_ fixture: WallFixture, _ names: NameDisplay, _ width: Int, _ height: Int) -> [String] {
        WallFixture.render(fixture.screen(names: names), width, height).dump().components(separatedBy: "\n")
    }

    @Test(arguments: [(80, 24), (200, 60)])
    func byDefaultNoLinePairsInitialsWithARoomAndNoPersonHasABasisWord(width: Int, height: Int) throws {
        let fixture = try WallFixture()
        let people = try Self.people(fixture)
        let lines = Self.lines(fixture, .initials, width, height)
        #expect(lines.count == height)
        let rooms = Set(people.compactMap(\.location))
        #expect(rooms.count > 10)
        let initials = Set(people.map { Initials.of($0.name) })
        // Initials are shown: the default names people, it does not hide them.
        #expect(lines.contains { line in initials.contains { line.contains($0) } })
        for line in lines {
            for room in rooms { #expect(!line.contains(room), "room “\(room)” on: \(line)") }
            for word in Self.basisWords { #expect(!line.contains(word), "“\(word)” on: \(line)") }
        }
        // The sharing section counts instead: 3 without a basis and 3 reviews overdue in the demo.
        let screen = lines.joined(separator: "\n")
        #expect(screen.contains("6 people need attention"), "\(screen)")
        #expect(screen.contains("3 people have no basis to share on"))
        #expect(screen.contains("3 people need their basis reviewed"))
        // The header's count still counts people, not lines.
        #expect(lines[1].contains("▲ 43 need action now"), "\(lines[1])")
    }

    @Test(arguments: [(80, 24), (200, 60)])
    func roomModeShowsRoomsAndNoInitials(width: Int, height: Int) throws {
        let fixture = try WallFixture()
        let people = try Self.people(fixture)
        let lines = Self.lines(fixture, .room, width, height)
        let initials = Set(people.map { Initials.of($0.name) })
        #expect(lines.contains { $0.contains("Room ") })
        for line in lines {
            for mark in initials { #expect(!line.contains(mark), "initials “\(mark)” on: \(line)") }
            for word in Self.basisWords { #expect(!line.contains(word), "“\(word)” on: \(line)") }
        }
        #expect(lines.last?.contains("names: room") == true)
    }

    @Test func fullModeShowsNameAndRoomButStillOnlyCountsTheSharingBasis() throws {
        let fixture = try WallFixture()
        let text = Self.lines(fixture, .full, 200, 60).joined(separator: "\n")
        #expect(text.contains("Dafydd ap Rhys · Flat 3, Elm House"))
        for word in Self.basisWords { #expect(!text.contains(word), "“\(word)” on the wall") }
        #expect(text.contains("3 people need their basis reviewed"))
        #expect(text.contains("names: full"))
    }

    @Test func theLabelOfOnePersonInEachMode() {
        #expect(NameDisplay.initials.label(name: "Edith Brown", location: "Room 4") == "E.B.")
        #expect(NameDisplay.room.label(name: "Edith Brown", location: "Room 4") == "Room 4")
        #expect(NameDisplay.room.label(name: "Edith Brown", location: " ") == nil)
        #expect(NameDisplay.room.label(name: "Edith Brown", location: nil) == nil)
        #expect(NameDisplay.full.label(name: "Edith Brown", location: "Room 4") == "Edith Brown · Room 4")
        #expect(NameDisplay.full.label(name: "Edith Brown", location: nil) == "Edith Brown")
    }

    /// Someone who left is marked beside who they are; in rooms alone, so the room does not read
    /// as what left, and someone with no room is still a line about someone.
    @Test func theLabelOfSomeoneWhoLeftInEachMode() {
        func left(_ mode: NameDisplay, _ location: String?) -> String? {
            mode.label(initials: "E.B.", name: "Edith Brown", location: location, hasLeft: true)
        }
        #expect(left(.initials, "Room 4") == "E.B. (left)")
        #expect(left(.room, "Room 4") == "Room 4 (has left)")
        #expect(left(.room, nil) == "someone who has left")
        #expect(left(.room, " ") == "someone who has left")
        #expect(left(.full, "Room 4") == "Edith Brown (left) · Room 4")
        #expect(left(.full, nil) == "Edith Brown (left)")
    }

    @Test func oneCountSaysPersonNotPeople() throws {
        let store = try Store.inMemory(clock: ManualClock(WallFixture.now), calendar: WallFixture.calendar)
        try store.addPerson(PersonDraft(name: "Harold Finch", location: "Room 10", basis: .withdrawn))
        let snapshot = WallSnapshot.build(from: store, now: WallFixture.now, names: .initials)
        #expect(snapshot[.sharing].headline == "1 person needs attention")
        #expect(snapshot[.sharing].items.map(\.text) == ["1 person has no basis to share on"])
        #expect(snapshot.count(.overdue) == 1)
    }
}

/// The settings file's `wall.names`, and its refusal of a value it does not know.
@Suite struct WallSettingsTests {
    @Test func wallNamesAreReadFromTheSettingsAndDefaultToInitials() throws {
        let decode = { (json: String) in try JSONDecoder().decode(ServiceSettings.self, from: Data(json.utf8)) }
        #expect(try decode("{}").wall.names == .initials)
        #expect(try decode(#"{"wall": {}}"#).wall.names == .initials)
        #expect(try decode(#"{"wall": {"names": "room"}}"#).wall.names == .room)
        #expect(try decode(#"{"wall": {"names": "full"}, "staff": []}"#).wall.names == .full)
    }

    @Test func anUnknownValueIsRefusedNamingTheChoices() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wall-settings-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("care.sqlite").path
        try Data(#"{"wall": {"names": "surname"}}"#.utf8).write(to: URL(fileURLWithPath: ServiceSettings.path(forStore: store)))
        let error = #expect(throws: StoreError.self) { try ServiceSettings.load(forStore: store) }
        #expect(error?.message.contains("at wall → names: “surname” is not one of “initials”, “room”, “full”") == true, "\(error?.message ?? "")")
    }
}

/// Which store a screen has open, shortened to the room there is.
@Suite struct StoreLabelTests {
    @Test func shortensUnderHomeThenToItsLastFoldersThenToItsName() {
        let path = "/home/sam/care/sunnyside.sqlite"
        #expect(StoreLabel.short(path, home: "/home/sam", width: 40) == "~/care/sunnyside.sqlite")
        #expect(StoreLabel.short(path, home: "/home/sa", width: 40) == path)
        #expect(StoreLabel.short("/srv/liaison/teams/north/care.sqlite", home: nil, width: 30) == "…/north/care.sqlite")
        #expect(StoreLabel.short(path, home: "/home/sam", width: 16) == "sunnyside.sqlite")
        #expect(StoreLabel.short(path, home: "/home/sam", width: 10) == "sunnyside…")
        #expect(StoreLabel.describe(path, readOnly: true, home: "/home/sam", width: 40) == "~/care/sunnyside.sqlite · read-only")
        #expect(StoreLabel.short("/srv/東京/記録.sqlite", home: nil, width: 8).displayWidth <= 8)
    }
}
