import Foundation
import LiaisonTestSupport
import Testing
@testable import LiaisonCore

/// The CSV format read back by an independent RFC 4180 reader, as a spreadsheet would read it.
@Suite struct ReportCSVTests {
    @Test func everyRecordEndsInCRLFAndHasEveryColumn() throws {
        let csv = try ReportFixture().report().csv()
        #expect(csv.hasSuffix("\r\n"))
        let rows = try #require(RFC4180Reader.parse(csv))
        #expect(rows.first == HandoverReport.csvColumns)
        #expect(rows.allSatisfy { $0.count == HandoverReport.csvColumns.count })
        // 2 contacts, 2 to chase, 1 to decide, 1 due soon, 1 basis, 1 correction, 1 overdue task, 1 escalation,
        // 1 sharing exception.
        #expect(rows.dropFirst().map { $0[0] } == [
            "contact", "contact", "chase", "chase", "decide", "due-soon", "basis", "correction", "overdue-task", "escalation",
            "sharing-exception",
        ])
    }

    /// The export's CSV is written by the report's writer: CRLF everywhere, so the same reader reads
    /// both, and a comma or quote in a name is quoted the same way (it once ended lines in LF alone).
    @Test func theExportIsWrittenByTheSameWriter() throws {
        let f = try Fixture()
        _ = try f.store.addPerson(PersonDraft(name: "Brown, \"Edie\""))
        let csv = try f.store.exportCSV()
        let rows = try #require(RFC4180Reader.parse(csv))
        #expect(rows.first == ["# people"])
        let header = try #require(rows.dropFirst().first)
        let edith = try #require(rows.dropFirst(2).first)
        #expect(edith[try #require(header.firstIndex(of: "name"))] == "Brown, \"Edie\"")
        #expect(csv.contains(RFC4180.field("Brown, \"Edie\"")))
    }

    @Test func adviceWithCommasQuotesAndANewlineRoundTrips() throws {
        let csv = try ReportFixture().report().csv()
        let table = try #require(RFC4180Reader.table(csv))
        let advice = table.filter { $0["section"] == "contact" }.map { $0["advice"] }
        #expect(advice.first == ReportFixture.awkwardAdvice)
        // The quotes are doubled inside a quoted field, and the line break inside it is kept.
        #expect(csv.contains(#""Give 5 ml, twice a day.\#nIf she says ""stop"" | feels dizzy, call 111""#))
        let chased = table.filter { $0["section"] == "chase" }.map { $0["advice"] }
        #expect(chased.last == ReportFixture.awkwardAdvice)
    }

    @Test func rowsCarryTheirSectionsFacts() throws {
        let table = try #require(RFC4180Reader.table(try ReportFixture().report().csv()))
        let first = try #require(table.first { $0["section"] == "contact" })
        #expect(first["day"] == "2026-11-25")
        #expect(first["time"] == "2026-11-25 08:15")
        #expect(first["partner"] == "Dr Patel")
        #expect(first["role"] == "gp")
        #expect(first["confirmation"] == "requested")
        #expect(first["care_plan_change"] == "Medication chart: add the new syrup")
        #expect(first["reviewed"] == "yes")
        #expect(first["reviewed_by"] == "Amara Shift-Lead")
        let exception = try #require(table.first { $0["section"] == "sharing-exception" })
        #expect(exception["person"] == "Arthur Lee")
        #expect(exception["exception"] == "best-interests")
        #expect(exception["basis"] == "none")
        #expect(exception["reason"] == "He needs treatment today and no one can consent for him")
        let task = try #require(table.first { $0["section"] == "overdue-task" })
        #expect(task["hours_overdue"] == "2")
        #expect(task["kind"] == "promise")
        let escalation = try #require(table.first { $0["section"] == "escalation" })
        #expect(escalation["manager"] == "Rosa Grant")
        #expect(escalation["next_due"] == "2026-11-27 09:40")
        let waits = table.filter { $0["section"] == "chase" }.map { $0["waiting_hours"] }
        #expect(waits == ["19", "1"])
    }

    @Test func anEmptyDayStillHasItsHeaderAndWhatIsOwed() throws {
        let csv = try ReportFixture().report(ReportFixture.at(2026, 11, 20, 12, 0)).csv()
        let rows = try #require(RFC4180Reader.parse(csv))
        #expect(rows.first == HandoverReport.csvColumns)
        #expect(!rows.contains { $0[0] == "contact" || $0[0] == "sharing-exception" })
        #expect(rows.contains { $0[0] == "chase" })
    }

    @Test func fieldsAreQuotedOnlyWhenTheyMustBe() {
        #expect(RFC4180.field("plain text") == "plain text")
        #expect(RFC4180.field("a,b") == "\"a,b\"")
        #expect(RFC4180.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(RFC4180.field("one\r\ntwo") == "\"one\r\ntwo\"")
        // A lone CR would send a terminal's cursor back over the line: it is shown, not obeyed.
        #expect(RFC4180.field("one\rtwo") == "one␍two")
        #expect(RFC4180.record(["a", "b,c"]) == "a,\"b,c\"\r\n")
    }
}

/// A small RFC 4180 reader written apart from the writer, so the two cannot share a mistake.
/// Returns nil for input a spreadsheet would reject: a bare quote inside an unquoted field,
/// text after a closing quote, a record not ended by CRLF, an unclosed quote.
enum RFC4180Reader {
    static func parse(_ text: String) -> [[String]]? {
        var rows: [[String]] = [], row: [String] = [], field = ""
        var scalars = Array(text.unicodeScalars)[...]
        var quoted = false, wasQuoted = false
        while let c = scalars.popFirst() {
            if quoted {
                if c == "\"" {
                    if scalars.first == "\"" { scalars.removeFirst(); field.unicodeScalars.append("\"") } else { quoted = false }
                } else {
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"":
                guard field.isEmpty, !wasQuoted else { return nil }
                quoted = true
                wasQuoted = true
            case ",":
                row.append(field)
                (field, wasQuoted) = ("", false)
            case "\r":
                guard scalars.popFirst() == "\n" else { return nil }
                row.append(field)
                rows.append(row)
                (row, field, wasQuoted) = ([], "", false)
            default:
                guard !wasQuoted, c != "\n" else { return nil }
                field.unicodeScalars.append(c)
            }
        }
        guard !quoted, row.isEmpty, field.isEmpty else { return nil }
        return rows
    }

    /// The rows after the header, each keyed by its column's name.
    static func table(_ text: String) -> [[String: String]]? {
        guard let rows = parse(text), let header = rows.first else { return nil }
        return rows.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }
}
