import ArgumentParser
import Foundation
import Dashboard
import LiaisonCore
import TerminalUI

/// `liaison demo`: a store of realistic sample data in its own file, then the dashboard on it.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "demo", abstract: "Create a store of sample data and open it.")
    @OptionGroup var options: StoreOptions
    @Option(help: "The same seed gives the same sample data.") var seed: UInt64 = 1
    @Flag(name: .customLong("no-open"), help: "Only write the store; do not open the dashboard.") var noOpen = false

    func run() throws {
        try reportingFailures {
            let path = StoreLocation.resolveDemo(flag: options.store)
            let store = try Store.open(path: path, staff: options.staffName)
            if try store.isEmpty() {
                try store.fillWithDemo(seed: seed)
            } else {
                FileHandle.standardError.write(Data("liaison: \(path) already holds records; opening it without adding sample data.\n".utf8))
            }
            if noOpen {
                print(path)
            } else {
                try openDemoDashboard(path: path, staff: options.staffName)
            }
        }
    }

    /// The dashboard on the demo store, with entry forms and drafts kept beside the store.
    func openDemoDashboard(path: String, staff: String) throws {
        let store = try Store.open(path: path, staff: staff)
        let reason: ExitReason
        do {
            reason = try Dashboard.run(store: store, drafts: DraftStore(storePath: path, staff: staff))
        } catch let error as TerminalError {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode(1)
        }
        if case .signal(let number) = reason { throw ExitCode(128 + number) }
    }
}
