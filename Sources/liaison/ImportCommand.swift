import ArgumentParser
import Foundation
import LiaisonCore

/// `liaison import FILE`: a JSON export into an empty store, all or nothing.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "Load a JSON export into a new, empty store.")
    @OptionGroup var options: StoreOptions
    @Argument(help: "A file written by `liaison export --format json`.") var file: String

    func run() throws {
        try reportingFailures {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw FieldError("file", "\(file) cannot be read")
            }
            let store = try options.open()
            try store.importJSON(data)
            let c = store.counts
            print("Imported into \(store.path): \(store.people.count) people, \(c.partners) partners.")
        }
    }
}
