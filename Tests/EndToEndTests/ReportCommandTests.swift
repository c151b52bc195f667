import Foundation
import LiaisonTestSupport
import Testing

/// `liaison report` run as a process against a demo store and a hand-made one.
@Suite(.endToEnd, .tags(.endToEnd)) struct ReportCommandTests {
    /// A demo store (seed 1) in a scratch folder, made once per test.
    private func demo() async throws -> ScratchFolder {
        let scratch = try ScratchFolder()
        let made = try await scratch.liaison(["demo", "--seed", "1", "--no-open", "--store", scratch.path("demo.sqlite")])
        #expect(made.status == 0, "stderr: \(made.stderr)")
        return scratch
    }

    private func report(_ scratch: ScratchFolder, _ arguments: [String]) async throws -> LiaisonProcess.Result {
        try await scratch.liaison(["report", "--store", scratch.path("demo.sqlite")] + arguments)
    }

    @Test func everyFormatWritesEverySection() async throws {
        let scratch = try await demo()
        let expected: [(String, [String])] = [
            ("text", ["HANDOVER FOR", "CONTACTS (3,", "WRITTEN CONFIRMATION TO CHASE", "OVERDUE TASKS", "OPEN ESCALATIONS", "SHARING EXCEPTIONS REGISTER", "DUE IN THE NEXT 24 HOURS", "CORRECTIONS"]),
            ("markdown", ["# Handover for", "## Contacts (3,", "## Written confirmation to chase", "## Overdue tasks", "## Open escalations", "## Sharing exceptions for the manager", "| --- |"]),
            ("csv", ["section,day,id,time,", "\r\ncontact,", "\r\nchase,", "\r\noverdue-task,", "\r\nescalation,"]),
            ("json", ["\"chaseList\" : [", "\"contacts\" : [", "\"openEscalations\" : [", "\"overdueTasks\" : [", "\"sharingExceptions\" : ["]),
        ]
        for (format, markers) in expected {
            let result = try await report(scratch, ["--format", format])
            #expect(result.status == 0, "\(format): \(result.stderr)")
            #expect(result.stderr.isEmpty, "\(format): \(result.stderr)")
            for marker in markers { #expect(result.stdout.contains(marker), "\(format) lacks \(marker)") }
        }
    }

    @Test func textIsTheDefaultAndFitsEightyColumns() async throws {
        let scratch = try await demo()
        let result = try await report(scratch, [])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.hasPrefix("HANDOVER FOR "))
        // Counting Characters is enough here: the demo's wide names are short.
        #expect(result.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }

    @Test func jsonIsOneObjectForTheDayAsked() async throws {
        let scratch = try await demo()
        let today = try await report(scratch, ["--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(today.stdout.utf8)) as? [String: Any])
        let day = try #require(object["day"] as? String)
        #expect((object["contacts"] as? [Any])?.count == 3)
        // The demo shares under an exception yesterday at 14:00; ask for that day by date.
        let calendar = BinaryEnvironment.calendar
        let formatter = DateFormatter()
        formatter.calendar = calendar
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        let yesterday = formatter.string(from: calendar.date(byAdding: .day, value: -1, to: try #require(formatter.date(from: day)))!)
        let earlier = try await report(scratch, ["--format", "json", "--date", yesterday])
        #expect(earlier.status == 0, "stderr: \(earlier.stderr)")
        let previous = try #require(try JSONSerialization.jsonObject(with: Data(earlier.stdout.utf8)) as? [String: Any])
        #expect(previous["day"] as? String == yesterday)
        let exceptions = try #require(previous["sharingExceptions"] as? [[String: Any]])
        // That day's share, after an earlier one the manager has not acknowledged yet (19 Nov).
        #expect(exceptions.count == 2)
        #expect((exceptions.last?["exception"] as? [String: Any])?["kind"] as? String == "best-interests")
        #expect((exceptions.first?["exception"] as? [String: Any])?["kind"] as? String == "safeguarding")
    }

    @Test func aBadDateIsRefusedNamingTheField() async throws {
        let scratch = try await demo()
        for bad in ["2026-13-40", "2026-02-30", "31/11/2026", "someday"] {
            let result = try await report(scratch, ["--date", bad])
            #expect(result.status != 0, "\(bad) was accepted")
            #expect(result.stderr.hasPrefix("liaison: date: "), "\(bad): \(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
        let format = try await report(scratch, ["--format", "pdf"])
        #expect(format.status != 0)
        #expect(format.stderr.contains("The value 'pdf' is invalid for '--format <format>'"), "\(format.stderr)")
        let nature = try await report(scratch, ["--nature", "formal mutli"])
        #expect(nature.status == 64)
        #expect(nature.stderr.contains("mutli"), "\(nature.stderr)")
    }

    @Test func aMissingStoreIsNotCreated() async throws {
        let scratch = try ScratchFolder()
        let result = try await scratch.liaison(["report", "--store", scratch.path("absent.sqlite")])
        #expect(result.status != 0)
        #expect(!result.stderr.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: scratch.path("absent.sqlite")))
    }

    @Test func csvQuotesAdviceAsRFC4180Asks() async throws {
        let scratch = try ScratchFolder()
        try await scratch.seeded()
        let advice = "Two tablets, morning and night.\nSay \"enough\" if sleepy"
        let added = try await scratch.liaison([
            "add", "contact", "--person", "Edith Brown", "--partner", "Dr Patel", "--channel", "phone",
            "--summary", "GP rang back", "--advice", advice, "--confirmation", "requested",
        ])
        #expect(added.status == 0, "stderr: \(added.stderr)")
        let csv = try await scratch.liaison(["report", "--format", "csv"])
        #expect(csv.status == 0, "stderr: \(csv.stderr)")
        #expect(csv.stdout.contains("\"Two tablets, morning and night.\nSay \"\"enough\"\" if sleepy\""))
        // Both the day's contact and its place on the chase list carry it.
        #expect(csv.stdout.components(separatedBy: "\"\"enough\"\"").count == 3)
        #expect(csv.stdout.hasSuffix("\r\n"))
    }
}
