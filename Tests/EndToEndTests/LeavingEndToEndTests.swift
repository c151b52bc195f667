import Foundation
import LiaisonTestSupport
import Testing

/// R1 from the command line: someone dies, leaves the working lists and the handover's
/// attention list, keeps their records, and a moved person can be readmitted.
@Suite(.endToEnd, .tags(.endToEnd)) struct LeavingEndToEndTests {
    @Test func leavingAndReadmission() async throws {
        let scratch = try ScratchFolder()
        try await scratch.seeded()
        _ = try await scratch.liaison(["add", "person", "--name", "Harold Finch", "--basis", "none"])
        var report = try await scratch.liaison(["report"]).stdout
        #expect(report.contains("Harold Finch · no basis recorded"))
        let task = try await scratch.liaison(["add", "task", "--title", "Ring his son", "--person", "Harold Finch", "--due", "tomorrow 10:00"])
        #expect(task.status == 0, "\(task.stderr)")
        let died = try await scratch.liaison(["leave", "Harold Finch", "--died", "--on", "yesterday", "--note", "Peacefully, at home"])
        #expect(died.status == 0 && died.stdout == "Harold Finch left the service (died)\n", "\(died.stderr)")
        // Leaving closes nothing: the one recording it is told what is still open about him.
        #expect(died.stderr == "liaison: note: Harold Finch still has 1 open task; leaving closes none of them, so they stay on the lists "
                    + "until someone closes, resolves or decides each\n", "\(died.stderr)")
        report = try await scratch.liaison(["report"]).stdout
        #expect(!report.contains("Harold Finch · no basis recorded"), "off the attention list")
        // His task is still owed, and says he died.
        #expect(report.contains("Task: Ring his son · due 25 Nov 10:00\n         Owner: E2E Staff · Person: Harold Finch (died)\n"), "\(report)")
        let again = try await scratch.liaison(["add", "contact", "--person", "Harold Finch", "--partner", "Dr Patel", "--channel", "phone", "--summary", "x"])
        #expect(again.status == 0, "records about someone who left can still be added: \(again.stderr)")
        let future = try await scratch.liaison(["leave", "Edith Brown", "--moved", "--on", "2026-12-24"])
        #expect(future.status != 0)
        let moved = try await scratch.liaison(["leave", "Edith Brown", "--moved", "--note", "To her daughter's in Leeds"])
        #expect(moved.status == 0, "\(moved.stderr)")
        let back = try await scratch.liaison(["readmit", "Edith Brown", "--reason", "The placement in Leeds ended"])
        #expect(back.status == 0 && back.stdout == "Edith Brown is supported again\n", "\(back.stderr)")
        let export = try await scratch.liaison(["export"]).stdout
        #expect(export.contains("\"kind\" : \"died\"") && export.contains("The placement in Leeds ended"))
    }

    /// A death is taken back only when the command says so: "back from hospital" for someone
    /// recorded as died is refused, writing nothing; --death-recorded-wrongly takes it back as a
    /// correction. Of two Maud Lees, readmit means the one who left.
    @Test func aDeathIsTakenBackOnlyWhenSaid() async throws {
        let scratch = try ScratchFolder()
        try await scratch.seeded()
        _ = try await scratch.liaison(["add", "person", "--name", "Harold Finch", "--basis", "none"])
        _ = try await scratch.liaison(["leave", "Harold Finch", "--died", "--on", "yesterday"])
        let before = try await scratch.liaison(["export"]).stdout
        let refused = try await scratch.liaison(["readmit", "Harold Finch", "--reason", "back from hospital after a stay"])
        #expect(refused.status == 1 && refused.stderr == "liaison: person: Harold Finch is recorded as died, and nobody comes back from a death; "
                    + "if the death was recorded wrongly, add --death-recorded-wrongly and say in --reason what was wrong\n", "\(refused.stderr)")
        #expect(try await scratch.liaison(["export"]).stdout == before, "nothing written")
        let taken = try await scratch.liaison(["readmit", "Harold Finch", "--death-recorded-wrongly", "--reason", "recorded on the wrong person"])
        #expect(taken.status == 0 && taken.stdout.hasPrefix("Harold Finch is supported again; their death is taken back"), "\(taken.stdout)\(taken.stderr)")
        let notDied = try await scratch.liaison(["readmit", "Harold Finch", "--death-recorded-wrongly", "--reason", "recorded on the wrong person"])
        #expect(notDied.status == 1, "\(notDied.stderr)")

        _ = try await scratch.liaison(["add", "person", "--name", "Maud Lee", "--location", "Room 41", "--basis", "none"])
        _ = try await scratch.liaison(["add", "person", "--name", "Maud Lee", "--location", "Room 42", "--basis", "none", "--namesake"])
        let moved = try await scratch.liaison(["leave", "Maud Lee (Room 41)", "--moved"])
        #expect(moved.stdout == "Maud Lee (Room 41) left the service (moved)\n", "\(moved.stdout)\(moved.stderr)")
        let back = try await scratch.liaison(["readmit", "Maud Lee", "--reason", "back from hospital after a stay"])
        #expect(back.stdout == "Maud Lee (Room 41) is supported again\n", "\(back.stdout)\(back.stderr)")
    }

    /// Of two John Smiths, the messages and the handover say which one left: the room tells them
    /// apart, as on the dashboard.
    @Test func aNamesakesLeavingSaysWhichOfThem() async throws {
        let scratch = try ScratchFolder()
        try await scratch.seeded()
        let first = try await scratch.liaison(["add", "person", "--name", "John Smith", "--location", "Room 3", "--basis", "none"])
        let second = try await scratch.liaison(["add", "person", "--name", "John Smith", "--location", "Room 12", "--basis", "none", "--namesake"])
        #expect(first.status == 0 && second.status == 0, "\(first.stderr)\(second.stderr)")
        let report = try await scratch.liaison(["report"]).stdout
        #expect(report.contains("John Smith (Room 3) · no basis recorded") && report.contains("John Smith (Room 12) · no basis recorded"), "\(report)")
        let id = first.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let moved = try await scratch.liaison(["leave", id, "--moved"])
        #expect(moved.status == 0 && moved.stdout == "John Smith (Room 3) left the service (moved)\n", "\(moved.stdout)\(moved.stderr)")
        let twice = try await scratch.liaison(["leave", id, "--died"])
        #expect(twice.status == 1 && twice.stderr.hasPrefix("liaison: person: John Smith (Room 3) already left the service (moved)"), "\(twice.stderr)")
        let back = try await scratch.liaison(["readmit", id, "--reason", "Came back from hospital"])
        #expect(back.stdout == "John Smith (Room 3) is supported again\n", "\(back.stdout)\(back.stderr)")
    }

    /// Someone away while a resident of their name took their room comes back to another room,
    /// given with --location; brought back as they were, the two would read alike everywhere.
    @Test func comingBackAlikeAResidentAsksTheRoom() async throws {
        let scratch = try ScratchFolder()
        try await scratch.seeded()
        let away = try await scratch.liaison(["add", "person", "--name", "John Smith", "--location", "Room 3", "--basis", "none"])
        let id = away.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        _ = try await scratch.liaison(["leave", id, "--moved"])
        let resident = try await scratch.liaison(["add", "person", "--name", "John Smith", "--location", "Room 3", "--basis", "none", "--namesake"])
        #expect(resident.status == 0, "someone who left shows as left, so a resident of the name may have the room: \(resident.stderr)")
        let before = try await scratch.liaison(["export"]).stdout
        let refused = try await scratch.liaison(["readmit", id, "--reason", "Came back from hospital"])
        #expect(refused.status == 1 && refused.stderr.hasPrefix("liaison: location: John Smith (Room 3, id "), "\(refused.stderr)")
        #expect(refused.stderr.contains("give the room they come back to"), "\(refused.stderr)")
        #expect(try await scratch.liaison(["export"]).stdout == before, "nothing written")
        let back = try await scratch.liaison(["readmit", id, "--reason", "Came back from hospital", "--location", "Room 14"])
        #expect(back.status == 0 && back.stdout == "John Smith (Room 14) is supported again\n", "\(back.stdout)\(back.stderr)")
        let report = try await scratch.liaison(["report"]).stdout
        #expect(report.contains("John Smith (Room 14) · no basis recorded") && report.contains("John Smith (Room 3) · no basis recorded"), "\(report)")
    }
}
