import ArgumentParser
import Foundation
import LiaisonCore

/// `liaison import FILE`: a JSON export into an empty store, all or nothing.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Load a JSON export into an empty store (make one with `liaison init`).",
        discussion: "The file is read as it comes, so an export of any size fits in a little memory; every problem is listed with its record and field, and nothing is written unless there are none.")
    @OptionGroup var options: StoreOptions
    @Argument(help: "A file written by `liaison export --format json`, e.g. care-2026-11.json; - reads standard input.") var file: String

    func run() throws {
        try reportingFailures {
            // The store is checked first: a damaged or newer store is refused whatever the file holds.
            let store = try options.open()
            let source = file == "-" ? try ImportFile.standardInput() : try ImportFile.open(file)
            let tally: ImportTally
            do {
                tally = try store.importJSON(from: source)
            } catch let refusal as ImportRefusal {
                for line in refusal.lines { say("liaison: \(line)") }
                throw FieldError("file", "\(file == "-" ? "standard input:" : file) \(refusal.description)")
            }
            print("Imported into \(InertText.visible(store.path)): \(tally).")
        }
    }
}
