import Foundation
import LiaisonTestSupport
import Testing
@testable import LiaisonCore

/// Two people of one name read apart in the handover as on the dashboard: a shift lead who
/// reads "John Smith" twice cannot tell whose GP rang, or whose contact was moved to whom.
@Suite struct ReportNamesakeTests {
    /// Two John Smiths told apart by their rooms, and an Edith Brown no one shares a name with.
    private struct Home {
        let f: Fixture
        let room3: Person, room12: Person, edith: Person
        let gp: Partner

        init() throws {
            f = try Fixture()
            f.clock.set(ReportFixture.at(2026, 11, 25, 8, 0))
            room3 = try f.store.addPerson(PersonDraft(name: "John Smith", location: "Room 3", basis: .none))
            room12 = try f.store.addPerson(PersonDraft(name: "John  Smith", location: "Room  12", basis: .consent, namesake: true))
            edith = try f.person("Edith Brown", basis: .none)
            gp = try f.partner("Dr Patel")
        }
    }

    @Test func everySectionNamesANamesakeWithTheirRoom() throws {
        let home = try Home()
        let f = home.f
        f.clock.set(ReportFixture.at(2026, 11, 25, 9, 5))
        // Entered against the wrong John Smith, then moved to the right one.
        let call = try f.contact(home.room3, home.gp, summary: "GP rang about his inhaler", advice: "Two puffs at night",
                                 confirmation: .requested, at: ReportFixture.at(2026, 11, 25, 9, 0))
        var moved = call
        moved.personID = home.room12.id
        f.clock.set(ReportFixture.at(2026, 11, 25, 9, 20))
        _ = try f.store.correct(moved, reason: "It was the other John Smith's inhaler")
        _ = try f.contact(home.edith, home.gp, summary: "GP rang about her cough", at: ReportFixture.at(2026, 11, 25, 9, 10))
        _ = try f.store.addTask(TaskDraft(title: "Book his review", personID: home.room3.id, owner: "Sam Carter",
                                          due: ReportFixture.at(2026, 11, 25, 9, 30)))
        f.clock.set(ReportFixture.at(2026, 11, 25, 10, 0))

        let report = try HandoverReport.gather(from: f.store, day: ReportFixture.at(2026, 11, 25, 0, 0))
        #expect(report.contacts.map(\.person) == ["John Smith (Room 12)", "Edith Brown"])
        #expect(report.chaseList.map(\.person) == ["John Smith (Room 12)"])
        #expect(report.overdueTasks.map(\.person) == ["John Smith (Room 3)"])
        #expect(report.corrections.map(\.about) == ["contact about John Smith (Room 12)"])
        #expect(report.corrections.first?.was == ["person was John Smith (Room 3)"])
        // Only the one whose name is shared is grown; the room is not said twice beside it.
        #expect(report.basisAttention.map(\.person) == ["Edith Brown", "John Smith (Room 3)"])
        let text = report.text()
        #expect(text.contains("  John Smith (Room 3) · no basis recorded\n"))
        #expect(!text.contains("(Room 3) · Room 3"))
        #expect(text.contains("Person: John Smith (Room 3)"))
        #expect(text.contains("09:00  John Smith (Room 12) · Dr Patel, GP"))
        // A spreadsheet matches people by the id beside the name, in its own column.
        let rows = try #require(RFC4180Reader.parse(report.csv()))
        let column = { (name: String) in try #require(rows.first?.firstIndex(of: name)) }
        let (section, person, id) = (try column("section"), try column("person"), try column("person_id"))
        let people = rows.dropFirst().filter { !$0[person].isEmpty }.map { [$0[section], $0[person], $0[id]] }
        #expect(people == [
            ["contact", "John Smith (Room 12)", home.room12.id], ["contact", "Edith Brown", home.edith.id],
            ["chase", "John Smith (Room 12)", home.room12.id], ["basis", "Edith Brown", home.edith.id],
            ["basis", "John Smith (Room 3)", home.room3.id], ["overdue-task", "John Smith (Room 3)", home.room3.id],
        ], "\(report.csv())")
        #expect(report.markdown().contains("| John Smith (Room 3) |  | none | no basis recorded |"), "\(report.markdown())")
        // A script tells them apart by id: every entry about a person carries it.
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.json().utf8)) as? [String: Any])
        let ids = { (section: String) in (json[section] as? [[String: Any]])?.map { $0["personID"] as? String } }
        #expect(ids("contacts") == [home.room12.id, home.edith.id])
        #expect(ids("chaseList") == [home.room12.id])
        #expect(ids("overdueTasks") == [home.room3.id])
        #expect(ids("basisAttention") == [home.edith.id, home.room3.id])
        let back = try HandoverReport.jsonDecoder.decode(HandoverReport.self, from: Data(report.json().utf8))
        #expect(back == report, "read back whole")
    }

    @Test func namesakesOfTheSameRoomAreToldApartByTheNameTheyGoBy() throws {
        let f = try Fixture()
        f.clock.set(ReportFixture.at(2026, 11, 25, 8, 0))
        let mary = try f.store.addPerson(PersonDraft(name: "Mary Jones", preferredName: "Molly", location: "Room 7", basis: .none))
        _ = try f.store.addPerson(PersonDraft(name: "Mary Jones", preferredName: "May", location: "Room 7", basis: .consent, namesake: true))
        let gp = try f.partner("Dr Patel")
        f.clock.set(ReportFixture.at(2026, 11, 25, 9, 5))
        _ = try f.contact(mary, gp, summary: "GP rang with her bloods", at: ReportFixture.at(2026, 11, 25, 9, 0))
        let report = try HandoverReport.gather(from: f.store, day: ReportFixture.at(2026, 11, 25, 0, 0))
        #expect(report.contacts.map(\.person) == ["Mary Jones (Molly)"])
        #expect(report.basisAttention.map(\.person) == ["Mary Jones (Molly)"])
        // The room tells neither apart, so it is still said beside the name.
        #expect(report.text().contains("  Mary Jones (Molly) · Room 7 · no basis recorded\n"))
    }

    /// A person's own corrections say which namesake was corrected; one renamed since is named
    /// as the correction left them.
    @Test func aNamesakesOwnCorrectionSaysWhichOfThem() throws {
        let home = try Home()
        let f = home.f
        f.clock.set(ReportFixture.at(2026, 11, 25, 9, 0))
        let left = try f.store.leave(home.room3, as: .moved, on: ReportFixture.at(2026, 11, 25, 0, 0), note: nil, reason: "")
        f.clock.set(ReportFixture.at(2026, 11, 25, 9, 10))
        _ = try f.store.correctLeaving(left, as: .died, on: nil, note: nil, reason: "Died, not moved: typed wrong")
        var edith = home.edith
        edith.name = "Edith Browne"
        f.clock.set(ReportFixture.at(2026, 11, 25, 9, 20))
        let renamed = try f.store.correct(edith, reason: "Her name is spelt with an e")
        var again = renamed
        again.name = "Edith Brown-Hale"
        f.clock.set(ReportFixture.at(2026, 11, 25, 9, 30))
        _ = try f.store.correct(again, reason: "Her full surname")
        f.clock.set(ReportFixture.at(2026, 11, 25, 10, 0))
        let report = try HandoverReport.gather(from: f.store, day: ReportFixture.at(2026, 11, 25, 0, 0))
        #expect(report.corrections.map(\.about) == ["John Smith (Room 3)", "Edith Browne", "Edith Brown-Hale"])
        #expect(report.text().contains("Corrected John Smith (Room 3) · by"), "\(report.text())")
    }
}
