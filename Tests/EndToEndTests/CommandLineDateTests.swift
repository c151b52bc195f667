import Foundation
import LiaisonTestSupport
import Testing

/// Dates on the command line are read as staff write them, against the binary's fixed now
/// (`LIAISON_NOW`: Tuesday 24 November 2026, 14:30 in London), and typed choices are refused
/// by the parser with the list of what is allowed.
@Suite(.endToEnd, .tags(.endToEnd)) struct CommandLineDateTests {
    @Test func aContactHappenedYesterdayAtHalfNine() async throws {
        let scratch = try ScratchFolder()
        try await scratch.seeded()
        let added = try await scratch.liaison([
            "add", "contact", "--person", "Edith Brown", "--partner", "Dr Patel", "--channel", "phone",
            "--summary", "Rang about her cough", "--when", "yesterday 09:30"])
        #expect(added.status == 0, "\(added.stderr)")
        let export = try await scratch.liaison(["export"]).stdout
        #expect(export.contains("\"happenedAt\" : \"2026-11-23T09:30:00Z\""), "\(export)")
    }

    /// A date a year or more away is saved (an old letter filed late can be right) with a note
    /// that says how far away it is, so a year typed wrong is seen; within the year, nothing.
    @Test func aDateAYearOrMoreAwayIsSavedWithANoteSayingHowFar() async throws {
        let scratch = try ScratchFolder()
        try await scratch.seeded()
        let contact = ["add", "contact", "--person", "Edith Brown", "--partner", "Dr Patel", "--channel", "phone", "--summary", "GP rang"]
        let slip = try await scratch.liaison(contact + ["--when", "24/11/2016 09:30"])
        #expect(slip.status == 0 && !slip.stdout.isEmpty, "\(slip.stderr)")
        #expect(slip.stderr == "liaison: note: the contact is dated Thu 24 Nov 2016 09:30, 10 years ago. If the year is a slip, correct the contact in the dashboard (c)\n")
        let lastWinter = try await scratch.liaison(contact + ["--when", "1/1/2026 09:30"])
        #expect(lastWinter.stderr == "liaison: note: the contact is dated Thu 1 Jan 2026 09:30, 10 months ago. If the year is a slip, correct the contact in the dashboard (c)\n")
        let lastMonth = try await scratch.liaison(contact + ["--when", "1/10/2026 09:30"])
        #expect(lastMonth.status == 0 && lastMonth.stderr.isEmpty, "\(lastMonth.stderr)")
        let task = try await scratch.liaison(["add", "task", "--title", "Review the fluids chart", "--due", "1/12/2062"])
        #expect(task.status == 0 && task.stderr.hasPrefix("liaison: note: the task is due "), "\(task.stderr)")
        #expect(task.stderr.hasSuffix(" Dec 2062 23:59, in 36 years. If the year is a slip, correct it in the dashboard\n"), "\(task.stderr)")
        let left = try await scratch.liaison(["leave", "Edith Brown", "--moved", "--on", "1/3/2016"])
        #expect(left.status == 0 && left.stderr.hasPrefix("liaison: note: their leaving is dated "), "\(left.stderr)")
        let notes = left.stderr.split(separator: "\n")
        #expect(notes.first?.hasSuffix(" 1 Mar 2016, 10 years ago. If the date is a slip, put it right: liaison leave … --correct --on DAY --reason WHY") == true, "\(left.stderr)")
        // Her contacts just added are after a leaving ten years back: said too.
        #expect(notes.count == 2 && notes[1].hasPrefix("liaison: note: Edith Brown's last contact ("), "\(left.stderr)")
        // Put right as the note says: one correction, not a readmission and a second leaving.
        let mended = try await scratch.liaison(["leave", "Edith Brown", "--moved", "--correct", "--on", "1/11/2026", "--reason", "the year was typed wrong"])
        #expect(mended.status == 0 && mended.stderr.isEmpty, "\(mended.stderr)")
        #expect(mended.stdout == "Edith Brown is now recorded as having left the service (moved) on Sun 1 Nov\n")
        #expect(try await scratch.liaison(["export"]).stdout.contains("\"discharged\" : \"2026-11-01T00:00:00Z\""))
        let report = try await scratch.liaison(["report"]).stdout
        #expect(report.contains("Before: day they left was 1 Mar 2016"), "\(report)")
        // A kind corrected keeps the note, and the line says so.
        _ = try await scratch.liaison(["leave", "Edith Brown", "--moved", "--correct", "--note", "to Oak Lodge", "--reason", "the home was left out"])
        let died = try await scratch.liaison(["leave", "Edith Brown", "--died", "--correct", "--reason", "she died there, not moved"])
        #expect(died.stdout == "Edith Brown is now recorded as having left the service (died) on Sun 1 Nov — to Oak Lodge\n", "\(died.stderr)")
        let same = try await scratch.liaison(["leave", "Edith Brown", "--died", "--correct", "--reason", "she died there, not moved"])
        #expect(same.status == 1 && same.stderr == "liaison: leaving: this is their leaving as recorded (died); change how, when or the note to correct it\n",
                "no --on was given, so the refusal is not filed under it: \(same.stderr)")
        let review = try await scratch.liaison(["add", "person", "--name", "Arthur Lee", "--basis", "consent", "--basis-review", "1/12/2036"])
        #expect(review.status == 0 && review.stderr.hasPrefix("liaison: note: their sharing basis is to be reviewed on "), "\(review.stderr)")
        #expect(review.stderr.hasSuffix(" Dec 2036, in 10 years. If the year is a slip, change their details in the dashboard (P)\n"), "\(review.stderr)")
    }

    /// A due time already past today, given as a bare time or today's weekday, is asked again
    /// and nothing is saved; written out as today or as a date, it is saved with a note that
    /// the task is overdue from the start.
    @Test func aDueTimeAlreadyPastIsAskedAgainOrSavedWithANote() async throws {
        let scratch = try ScratchFolder()
        try await scratch.seeded()
        let task = ["add", "task", "--title", "Ring the GP back"]
        let bare = try await scratch.liaison(task + ["--due", "10:00"])
        #expect(bare.status == 1 && bare.stdout.isEmpty, "\(bare.stdout)")
        #expect(bare.stderr == "liaison: due: “10:00” is earlier today and has passed (it is 14:30 now); write tomorrow 10:00, or today 10:00 if that is when it was due\n")
        let weekday = try await scratch.liaison(task + ["--due", "tue 2pm"])
        #expect(weekday.status == 1 && weekday.stderr.contains("write next Tue 14:00 for a week on"), "\(weekday.stderr)")
        #expect(try await !scratch.liaison(["export"]).stdout.contains("Ring the GP back"), "nothing was saved")
        let today = try await scratch.liaison(task + ["--due", "today 10:00"])
        #expect(today.status == 0 && !today.stdout.isEmpty, "\(today.stderr)")
        #expect(today.stderr == "liaison: note: it was due Tue 24 Nov 10:00, before now, so it is overdue from the start\n")
        let ahead = try await scratch.liaison(task + ["--due", "16:00"])
        #expect(ahead.status == 0 && ahead.stderr.isEmpty, "\(ahead.stderr)")
    }

    /// A year no record can have ("0026" for 2026, "3026") is refused before anything is
    /// written, naming the field and the year it read; the day is then given right.
    @Test func aYearNoRecordCanHaveIsRefusedAndNothingWritten() async throws {
        let scratch = try ScratchFolder()
        try await scratch.seeded()
        let before = try await scratch.liaison(["export"]).stdout
        let typed: [([String], String)] = [
            (["leave", "Edith Brown", "--moved", "--on", "0001-01-01"], "liaison: on: “0001-01-01” is in the year 1; nothing recorded here is from before 1900, so check the year\n"),
            (["add", "contact", "--person", "Edith Brown", "--partner", "Dr Patel", "--channel", "phone", "--summary", "GP rang", "--when", "24/11/0026 09:30"],
             "liaison: when: “24/11/0026 09:30” is in the year 26; nothing recorded here is from before 1900, so check the year\n"),
            (["add", "task", "--title", "Review the fluids chart", "--due", "1/12/3026"],
             "liaison: due: “1/12/3026” is in 3026, more than 100 years from now; check the year\n"),
        ]
        for (arguments, said) in typed {
            let refused = try await scratch.liaison(arguments)
            #expect(refused.status == 1 && refused.stdout.isEmpty, "\(arguments)")
            #expect(refused.stderr == said, "\(refused.stderr)")
        }
        #expect(try await scratch.liaison(["export"]).stdout == before, "nothing was written")
        let left = try await scratch.liaison(["leave", "Edith Brown", "--moved", "--on", "2026-11-01"])
        #expect(left.status == 0, "\(left.stderr)")
    }

    @Test func aTaskIsDueOnTheComingFriday() async throws {
        let scratch = try ScratchFolder()
        try await scratch.seeded()
        let added = try await scratch.liaison(["add", "task", "--title", "Send the fluids chart", "--due", "Fri 17:00"])
        #expect(added.status == 0, "\(added.stderr)")
        let export = try await scratch.liaison(["export"]).stdout
        #expect(export.contains("\"due\" : \"2026-11-27T17:00:00Z\""), "\(export)")
    }

    /// "Due today" is due by the end of today: at 14:30 it is not late, and the handover says
    /// it is due, not overdue.
    @Test func aTaskDueTodayIsDueByTheEndOfTheDay() async throws {
        let scratch = try ScratchFolder()
        try await scratch.seeded()
        let added = try await scratch.liaison(["add", "task", "--title", "Order the dressings", "--due", "today"])
        #expect(added.status == 0, "\(added.stderr)")
        let export = try await scratch.liaison(["export"]).stdout
        #expect(export.contains("\"due\" : \"2026-11-24T23:59:00Z\""), "\(export)")
        let report = try await scratch.liaison(["report"]).stdout
        let line = report.split(separator: "\n").first { $0.contains("Order the dressings") }
        #expect(line.map { !$0.contains("overdue") } == true, "\(report)")
    }

    @Test func aPersonsBasisReviewTakesDayWords() async throws {
        let scratch = try ScratchFolder()
        try await scratch.initStore()
        let added = try await scratch.liaison(["add", "person", "--name", "Zoë Adams", "--basis", "consent", "--basis-review", "in 6 months"])
        #expect(added.status == 0, "\(added.stderr)")
        let export = try await scratch.liaison(["export"]).stdout
        #expect(export.contains("\"reviewDue\" : \"2027-05-23T23:00:00Z\""), "\(export)")
    }

    @Test func aReportForADayWrittenDayFirst() async throws {
        let scratch = try ScratchFolder()
        try await scratch.seeded()
        _ = try await scratch.liaison([
            "add", "contact", "--person", "Edith Brown", "--partner", "Dr Patel", "--channel", "phone",
            "--summary", "Friday's call", "--when", "2026-11-20 10:00"])
        _ = try await scratch.liaison([
            "add", "contact", "--person", "Edith Brown", "--partner", "Dr Patel", "--channel", "phone",
            "--summary", "Thursday's call", "--when", "19/11/2026 10:00"])
        let report = try await scratch.liaison(["report", "--date", "27/11/2026", "--format", "json"])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("\"day\" : \"2026-11-27\""), "\(report.stdout)")
        let friday = try await scratch.liaison(["report", "--date", "20/11/26"])
        #expect(friday.status == 0, "\(friday.stderr)")
        #expect(friday.stdout.contains("Friday's call"), "\(friday.stdout)")
        #expect(!friday.stdout.contains("Thursday's call"))
        let lastFriday = try await scratch.liaison(["report", "--date", "fri"])
        #expect(lastFriday.stdout == friday.stdout, "a weekday alone is the most recent one, as a report looks back")
        let period = try await scratch.liaison(["report", "--from", "6 days ago", "--to", "yesterday", "--format", "json"])
        #expect(period.stdout.contains("Friday's call") && period.stdout.contains("Thursday's call"), "\(period.stdout)")
    }

    @Test func aReportReadsMonthFirstWhereTheServiceSaysSo() async throws {
        let scratch = try ScratchFolder()
        try await scratch.seeded()
        try Data(#"{"dateOrder": "month-first"}"#.utf8).write(to: URL(fileURLWithPath: scratch.path("store.sqlite.settings.json")))
        let report = try await scratch.liaison(["report", "--date", "11/27/2026", "--format", "json"])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("\"day\" : \"2026-11-27\""), "\(report.stdout)")
        let refused = try await scratch.liaison(["report", "--date", "27/11/2026"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("no month 27"), "\(refused.stderr)")
    }

    /// A date whose day and month could swap is read only with the service's order known: with
    /// the settings file broken, or missing beside an editor's copy of it, such a date is
    /// refused (status 2, the store's set-up, like any store it cannot open) and nothing is
    /// written. A date the order cannot change is read, and then the report, which reads the
    /// settings for its homes, is refused in the same words, not made without them.
    @Test func aDateThatCouldSwapWaitsForReadableSettings() async throws {
        let scratch = try ScratchFolder()
        try await scratch.seeded()
        let settings = scratch.path("store.sqlite.settings.json")
        try Data(#"{"dateOrder": "month-first""#.utf8).write(to: URL(fileURLWithPath: settings))
        let before = try await scratch.liaison(["export"]).stdout
        for swappable in [["report", "--date", "yesterday", "--format", "json"], ["report", "--from", "2026-11-01", "--format", "json"],
                          ["report", "--date", "4/11/2026"], ["report", "--from", "11/4/2026"],
                          ["add", "task", "--title", "Call back", "--due", "4/12 10:00"]] {
            let refused = try await scratch.liaison(swappable)
            #expect(refused.status == 2, "\(swappable)")
            #expect(refused.stderr.contains("The settings file \(settings) cannot be read: it is not valid JSON"), "\(swappable): \(refused.stderr)")
        }
        // vim's rename-style save caught between its steps: the old file is `name~`, the new not yet written.
        try FileManager.default.moveItem(atPath: settings, toPath: settings + "~")
        for swappable in [["report", "--date", "4/11/2026"], ["add", "task", "--title", "Call back", "--due", "4/12 10:00"]] {
            let refused = try await scratch.liaison(swappable)
            #expect(refused.status == 2, "\(swappable)")
            #expect(refused.stderr.contains("is missing, but store.sqlite.settings.json~ beside it looks like an editor's copy"), "\(swappable): \(refused.stderr)")
        }
        #expect(try await scratch.liaison(["export"]).stdout == before)
        // The save finished: month first, as the service writes dates.
        try Data(#"{"dateOrder": "month-first"}"#.utf8).write(to: URL(fileURLWithPath: settings))
        let read = try await scratch.liaison(["report", "--date", "11/4/2026", "--format", "json"])
        #expect(read.stdout.contains("\"day\" : \"2026-11-04\""), "\(read.stdout) \(read.stderr)")
    }

    @Test(arguments: [
        (["add", "task", "--title", "Call back", "--due", "Fryday 5"], "due", "“Fryday 5”"),
        (["add", "task", "--title", "Call back", "--due", "31/11"], "due", "November has 30 days"),
        (["add", "contact", "--person", "Edith Brown", "--partner", "Dr Patel", "--channel", "phone", "--summary", "x",
          "--when", "yesterday 25:00"], "when", "hours run 00 to 23"),
        (["report", "--date", "soon"], "date", "“soon” is not a date I can read; write it like today, tomorrow, Fri, 27/11/2026"),
        (["add", "person", "--name", "Z", "--basis-review", "tomorrow 10:00"], "basis-review", "takes a day only"),
    ])
    func aBadDateIsRefusedWithExamplesAndExitsOne(arguments: [String], field: String, words: String) async throws {
        let scratch = try ScratchFolder()
        try await scratch.seeded()
        let before = try await scratch.liaison(["export"]).stdout
        let result = try await scratch.liaison(arguments)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("liaison: \(field): "), "\(result.stderr)")
        #expect(result.stderr.contains(words), "\(result.stderr)")
        #expect(try await scratch.liaison(["export"]).stdout == before)
    }

    @Test(arguments: [
        (["add", "contact", "--person", "E", "--partner", "P", "--channel", "pigeon", "--summary", "x"], "'pigeon'", "letter"),
        (["add", "escalation", "--kind", "grumble", "--summary", "x"], "'grumble'", "partner-practice"),
        (["add", "person", "--name", "Z", "--basis", "maybe"], "'maybe'", "best-interests"),
        (["add", "contact", "--person", "E", "--partner", "P", "--channel", "phone", "--summary", "x", "--confirmation", "soon"], "'soon'", "not-needed"),
        (["add", "contact", "--person", "E", "--partner", "P", "--channel", "phone", "--summary", "x", "--exception", "hunch"], "'hunch'", "safeguarding"),
        (["report", "--format", "pdf"], "'pdf'", "markdown"),
        (["export", "--format", "xml"], "'xml'", "csv"),
    ])
    func aBadChoiceIsRefusedByTheParserListingTheChoices(arguments: [String], value: String, choice: String) async throws {
        let scratch = try ScratchFolder()
        let result = try await scratch.liaison(arguments)
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("The value \(value) is invalid"), "\(result.stderr)")
        #expect(result.stderr.contains(choice), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: scratch.path("store.sqlite")), "refused before any store is touched")
    }

    /// A role is read as the forms read one: a word that fits two says which, and one that
    /// fits none gives examples, both before any store is touched.
    @Test(arguments: [("plumber", "“plumber” is not one of the roles; e.g. GP, district nurse"),
                      ("nurse", "“nurse” fits district nurse, community nurse; type more of it")])
    func aRoleThatIsNotOneIsRefusedBeforeAnyStoreSayingWhy(role: String, words: String) async throws {
        let scratch = try ScratchFolder()
        let result = try await scratch.liaison(["add", "partner", "--name", "Bob", "--role", role])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--role: " + words), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: scratch.path("store.sqlite")), "refused before any store is touched")
    }

    @Test func choicesTakeAnyCaseAndTheLongerRoleNames() async throws {
        let scratch = try ScratchFolder()
        try await scratch.initStore()
        let partner = try await scratch.liaison(["add", "partner", "--name", "Bea Salt", "--role", "Speech-and-Language-Therapist"])
        #expect(partner.status == 0, "\(partner.stderr)")
        let written = try await scratch.liaison(["add", "partner", "--name", "Sam Dee", "--role", "speech and language therapist"])
        #expect(written.status == 0, "as the policy writes it: \(written.stderr)")
        let export = try await scratch.liaison(["export"]).stdout
        #expect(export.components(separatedBy: "\"role\" : \"salt\"").count == 3, "\(export)")
    }
}
