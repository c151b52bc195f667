import ArgumentParser
import Foundation
import LiaisonCore

/// `liaison export`: everything, history included, to stdout or a file.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Write out every record, history included.")
    @OptionGroup var options: StoreOptions
    @Option(help: "json or csv") var format: String = "json"
    @Option(help: "Write to this file instead of stdout.") var output: String?

    func run() throws {
        try reportingFailures {
            let store = try options.open(.readOnly)
            let data: Data
            switch format.lowercased() {
            case "json": data = try store.exportJSON() + Data("\n".utf8)
            case "csv": data = Data(try store.exportCSV().utf8)
            default: throw FieldError("format", "“\(format)” is not one of: json, csv")
            }
            if let output {
                do {
                    try PrivateFile.save(data, to: output)
                } catch let failure as PrivateFile.Failure {
                    throw FieldError("output", "\(output) cannot be written: \(failure.reason)")
                }
            } else {
                FileHandle.standardOutput.write(data)
            }
        }
    }
}
