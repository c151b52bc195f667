import Foundation
import LiaisonTestSupport
import Testing

/// The shift lead's review on the demo store, in a real terminal: `liaison demo --seed 1` in tmux
/// on a private socket, driven by keys and read back from the screen.
@Suite(.endToEnd, .tags(.endToEnd)) struct ReviewDashboardTests {
    /// A demo store in its own folder and the dashboard running on it, 160×40 so every column
    /// of the wider panes shows.
    final class Running {
        let folder: URL
        let store: String
        let session: TmuxSession

        /// - Parameter now: the moment the binary starts at (`LIAISON_NOW`); the harness's usual afternoon by default.
        init(options: String = "", prefix: String = "", now: String = BinaryEnvironment.now) throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-review-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            store = folder.appendingPathComponent("demo.sqlite").path
            let command = "\(prefix)\(LiaisonProcess.binary.path) demo --seed 1 --store '\(store)' --as 'Sam Lead' \(options); echo EXITED-$?; exec sh"
            session = try TmuxSession(
                command: "sh -c \"\(command)\"", width: 160, height: 40, environment: [TestingNowVariable.name: now])
        }

        deinit {
            session.kill()
            try? FileManager.default.removeItem(at: folder)
        }

        var screen: String { session.capture() }

        /// Whether the Contacts pane's day header names `day` ("Tue 24 Nov "), today or not, with
        /// its year or without: a clock that reaches the new year before the first look (on a
        /// loaded machine, a minute to midnight on 31 December) writes the shown day's year.
        func showsDay(_ day: String) -> Bool {
            let name = day.replacing(try! Regex(#" \d{4} $"#), with: "").trimmingCharacters(in: .whitespaces)
            let header = try! Regex("│" + NSRegularExpression.escapedPattern(for: name) + #"( \d{4})? (\(today\) )?· "#)
            return screen.contains(header)
        }

        /// "N of M reviewed" from the day header.
        var reviewedCount: (Int, Int)? {
            guard let match = screen.firstMatch(of: /(\d+) of (\d+) reviewed/) else { return nil }
            return (Int(match.1)!, Int(match.2)!)
        }

        func send(_ keys: String..., literal: Bool = false) throws {
            for key in keys { try session.send(key, literal: literal) }
        }
    }

    /// The day as the dashboard names it ("Mon 23 Nov"), counted back from the harness's fixed
    /// "now" in the service's time zone, as the binary under test sees both.
    static func dayName(daysAgo: Int) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_GB")
        formatter.timeZone = BinaryEnvironment.calendar.timeZone
        formatter.dateFormat = "EEE d MMM"
        return formatter.string(from: BinaryEnvironment.calendar.date(byAdding: .day, value: -daysAgo, to: BinaryEnvironment.nowDate)!)
    }

    /// The day header's name ("Tue 24 Nov") of the day `daysBack` before the ISO moment `now`,
    /// in the service's time zone; with its year ("Thu 31 Dec 2026") when that is not `now`'s.
    static func dayName(of now: String, daysBack: Int) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_GB")
        formatter.timeZone = BinaryEnvironment.calendar.timeZone
        let moment = ISO8601DateFormatter().date(from: now)!
        let day = BinaryEnvironment.calendar.date(byAdding: .day, value: -daysBack, to: moment)!
        let sameYear = BinaryEnvironment.calendar.component(.year, from: day) == BinaryEnvironment.calendar.component(.year, from: moment)
        formatter.dateFormat = sameYear ? "EEE d MMM" : "EEE d MMM y"
        return formatter.string(from: day) + " "
    }

    @Test func theFourPanesFillFromTheDemoStore() async throws {
        let app = try Running()
        #expect(await app.session.waitFor("(today)"))
        let screen = app.screen
        for text in ["Abdirahman Hassan", "✓ consent", "NO BASIS", "Dr Wei Chen", "OVERDUE", "resolve by", "ack by", "Owed:"] {
            #expect(screen.contains(text), "the screen lacks \(text):\n\(screen)")
        }
        try app.send("q", literal: true)
        #expect(await app.session.waitFor("EXITED-0"))
    }

    @Test func stepsBackToYesterdayAndForwardAgain() async throws {
        let app = try Running()
        #expect(await app.session.waitFor("(today)"))
        try app.send("[", literal: true)
        #expect(await app.session.waitFor(Self.dayName(daysAgo: 1) + " ·"))
        #expect(!app.screen.contains("(today)"))
        try app.send("[", literal: true)
        #expect(await app.session.waitFor(Self.dayName(daysAgo: 2) + " ·"))
        try app.send("t", literal: true)
        #expect(await app.session.waitFor("(today)"))
        try app.send("[", literal: true)
        #expect(await app.session.waitFor(Self.dayName(daysAgo: 1) + " ·"))
        try app.send("]", literal: true)
        #expect(await app.session.waitFor("(today)"))
    }

    @Test func spaceOnAPersonNarrowsTheOtherPanesAndEscWidensThem() async throws {
        let app = try Running()
        #expect(await app.session.waitFor("(today)"))
        try app.send("Down")
        try app.send(" ", literal: true)
        #expect(await app.session.waitFor("Contacts — Amélie Lefèvre only"))
        #expect(app.screen.contains("Tasks — Amélie Lefèvre only"))
        try app.send("Escape")
        #expect(await eventually { !app.screen.contains("— Amélie Lefèvre only") })
    }

    @Test func enterOpensAContactInFullWithItsHistory() async throws {
        let app = try Running()
        #expect(await app.session.waitFor("(today)"))
        try app.send("Tab")
        try app.send("Enter")
        #expect(await app.session.waitFor("Contact — "))
        let screen = app.screen
        for label in ["Partner", "Happened", "Entered", "Recorded by", "Linked records", "History of changes"] {
            #expect(screen.contains(label), "the detail lacks \(label)")
        }
        try app.send("Escape")
        #expect(await app.session.waitFor("(today)"))
    }

    /// Moments where a day's edges and the clock's changes have broken this kind of program: just
    /// after midnight (today has nothing yet, so the review is of yesterday), noon, a minute to
    /// midnight, the UK's short and long nights (last Sundays of March and October), and the
    /// turn of the year.
    static let edges: [(now: String, daysBack: Int)] = [
        ("2026-11-25T00:02:00Z", 1),
        ("2026-11-24T12:00:00Z", 0),
        ("2026-11-24T23:59:00Z", 0),
        ("2026-03-29T00:30:00Z", 1),   // 00:30 GMT; at 01:00 the clocks go forward to 02:00 BST
        ("2026-03-29T22:59:00Z", 0),   // 23:59 BST on the 23-hour day
        ("2026-10-25T01:30:00Z", 1),   // 01:30 GMT, the second 01:30 of the night the clocks go back
        ("2026-10-25T23:59:00Z", 0),   // 23:59 GMT on the 25-hour day
        ("2026-12-31T23:59:00Z", 0),
        ("2027-01-01T00:02:00Z", 1),
    ]

    @Test(arguments: Self.edges)
    func markingTheDayReviewedChangesTheCount(now: String, daysBack: Int) async throws {
        let app = try Running(now: now)
        // The day by name, not "(today)": the clock runs on at the real pace from `now`, and on a
        // loaded machine a minute to midnight can pass before the first look. The dashboard stays
        // on the day it shows when midnight passes, so the name holds either way.
        #expect(await eventually { app.showsDay(Self.dayName(of: now, daysBack: 0)) }, "\(now): \(app.screen)")
        for _ in 0..<daysBack { try app.send("[", literal: true) }
        if daysBack > 0 { #expect(await eventually { app.showsDay(Self.dayName(of: now, daysBack: daysBack)) }, "\(now): \(app.screen)") }
        #expect(await eventually { app.reviewedCount != nil }, "\(app.screen)")
        let (before, total) = try #require(app.reviewedCount)
        #expect(before == 0 && total > 0, "\(now): \(before) of \(total)")
        try app.send("Tab")
        try app.send("r", literal: true)  // the first contact alone
        #expect(await eventually { app.reviewedCount?.0 == before + 1 })
        try app.send("R", literal: true)
        #expect(await app.session.waitFor("reviewed (\(total - before - 1) not yet), as Sam Lead?"), "\(app.screen)")
        try app.send("y", literal: true)
        #expect(await eventually { app.reviewedCount.map { $0.0 == total } ?? false }, "\(now): \(app.screen)")
        #expect(app.screen.contains("day marked by Sam"))
        // Asked again, it says so rather than asking to mark what is marked.
        try app.send("r", literal: true)
        #expect(await app.session.waitFor("Already reviewed"))
        try app.send("R", literal: true)
        #expect(await app.session.waitFor("is reviewed already"), "\(app.screen)")
    }

    @Test func searchFindsAWordOfAdviceAndOpensTheContact() async throws {
        let app = try Running()
        #expect(await app.session.waitFor("(today)"))
        try app.send("/", literal: true)
        #expect(await app.session.waitFor("Find:"))
        try app.send("amlodipine", literal: true)
        try app.send("Enter")
        #expect(await app.session.waitFor("found"))
        #expect(app.screen.contains("Stop the evening dose of amlodipine"))
        try app.send("Enter")
        #expect(await app.session.waitFor("History of changes"))
        #expect(app.screen.contains("Medication review with GP"))
        try app.send("Escape")
        #expect(await app.session.waitFor("Find: amlodipine"))  // back to the results, words kept
    }

    @Test func aContactAddedByAnotherProcessAppearsWithinASecond() async throws {
        let app = try Running()
        #expect(await app.session.waitFor("(today)"))
        let added = try await LiaisonProcess.run([
            "add", "contact", "--store", app.store, "--as", "Kim Other",
            "--person", "Edith Brown", "--partner", "Dr Helen Ward", "--channel", "phone",
            "--summary", "Called about the new inhaler", "--advice", "Quokka spacer twice daily",
        ])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(await eventually { app.screen.contains("Quokka spacer") })
    }

    @Test func aThemeThatCannotBeUsedIsExplainedInTheFooterUntilAKey() async throws {
        // NO_COLOR would rightly skip themes altogether, and with them the notice.
        let app = try Running(options: "--theme no-such-theme", prefix: "env -u NO_COLOR ")
        #expect(await app.session.waitFor("(today)"))
        #expect(await app.session.waitFor("\n Theme: no-such-theme"))  // the footer row
        try app.send("Down")
        #expect(await app.session.waitFor("? help"))
        #expect(!app.screen.contains("Theme:"))
    }
}
