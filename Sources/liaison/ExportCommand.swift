import ArgumentParser
import Foundation
import LiaisonCore

/// `liaison export`: everything, history included, to stdout or a file.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write out every record, history included.",
        discussion: """
            JSON is the lossless format: `liaison import` reads it back exactly. CSV is for \
            spreadsheets: a cell starting with =, +, -, @, a tab or a carriage return gets a leading ' \
            so no spreadsheet runs it as a formula, and invisible control characters are shown as \
            symbols, so CSV cannot be imported back.
            """)
    @OptionGroup var options: StoreOptions
    @Option(help: "json is lossless, for import; csv is for spreadsheets.") var format: ExportFormat = .json
    @Option(help: "Write to this new file instead of stdout, e.g. ~/care-2026-11.json. Never the store or another SQLite database.") var output: String?
    @Flag(help: "Replace the --output file if it exists (never the store or a database).") var force = false
    @Flag(help: "From a damaged store: every readable record, plus the damaged rows as they are, as JSON.") var salvage = false

    func run() throws {
        try reportingFailures {
            if let output {
                // Before the store is read: a refused target must not cost anyone a wait.
                try ExportTarget.check(output: output, storePath: options.path, force: force)
            }
            if salvage {
                guard format == .json else { throw FieldError("format", "a salvage is written as JSON only") }
                let doc = try Salvage.document(path: options.path)
                let data = try doc.json() + Data("\n".utf8)
                try write { sink in try sink.write(bytes: data) }
                if let damaged = doc.damaged {
                    FileHandle.standardError.write(Data("liaison: \(damaged.count) damaged row(s) kept as found under “damaged”.\n".utf8))
                }
                return
            }
            let csv = format == .csv
            let store = try options.open(.readOnly, scope: .lookup, readsSettings: false)
            // Streamed: records go out as they are read, so any store exports in the same memory.
            try write { sink in
                if csv {
                    try store.exportCSV(to: sink)
                } else {
                    try store.exportJSON(to: sink)
                    try sink.write("\n")
                }
            }
        }
    }

    /// Runs `produce` into the --output file (which appears only once complete) or stdout.
    private func write(_ produce: (ByteSink) throws -> Void) throws {
        guard let output else {
            let sink = ByteSink(descriptor: STDOUT_FILENO)
            try produce(sink)
            try sink.flush()
            return
        }
        do {
            try PrivateFile.save(to: output, existing: force ? .replace : .keep) { fd in
                let sink = ByteSink(descriptor: fd)
                try produce(sink)
                try sink.flush()
            }
        } catch let failure as PrivateFile.Failure {
            let reason = failure.code == EEXIST && !force ? "it already exists; add --force to replace it" : failure.reason
            throw FieldError("output", "\(output) cannot be written: \(reason)")
        }
    }
}
