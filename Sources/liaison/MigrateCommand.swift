import ArgumentParser
import Foundation
import LiaisonCore

/// `liaison migrate --from PATH --to postgresql://…`: moves a store file into a PostgreSQL
/// database that `liaison init` set up, checked record by record before it commits.
struct MigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Move a store file into a PostgreSQL database set up by liaison init.",
        discussion: """
            Everything is copied in one transaction, then read back and compared with the file record \
            by record before it commits; any difference, or a database that already holds a record, \
            leaves the database as it was. Prints each table's count and content hash (SHA-256 of every \
            id and body in id order). Run it as the server's administrator, so that each record keeps \
            who recorded it. The file is only read.
            """)

    @Option(help: ArgumentHelp("The store file to move, e.g. /srv/liaison/sunnyside/care.sqlite.", valueName: "path"))
    var from: String

    @Option(help: ArgumentHelp("The PostgreSQL database, e.g. postgresql:///care (set up first with liaison init).", valueName: "address"))
    var to: String

    func run() throws {
        try reportingFailures {
            guard let address = PostgresAddress(to) else {
                throw FieldError("to", "give a PostgreSQL address, e.g. postgresql:///care; a store file is copied with export and import")
            }
            guard !PostgresAddress.isAddress(from) else { throw FieldError("from", "give the store file to move") }
            let report = try StoreMigration.copy(from: from, to: address)
            print(InertText.visible("Moved \(from) into \(address.shown), every record checked against the file:"))
            for table in report.tables {
                print("  " + table.name.padding(toLength: 11, withPad: " ", startingAt: 0)
                    + String(table.records).leftPadded(9) + "  sha256 " + table.sha256)
            }
            if !report.homesAdded.isEmpty {
                print(InertText.visible("Homes added from the settings file: \(report.homesAdded.joined(separator: ", "))."))
            }
            print(InertText.visible("The file is left as it was. Point everyone at \(address.shown) now: what is saved to the file from now on is not in the database."))
        }
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
