import ArgumentParser
import Foundation
import LiaisonCore

/// `liaison report`: one day's handover, or a period's record, as a document. Read-only unless
/// the incoming shift lead acknowledges the handover with `--acknowledge`.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a day's handover (contacts, advice, what is owed and due), or a period's record with --from/--to.",
        discussion: """
            JSON is the lossless format. In text, Markdown and CSV, control characters and invisible \
            formatting are shown as symbols, and a CSV cell starting with =, +, -, @, a tab or a \
            carriage return gets a leading ' so no spreadsheet runs it as a formula.
            """)
    @OptionGroup var options: StoreOptions
    @Option(help: "The day to report, e.g. yesterday, Mon, 27/11/2026, 2026-11-27 (default: today).") var date: String?
    @Option(help: "The first day of a period to report, e.g. 1/11/2026, 3 months ago, 2026-11-01.") var from: String?
    @Option(help: "The last day of the period, e.g. 30/11/2026, yesterday (default: today).") var to: String?
    @Option(help: "csv is for spreadsheets, json is lossless.") var format: ReportFormat = .text
    @Option(help: "Only contacts of this nature (R4): any of low, high, inter-agency, single, multi, informal, formal, direct, indirect, e.g. \"formal multi\".", transform: NatureArgument.filter) var nature: String?
    @Option(help: "Only this home's people and their work, by the home's id or name in any case, e.g. --home Elm. Without it, a group of homes gets every home's part in turn.") var home: String?
    @Flag(help: "Record that you, coming on shift, read this day's handover (with --home, that home's part); the report then names you.") var acknowledge = false

    func run() throws {
        try reportingFailures {
            // All are checked before the store is opened, so a typo is refused however the store is.
            let now = try testingClock().now
            let parse = { (order: DateOrder) in try ReportPeriod.parse(date: date, from: from, to: to, now: now, calendar: .current, order: order) }
            let readEarly = try options.readingDates(parse)
            let natureWords = try nature.map { try PartnershipNature.filterWords($0) } ?? []
            // Only --from makes a period, whatever order its days are read in.
            if acknowledge && date == nil && from != nil {
                throw FieldError("acknowledge", "a handover is one day's: give --date (or nothing, for today) with --acknowledge")
            }
            let store = try options.open(acknowledge ? .readWrite : .readOnly)
            let period = try readEarly ?? parse(store.dateOrder)
            // Every input is read before anything is saved: a home typed wrong refuses the
            // command, and must not leave an acknowledgement behind it.
            let home = try choosingHome { try self.home.map { try store.homes.resolve($0) } }
            if acknowledge {
                if let notice = store.unlistedStaffNotice { ClosingNotes.add(notice) }
                try store.acknowledgeHandover(of: period.days(now: store.clock.now).first, home: home)
            }
            if home == nil, !store.homes.isEmpty {
                let report = try GroupReport.gather(from: store, period: period, nature: natureWords)
                FileHandle.standardOutput.write(Data(try report.render(format).utf8))
                return
            }
            let report = try HandoverReport.gather(from: store, period: period, nature: natureWords, filter: store.filter(for: home))
            FileHandle.standardOutput.write(Data(try format.render(report).utf8))
        }
    }
}
