import Foundation
import Testing

/// The shift lead's review on the demo store, in a real terminal: `liaison demo --seed 1` in tmux
/// on a private socket, driven by keys and read back from the screen.
@Suite struct ReviewDashboardTests {
    /// A demo store in its own folder and the dashboard running on it, 160×40 so every column
    /// of the wider panes shows.
    final class Running {
        let folder: URL
        let store: String
        let session: TmuxSession

        init(options: String = "", prefix: String = "") throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-review-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            store = folder.appendingPathComponent("demo.sqlite").path
            let command = "\(prefix)\(LiaisonProcess.binary.path) demo --seed 1 --store '\(store)' --as 'Sam Lead' \(options); echo EXITED-$?; exec sh"
            session = try TmuxSession(command: "sh -c \"\(command)\"", width: 160, height: 40)
        }

        deinit {
            session.kill()
            try? FileManager.default.removeItem(at: folder)
        }

        var screen: String { session.capture() }

        /// "N of M reviewed" from the day header.
        var reviewedCount: (Int, Int)? {
            guard let match = screen.firstMatch(of: /(\d+) of (\d+) reviewed/) else { return nil }
            return (Int(match.1)!, Int(match.2)!)
        }

        func send(_ keys: String..., literal: Bool = false) throws {
            for key in keys { try session.send(key, literal: literal) }
        }
    }

    /// The day as the dashboard names it ("Mon 23 Nov"), in this machine's time zone as the
    /// binary uses it.
    static func dayName(daysAgo: Int) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_GB")
        formatter.dateFormat = "EEE d MMM"
        return formatter.string(from: Calendar.current.date(byAdding: .day, value: -daysAgo, to: Date())!)
    }

    @Test func theFourPanesFillFromTheDemoStore() throws {
        let app = try Running()
        #expect(app.session.waitFor("(today)"))
        let screen = app.screen
        for text in ["Abdirahman Hassan", "✓ consent", "NO BASIS", "Dr Helen Ward", "OVERDUE", "acknowledged", "ack by", "Owed:"] {
            #expect(screen.contains(text), "the screen lacks \(text):\n\(screen)")
        }
        try app.send("q", literal: true)
        #expect(app.session.waitFor("EXITED-0"))
    }

    @Test func stepsBackToYesterdayAndForwardAgain() throws {
        let app = try Running()
        #expect(app.session.waitFor("(today)"))
        try app.send("[", literal: true)
        #expect(app.session.waitFor(Self.dayName(daysAgo: 1) + " ·"))
        #expect(!app.screen.contains("(today)"))
        try app.send("[", literal: true)
        #expect(app.session.waitFor(Self.dayName(daysAgo: 2) + " ·"))
        try app.send("t", literal: true)
        #expect(app.session.waitFor("(today)"))
        try app.send("[", literal: true)
        #expect(app.session.waitFor(Self.dayName(daysAgo: 1) + " ·"))
        try app.send("]", literal: true)
        #expect(app.session.waitFor("(today)"))
    }

    @Test func spaceOnAPersonNarrowsTheOtherPanesAndEscWidensThem() throws {
        let app = try Running()
        #expect(app.session.waitFor("(today)"))
        try app.send("Down")
        try app.send(" ", literal: true)
        #expect(app.session.waitFor("Contacts — Amélie Lefèvre only"))
        #expect(app.screen.contains("Tasks — Amélie Lefèvre only"))
        try app.send("Escape")
        #expect(eventually { !app.screen.contains("— Amélie Lefèvre only") })
    }

    @Test func enterOpensAContactInFullWithItsHistory() throws {
        let app = try Running()
        #expect(app.session.waitFor("(today)"))
        try app.send("Tab")
        try app.send("Enter")
        #expect(app.session.waitFor("Contact — "))
        let screen = app.screen
        for label in ["Partner", "Happened", "Entered", "Recorded by", "Linked records", "History of changes"] {
            #expect(screen.contains(label), "the detail lacks \(label)")
        }
        try app.send("Escape")
        #expect(app.session.waitFor("(today)"))
    }

    @Test func markingTheDayReviewedChangesTheCount() throws {
        let app = try Running()
        #expect(app.session.waitFor("(today)"))
        #expect(eventually { app.reviewedCount != nil })
        let (before, total) = try #require(app.reviewedCount)
        #expect(before < total)
        try app.send("Tab")
        try app.send("r", literal: true)  // the first contact alone
        #expect(eventually { app.reviewedCount?.0 == before + 1 })
        try app.send("R", literal: true)
        #expect(app.session.waitFor("reviewed, as Sam Lead?"))
        try app.send("y", literal: true)
        #expect(eventually { app.reviewedCount.map { $0.0 == total } ?? false })
        #expect(app.screen.contains("day marked by Sam"))
    }

    @Test func searchFindsAWordOfAdviceAndOpensTheContact() throws {
        let app = try Running()
        #expect(app.session.waitFor("(today)"))
        try app.send("/", literal: true)
        #expect(app.session.waitFor("Find:"))
        try app.send("amlodipine", literal: true)
        try app.send("Enter")
        #expect(app.session.waitFor("found"))
        #expect(app.screen.contains("Stop the evening dose of amlodipine"))
        try app.send("Enter")
        #expect(app.session.waitFor("History of changes"))
        #expect(app.screen.contains("Medication review with GP"))
        try app.send("Escape")
        #expect(app.session.waitFor("Find: amlodipine"))  // back to the results, words kept
    }

    @Test func aContactAddedByAnotherProcessAppearsWithinASecond() throws {
        let app = try Running()
        #expect(app.session.waitFor("(today)"))
        let added = try LiaisonProcess.run([
            "add", "contact", "--store", app.store, "--as", "Kim Other",
            "--person", "Edith Brown", "--partner", "Dr Helen Ward", "--channel", "phone",
            "--summary", "Called about the new inhaler", "--advice", "Quokka spacer twice daily",
        ])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(eventually(timeout: 1.5) { app.screen.contains("Quokka spacer") })
    }

    @Test func aThemeThatCannotBeUsedIsExplainedInTheFooterUntilAKey() throws {
        // NO_COLOR would rightly skip themes altogether, and with them the notice.
        let app = try Running(options: "--theme no-such-theme", prefix: "env -u NO_COLOR ")
        #expect(app.session.waitFor("(today)"))
        #expect(app.session.waitFor("\n Theme: no-such-theme"))  // the footer row
        try app.send("Down")
        #expect(app.session.waitFor("? help"))
        #expect(!app.screen.contains("Theme:"))
    }
}
