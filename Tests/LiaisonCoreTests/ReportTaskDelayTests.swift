import Foundation
import LiaisonTestSupport
import Testing
@testable import LiaisonCore

/// A task put back is not like any other (R8): the handover says how many times, when, by whom,
/// why, and whether the partner knows, for tasks due soon and overdue alike, so the next shift
/// does not promise the partner what was already moved twice.
@Suite struct ReportTaskDelayTests {
    @Test func aTaskPutBackSaysSoInEveryFormat() throws {
        let f = try Fixture()
        let edith = try f.person("Edith Brown")
        let gp = try f.partner("Dr Patel")
        func at(_ day: Int, _ hour: Int, _ minute: Int) -> Date { ReportFixture.at(2026, 11, day, hour, minute) }
        f.clock.set(at(24, 9, 0))
        var chart = try f.store.addTask(TaskDraft(title: "Send the fluid chart", personID: edith.id, partnerID: gp.id, owner: "Kim Night", due: at(24, 12, 0)))
        let late = try f.store.addTask(TaskDraft(title: "Book the review", personID: edith.id, due: at(24, 10, 0)))
        f.clock.set(at(24, 11, 0))
        chart = try f.store.logDelay(chart, note: "Chart not totalled", partnerInformed: true, newDue: at(24, 16, 0))
        f.clock.set(at(24, 15, 0))
        chart = try f.store.logDelay(chart, note: "Surgery closed early", partnerInformed: false, newDue: at(25, 10, 0))
        _ = try f.store.logDelay(late, note: "Waiting for the GP's list", partnerInformed: true)
        f.clock.set(at(24, 16, 0))

        let report = try HandoverReport.gather(from: f.store, day: at(24, 0, 0))
        #expect(report.dueSoon.map(\.id) == [chart.id] && report.dueSoon[0].delays == 2)
        #expect(report.overdueTasks.map(\.id) == [late.id] && report.overdueTasks[0].delays == 1)
        let text = report.text(width: 200)
        #expect(text.contains("Put back twice, last 24 Nov 15:00 by Amara Shift-Lead: Surgery closed early; partner not told"), "\(text)")
        #expect(text.contains("Put back once, last 24 Nov 15:00 by Amara Shift-Lead: Waiting for the GP's list; partner told"), "\(text)")
        let markdown = report.markdown()
        #expect(markdown.contains("| Put back twice, last 24 Nov 15:00 by Amara Shift-Lead: Surgery closed early; partner not told |"), "\(markdown)")
        let csv = report.csv()
        #expect(csv.contains("Surgery closed early") && csv.contains("Waiting for the GP's list"), "\(csv)")
        let json = try report.json()
        #expect(json.contains(#""delays" : 2"#) && json.contains(#""note" : "Surgery closed early""#), "\(json)")
        // A task never put back says nothing of delays.
        let plain = try f.store.addTask(TaskDraft(title: "Order dressings", due: at(25, 9, 0)))
        let again = try HandoverReport.gather(from: f.store, day: at(24, 0, 0))
        #expect(again.dueSoon.first { $0.id == plain.id }?.delays == nil)
    }
}
