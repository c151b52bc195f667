import ArgumentParser
import Foundation
import Dashboard
import TerminalUI

@main
struct Liaison: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "liaison",
        abstract: "Record and review partnership working in adult social care.",
        subcommands: [DashboardCommand.self],
        defaultSubcommand: DashboardCommand.self
    )
}

/// `liaison` with no subcommand: the dashboard.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Open the dashboard (the default)."
    )

    func run() throws {
        let reason: ExitReason
        do {
            reason = try Dashboard.run()
        } catch let error as TerminalError {
            // One plain line: ArgumentParser's "Error:" prefix and usage text would only add noise.
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode(1)
        }
        if case .signal(let number) = reason { throw ExitCode(128 + number) }
    }
}
