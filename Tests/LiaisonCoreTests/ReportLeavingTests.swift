import Foundation
import LiaisonTestSupport
import Testing
@testable import LiaisonCore

/// Who left the service in the day is news for the next shift (R1): a death or a move is in
/// the handover, in every format, named as the dashboard names them; not only as a correction.
@Suite struct ReportLeavingTests {
    @Test func whoLeftTheServiceThatDayIsInTheHandover() throws {
        let f = try Fixture()
        // The day before, and recorded then: not this day's news.
        f.clock.set(ReportFixture.at(2026, 11, 24, 8, 0))
        let edith = try f.person("Edith Brown")
        _ = try f.store.leave(edith, as: .discharged, on: ReportFixture.at(2026, 11, 24, 0, 0), note: nil, reason: "")
        f.clock.set(ReportFixture.at(2026, 11, 25, 8, 0))
        let harold = try f.store.addPerson(PersonDraft(name: "Harold Finch", location: "Room 9"))
        let john = try f.store.addPerson(PersonDraft(name: "John Smith", location: "Room 3"))
        _ = try f.store.addPerson(PersonDraft(name: "John Smith", location: "Room 12", namesake: true))
        f.clock.set(ReportFixture.at(2026, 11, 25, 9, 0))
        _ = try f.store.leave(harold, as: .died, on: f.clock.now, note: "Peacefully, at home", reason: "")
        _ = try f.store.leave(john, as: .moved, on: ReportFixture.at(2026, 11, 25, 0, 0), note: "To Oak Lodge", reason: "")
        f.clock.set(ReportFixture.at(2026, 11, 25, 10, 0))

        let report = try HandoverReport.gather(from: f.store, day: ReportFixture.at(2026, 11, 25, 0, 0))
        #expect(report.leavings?.map(\.person) == ["John Smith (Room 3)", "Harold Finch"])
        #expect(report.leavings?.map(\.kind) == [.moved, .died])
        let text = report.text()
        #expect(text.contains("""
            LEFT THE SERVICE OR CAME BACK (2)
            ---------------------------------
              left   John Smith (Room 3) · moved · To Oak Lodge
              left   Harold Finch (Room 9) · died · Peacefully, at home
            """), "\(text)")
        #expect(report.markdown().contains("| 25 Nov | Harold Finch | Room 9 | died | Peacefully, at home |  |"), "\(report.markdown())")
        #expect(report.markdown().contains("| 25 Nov | John Smith (Room 3) |  | moved | To Oak Lodge |  |"), "the room is not said twice")
        let rows = try #require(RFC4180Reader.parse(report.csv()))
        let columns = try #require(rows.first)
        let left = rows.filter { $0.first == "left" }.map { row in ["person", "person_id", "kind", "summary"].map { row[columns.firstIndex(of: $0)!] } }
        #expect(left == [["John Smith (Room 3)", john.id, "moved", "To Oak Lodge"], ["Harold Finch", harold.id, "died", "Peacefully, at home"]])
        let back = try HandoverReport.jsonDecoder.decode(HandoverReport.self, from: Data(report.json().utf8))
        #expect(back == report)

        // A week's record lists Edith's discharge the day before too; the day before's handover, hers alone.
        let week = try HandoverReport.gather(from: f.store, first: ReportFixture.at(2026, 11, 19, 0, 0), last: ReportFixture.at(2026, 11, 25, 0, 0))
        #expect(week.leavings?.map(\.person) == ["Edith Brown", "John Smith (Room 3)", "Harold Finch"])
        #expect(week.text().contains("  24 Nov  Edith Brown · discharged\n"), "\(week.text())")
        let before = try HandoverReport.gather(from: f.store, day: ReportFixture.at(2026, 11, 24, 0, 0))
        #expect(before.leavings?.map(\.person) == ["Edith Brown"])
    }

    /// A leaving stays in the record of its day after they come back, with when they did; one
    /// who left twice is listed twice, each leaving as corrected.
    @Test func aLeavingStaysInItsDaysRecordAfterTheyComeBack() throws {
        let f = try Fixture()
        f.clock.set(ReportFixture.at(2026, 11, 20, 8, 0))
        let bob = try f.store.addPerson(PersonDraft(name: "Bob Adams", location: "Room 4"))
        f.clock.set(ReportFixture.at(2026, 11, 23, 9, 0))
        var now = try f.store.leave(bob, as: .moved, on: f.clock.now, note: "To hospital", reason: "")
        f.clock.set(ReportFixture.at(2026, 11, 23, 9, 30))
        now = try f.store.correctLeaving(now, as: .moved, on: nil, note: "To St Mary's ward 4", reason: "The ward was missing")
        f.clock.set(ReportFixture.at(2026, 11, 24, 10, 0))
        now = try f.store.readmit(now, reason: "Back from St Mary's, discharged home", location: "Room 21")
        // A namesake in his old room: his name is grown with the room he came back to.
        _ = try f.store.addPerson(PersonDraft(name: "Bob Adams", location: "Room 4", namesake: true))
        f.clock.set(ReportFixture.at(2026, 11, 25, 9, 0))
        now = try f.store.leave(now, as: .died, on: f.clock.now, note: nil, reason: "")
        f.clock.set(ReportFixture.at(2026, 11, 25, 10, 0))

        let day = try HandoverReport.gather(from: f.store, day: ReportFixture.at(2026, 11, 23, 0, 0))
        #expect(day.leavings?.map(\.note) == ["To St Mary's ward 4"], "as corrected")
        #expect(day.leavings?.first?.cameBack == ReportFixture.at(2026, 11, 24, 10, 0))
        #expect(day.text().contains("  left   Bob Adams (Room 21) · moved · To St Mary's ward 4\n         came back 24 Nov 10:00: Back from St Mary's, discharged home\n"), "\(day.text())")
        #expect(day.markdown().contains("| 23 Nov | Bob Adams (Room 21) |  | moved |"), "one room, not two: \(day.markdown())")
        let week = try HandoverReport.gather(from: f.store, first: ReportFixture.at(2026, 11, 19, 0, 0), last: ReportFixture.at(2026, 11, 25, 0, 0))
        #expect(week.leavings?.map(\.kind) == [.moved, .died])
        #expect(week.leavings?.map(\.leftEarlier) == [nil, nil], "he left in the week: that is its news")

        // The day he came back, having left the day before, his return is that day's news.
        let back = try HandoverReport.gather(from: f.store, day: ReportFixture.at(2026, 11, 24, 0, 0))
        #expect(back.leavings?.map(\.leftEarlier) == [true])
        #expect(back.text().contains("""
            LEFT THE SERVICE OR CAME BACK (1)
            ---------------------------------
              back   Bob Adams (Room 21) · had left (moved) 23 Nov · To St Mary's ward 4
                     came back 24 Nov 10:00: Back from St Mary's, discharged home
            """), "\(back.text())")
        #expect(back.markdown().contains("| 23 Nov | Bob Adams (Room 21) |  | moved | To St Mary's ward 4 | 24 Nov 10:00: Back from St Mary's, discharged home |"),
                "\(back.markdown())")
        let rows = try #require(RFC4180Reader.table(back.csv())).filter { ["left", "came-back"].contains($0["section"]) }
        #expect(rows.map { [$0["section"], $0["time"], $0["kind"], $0["left_on"], $0["came_back"], $0["reason"]] }
                    == [["came-back", "2026-11-24 10:00", "moved", "2026-11-23 09:00", "2026-11-24 10:00", "Back from St Mary's, discharged home"]])
        #expect(back.leavings?.first?.cameBackReason == "Back from St Mary's, discharged home")
        // A week from the day after he left holds his return, on the day of it.
        let later = try HandoverReport.gather(from: f.store, first: ReportFixture.at(2026, 11, 24, 0, 0), last: ReportFixture.at(2026, 11, 25, 0, 0))
        #expect(later.leavings?.map(\.leftEarlier) == [true, nil])
        #expect(later.text().contains("  24 Nov  Bob Adams (Room 21) · had left (moved) 23 Nov"), "\(later.text())")
        // A period wholly before he came back does not.
        #expect(try HandoverReport.gather(from: f.store, day: ReportFixture.at(2026, 11, 22, 0, 0)).whoLeft.isEmpty)
    }

    /// A leaving recorded today for a day before is today's news: that day's handover, perhaps
    /// read already, did not have it.
    /// Nobody comes back from a death: one taken back was recorded wrongly, so it is a
    /// correction with what it said, and the handover does not say they died or came back.
    @Test func aDeathTakenBackIsACorrectionNotAReturn() throws {
        let f = try Fixture()
        f.clock.set(ReportFixture.at(2026, 11, 25, 8, 0))
        let harold = try f.store.addPerson(PersonDraft(name: "Harold Finch", location: "Room 9"))
        let bob = try f.store.addPerson(PersonDraft(name: "Bob Adams", location: "Room 21"))
        f.clock.set(ReportFixture.at(2026, 11, 25, 9, 0))
        let died = try f.store.leave(harold, as: .died, on: f.clock.now, note: nil, reason: "")
        let away = try f.store.leave(bob, as: .moved, on: f.clock.now, note: "To St Mary's", reason: "")
        f.clock.set(ReportFixture.at(2026, 11, 25, 9, 30))
        let back = try f.store.readmit(died, reason: "Recorded on the wrong person")
        #expect(back.discharged == nil && back.leaving == nil)
        _ = try f.store.readmit(away, reason: "Back from St Mary's")
        let history = try f.store.history(of: harold.id)
        #expect(history.last?.isCorrection == true)
        #expect(try f.store.history(of: bob.id).last?.isCorrection != true, "coming back from a move is a return")

        let report = try HandoverReport.gather(from: f.store, day: ReportFixture.at(2026, 11, 25, 0, 0))
        #expect(report.leavings?.map(\.person) == ["Bob Adams"], "\(report.leavings ?? [])")
        let correction = try #require(report.corrections.first { $0.recordID == harold.id })
        #expect(correction.reason == "Recorded on the wrong person")
        #expect(correction.was.contains("how they left was “died”"), "\(correction.was)")
    }

    /// A discharge later corrected to a death was a real time away, but a return from it would
    /// say they came back from a death: readmitting is refused until how they left is put right,
    /// and then the discharge stays in its day's handover and the return in the day they came back.
    @Test func aDischargeCorrectedToADeathIsPutRightBeforeTheyAreReadmitted() throws {
        let f = try Fixture()
        f.clock.set(ReportFixture.at(2026, 11, 20, 8, 0))
        let edith = try f.store.addPerson(PersonDraft(name: "Edith Brown", location: "Room 4"))
        f.clock.set(ReportFixture.at(2026, 11, 20, 9, 0))
        let away = try f.store.leave(edith, as: .discharged, on: f.clock.now, note: "To St Thomas' hospital", reason: "")
        f.clock.set(ReportFixture.at(2026, 11, 21, 9, 0))
        let died = try f.store.correctLeaving(away, as: .died, on: nil, note: "To St Thomas' hospital", reason: "Hospital rang: she died")
        f.clock.set(ReportFixture.at(2026, 11, 24, 9, 0))
        #expect(try !f.store.readmitTakesBackADeath(died))
        let refused = fieldError { _ = try f.store.readmit(died, reason: "Back from the ward") }
        #expect(refused?.message.hasPrefix("Edith Brown is recorded as having died, corrected from another way of leaving; if they did not die, correct how they left first") == true,
                "\(String(describing: refused))")
        let discharged = try f.store.correctLeaving(died, as: .discharged, on: nil, note: "To St Thomas' hospital", reason: "The hospital rang the wrong home")
        _ = try f.store.readmit(discharged, reason: "Back from the ward")
        #expect(try f.store.history(of: edith.id).last?.isCorrection != true, "a return, not a correction")
        let left = try HandoverReport.gather(from: f.store, day: ReportFixture.at(2026, 11, 20, 0, 0))
        #expect(left.leavings?.map(\.person) == ["Edith Brown"])
        let back = try HandoverReport.gather(from: f.store, day: ReportFixture.at(2026, 11, 24, 0, 0))
        #expect(back.leavings?.first?.cameBack == ReportFixture.at(2026, 11, 24, 9, 0), "\(back.leavings ?? [])")
        #expect(back.leavings?.first?.kind == .discharged)
    }

    @Test func aLeavingRecordedForAnEarlierDayIsInTheHandoverOfTheDayItWasRecorded() throws {
        let f = try Fixture()
        f.clock.set(ReportFixture.at(2026, 11, 20, 8, 0))
        let edith = try f.person("Edith Brown")
        f.clock.set(ReportFixture.at(2026, 11, 27, 9, 0))
        _ = try f.store.leave(edith, as: .moved, on: ReportFixture.at(2026, 11, 26, 0, 0), note: "To Oak Lodge", reason: "")
        f.clock.set(ReportFixture.at(2026, 11, 27, 10, 0))
        let today = try HandoverReport.gather(from: f.store, day: ReportFixture.at(2026, 11, 27, 0, 0))
        #expect(today.leavings?.map(\.recordedAt) == [ReportFixture.at(2026, 11, 27, 9, 0)])
        #expect(today.text().contains("  left   Edith Brown · moved 26 Nov, recorded 27 Nov 09:00 · To Oak Lodge\n"), "\(today.text())")
        #expect(today.markdown().contains("| 26 Nov (recorded 27 Nov 09:00) | Edith Brown |"), "\(today.markdown())")
        let row = try #require(RFC4180Reader.table(today.csv())).first { $0["section"] == "left" }
        #expect(row?["time"] == "2026-11-26 00:00" && row?["entered"] == "2026-11-27 09:00")
        // The day she left has it too, as it always did; a period holding both days lists it once.
        #expect(try HandoverReport.gather(from: f.store, day: ReportFixture.at(2026, 11, 26, 0, 0)).leavings?.map(\.recordedAt) == [nil])
        let both = try HandoverReport.gather(from: f.store, first: ReportFixture.at(2026, 11, 26, 0, 0), last: ReportFixture.at(2026, 11, 27, 0, 0))
        #expect(both.whoLeft.count == 1 && both.whoLeft.first?.recordedAt == nil)
    }

    /// A leaving's note is a fact on one line: a line break in it is shown, never obeyed, so
    /// it cannot start a line that reads as the report's own.
    @Test func aLineBreakInALeavingsNoteCannotForgeALine() throws {
        let f = try Fixture()
        f.clock.set(ReportFixture.at(2026, 11, 25, 8, 0))
        let bob = try f.store.addPerson(PersonDraft(name: "Bob Adams", location: "Room 4"))
        _ = try f.store.leave(bob, as: .moved, on: f.clock.now, note: "to Oak Lodge\nRecorded by Mona · reviewed", reason: "")
        let text = try HandoverReport.gather(from: f.store, day: ReportFixture.at(2026, 11, 25, 0, 0)).text()
        #expect(text.contains("  left   Bob Adams (Room 4) · moved · to Oak Lodge␤Recorded by Mona · reviewed\n"), "\(text)")
        #expect(!text.contains("\nRecorded by Mona"))
    }

    /// A report written before it gathered who left still reads back.
    @Test func aReportWrittenBeforeLeavingsReadsBack() throws {
        let json = try ReportFixture().report().json()
        var object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        object["leavings"] = nil
        let older = try JSONSerialization.data(withJSONObject: object)
        let read = try HandoverReport.jsonDecoder.decode(HandoverReport.self, from: older)
        #expect(read.leavings == nil && read.text().contains("LEFT THE SERVICE OR CAME BACK (0)"))
    }
}
