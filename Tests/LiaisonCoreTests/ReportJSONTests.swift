import Foundation
import Testing
@testable import LiaisonCore

/// The JSON format decoded back: the same report, keys in a stable order, ISO-8601 dates.
@Suite struct ReportJSONTests {
    @Test func decodesBackToTheSameReport() throws {
        let report = try ReportFixture().report()
        let json = try report.json()
        let decoded = try HandoverReport.jsonDecoder.decode(HandoverReport.self, from: Data(json.utf8))
        #expect(decoded == report)
        #expect(decoded.contacts.first?.advice == ReportFixture.awkwardAdvice)
        #expect(decoded.sharingExceptions.first?.exception.kind == .bestInterests)
        #expect(decoded.openEscalations.first?.kind == .disagreement)
    }

    @Test func isOneObjectWithSortedKeysAndISODates() throws {
        let json = try ReportFixture().report().json()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Set(object.keys) == [
            "acknowledgedBy", "asAt", "basisAttention", "chaseList", "closedTasks", "contacts", "corrections", "day", "dueSoon", "enteredLate", "leavings", "openEscalations",
            "natureFilter", "overdueTasks", "producedBy", "resolvedEscalations", "review", "sharingExceptions", "timeZone", "undecided"])
        #expect(object["asAt"] as? String == "2026-11-25T10:00:00Z")
        #expect(object["day"] as? String == "2026-11-25")
        // Top-level keys appear in sorted order in the text itself.
        let keys = ["\"asAt\"", "\"chaseList\"", "\"contacts\"", "\"day\"", "\"openEscalations\"", "\"overdueTasks\"", "\"review\"", "\"sharingExceptions\"", "\"timeZone\""]
        let positions = keys.compactMap { json.range(of: "\n  \($0)")?.lowerBound }
        #expect(positions.count == keys.count)
        #expect(positions == positions.sorted())
        let contacts = try #require(object["contacts"] as? [[String: Any]])
        #expect(contacts.first?["happenedAt"] as? String == "2026-11-25T08:15:00Z")
        #expect(contacts.first?["role"] as? String == "gp")
    }

    @Test func sameStoreAndClockGiveTheSameBytes() throws {
        let a = try ReportFixture().report().json()
        let b = try ReportFixture().report().json()
        // Ids differ between two fixtures; everything else must not.
        let strip = { (s: String) in s.replacingOccurrences(of: #""[0-9a-f-]{36}""#, with: "ID", options: .regularExpression) }
        #expect(strip(a) == strip(b))
        #expect(a.hasSuffix("}\n"))
    }
}
