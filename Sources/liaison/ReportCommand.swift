import ArgumentParser
import Foundation
import LiaisonCore

/// `liaison report`: one day's handover as a document, from a store opened read-only.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Write a day's handover: contacts, advice and what is still owed.",
        discussion: """
            JSON is the lossless format. In text, Markdown and CSV, control characters and invisible \
            formatting are shown as symbols, and a CSV cell starting with =, +, -, @, a tab or a \
            carriage return gets a leading ' so no spreadsheet runs it as a formula.
            """)
    @OptionGroup var options: StoreOptions
    @Option(help: "The day to report, like 2026-11-20 (default: today).") var date: String?
    @Option(help: "text, markdown, csv (for spreadsheets) or json (lossless)") var format: String = "text"

    func run() throws {
        try reportingFailures {
            // Both are checked before the store is opened, so a typo is refused however the store is.
            let format = try ReportFormat.named(format)
            let day = try date.map { try DateInput.parse($0, field: "date") }
            let store = try options.open(.readOnly)
            let report = try HandoverReport.gather(from: store, day: day ?? store.clock.now)
            FileHandle.standardOutput.write(Data(try format.render(report).utf8))
        }
    }
}
