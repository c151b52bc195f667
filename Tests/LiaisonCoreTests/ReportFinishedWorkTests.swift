import Foundation
import LiaisonTestSupport
import Testing
@testable import LiaisonCore

/// What was finished is part of what was done: the handover lists the tasks closed and the
/// escalations resolved in its day, with how each ended and who closed it (R8, R10), so a
/// resolution that did not accept someone's view reaches the next shift, not only the search.
@Suite struct ReportFinishedWorkTests {
    @Test func tasksClosedAndEscalationsResolvedAreInTheHandoverOfTheirDay() throws {
        let f = try Fixture()
        let edith = try f.person("Edith Brown")
        let gp = try f.partner("Dr Patel")
        func at(_ day: Int, _ hour: Int, _ minute: Int) -> Date { ReportFixture.at(2026, 11, day, hour, minute) }
        f.clock.set(at(23, 9, 0))
        let call = try f.store.addTask(TaskDraft(title: "Call Dr Patel back", personID: edith.id, partnerID: gp.id, owner: "Kim Night", due: at(24, 15, 0)))
        let chart = try f.store.addTask(TaskDraft(title: "Send the fluid chart", personID: edith.id, due: at(24, 12, 0)))
        let open = try f.store.addTask(TaskDraft(title: "Book the review", due: at(26, 12, 0)))
        let dispute = try f.store.raiseEscalation(EscalationDraft(
            kind: .disagreement, summary: "GP declined a medication review", personID: edith.id, partnerID: gp.id, manager: "Ruth Okafor"))
        f.clock.set(at(23, 10, 0))
        let acknowledged = try f.store.acknowledge(dispute, note: "Manager rang the practice")
        // The day before: closed then, not this day's news.
        _ = try f.store.closeTask(chart, outcome: "Sent by email")
        f.clock.set(at(24, 16, 10))
        var closed = try f.store.closeTask(call, outcome: "Dose confirmed; chart updated")
        f.clock.set(at(24, 17, 0))
        _ = try f.store.resolve(acknowledged, outcome: "Practice kept its decision", viewAccepted: false,
                                reasonNotAccepted: "GP judged the current dose safe")
        // Corrected since by someone else: still closed by the one who closed it.
        f.clock.set(at(24, 18, 0))
        closed.outcome = "Dose confirmed; chart and care plan updated"
        _ = try Store(backend: f.store.backend, staff: "Ruth Okafor", clock: f.clock, calendar: Fixture.utc, timescales: .standard)
            .amend(closed, reason: "The care plan was updated too")

        let report = try HandoverReport.gather(from: f.store, day: at(24, 0, 0))
        #expect(report.tasksClosed.map(\.id) == [call.id])
        #expect(report.tasksClosed.first?.closedBy == "Amara Shift-Lead")
        #expect(report.tasksClosed.first?.outcome == "Dose confirmed; chart and care plan updated")
        #expect(report.escalationsResolved.map(\.id) == [dispute.id])
        #expect(!report.tasksClosed.contains { $0.id == open.id || $0.id == chart.id })
        let text = report.text()
        #expect(text.contains("""
            TASKS CLOSED (1)
            ----------------
              16:10  Task done: Call Dr Patel back · by Amara Shift-Lead
                     Outcome: Dose confirmed; chart and care plan updated
                     Owner: Kim Night · Person: Edith Brown · Partner: Dr Patel
                     was due 24 Nov 15:00 (1 h late)

            ESCALATIONS RESOLVED (1)
            ------------------------
              17:00  Resolved: Disagreement with a decision · by Amara Shift-Lead
                     GP declined a medication review
                     Outcome: Practice kept its decision
                     Our view not accepted, because: GP judged the current dose safe
                     Manager: Ruth Okafor · Person: Edith Brown · Partner: Dr Patel
                     raised 23 Nov 09:00 · 1 note on the way
            """), "\(text)")
        let markdown = report.markdown()
        #expect(markdown.contains("| 16:10 | Call Dr Patel back | Amara Shift-Lead | Dose confirmed; chart and care plan updated |"), "\(markdown)")
        #expect(markdown.contains("| Our view: GP judged the current dose safe | Ruth Okafor |"), "\(markdown)")
        let table = try #require(RFC4180Reader.table(report.csv()))
        let rows = table.filter { ["task-closed", "escalation-resolved"].contains($0["section"]) }
        #expect(rows.map { [$0["section"], $0["time"], $0["outcome"], $0["recorded_by"]] } == [
            ["task-closed", "2026-11-24 16:10", "Dose confirmed; chart and care plan updated", "Amara Shift-Lead"],
            ["escalation-resolved", "2026-11-24 17:00", "Practice kept its decision", "Amara Shift-Lead"],
        ])
        #expect(rows.last?["reason"] == "GP judged the current dose safe")
        let back = try HandoverReport.jsonDecoder.decode(HandoverReport.self, from: Data(report.json().utf8))
        #expect(back == report)

        // The day before holds the chart sent; a week holds both tasks.
        #expect(try HandoverReport.gather(from: f.store, day: at(23, 0, 0)).tasksClosed.map(\.id) == [chart.id])
        let week = try HandoverReport.gather(from: f.store, first: at(20, 0, 0), last: at(24, 0, 0))
        #expect(week.tasksClosed.map(\.id) == [chart.id, call.id])
        #expect(week.text().contains("  24 Nov 16:10  Task done: Call Dr Patel back"), "\(week.text())")
    }

    /// A report written before it listed what was finished still reads back.
    @Test func aReportWrittenBeforeFinishedWorkReadsBack() throws {
        let json = try ReportFixture().report().json()
        var object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["closedTasks"] != nil && object["resolvedEscalations"] != nil)
        object["closedTasks"] = nil
        object["resolvedEscalations"] = nil
        let report = try HandoverReport.jsonDecoder.decode(HandoverReport.self, from: try JSONSerialization.data(withJSONObject: object))
        #expect(report.tasksClosed.isEmpty && report.escalationsResolved.isEmpty)
        #expect(report.text().contains("TASKS CLOSED (0)") && report.text().contains("ESCALATIONS RESOLVED (0)"))
    }
}
