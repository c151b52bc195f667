import ArgumentParser
import Foundation
import LiaisonCore

/// The command line, and nothing more: every command hands its parsed arguments to a module.
@main
struct Liaison: ParsableCommand {
    /// This release; `liaison --version` prints it.
    static let version = "0.2.0"

    static let configuration = CommandConfiguration(
        commandName: "liaison",
        abstract: "Record and review partnership working in adult social care.",
        version: version,
        subcommands: [
            DashboardCommand.self, InitCommand.self, DemoCommand.self, WallCommand.self,
            AddCommand.self, ConfirmCommand.self, LeaveCommand.self, ReadmitCommand.self, ReportCommand.self, ExportCommand.self, ImportCommand.self, CheckCommand.self,
            MigrateCommand.self,
            ThemesCommand.self,
        ],
        defaultSubcommand: DashboardCommand.self
    )

    /// Shapes the arguments first (see `CommandLineShape`), then parses and runs them.
    static func main() {
        var commands: [String: [String]] = [:]
        for command in configuration.subcommands {
            var subcommands: [String] = []
            for subcommand in command.configuration.subcommands {
                if let name = subcommand.configuration.commandName { subcommands.append(name) }
            }
            commands[command.configuration.commandName ?? ""] = subcommands
        }
        switch CommandLineShape(commands: commands).shape(Array(CommandLine.arguments.dropFirst())) {
        case .run(let arguments):
            run(arguments)
        case .refuse(let message):
            FileHandle.standardError.write(Data((InertText.visible(message, keepingLineBreaks: true) + "\n").utf8))
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
    }

    /// ArgumentParser's own `main(_:)`, except that what it prints passes through `InertText`:
    /// its messages quote the arguments given (`Unknown option '…'`), which may hold escape sequences.
    static func run(_ arguments: [String]) {
        do {
            var command = try CommandRoute.parse(arguments)
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = InertText.visible(fullMessage(for: error), keepingLineBreaks: true)
            if !message.isEmpty {
                let stream = code == .success ? FileHandle.standardOutput : FileHandle.standardError
                stream.write(Data((message + "\n").utf8))
            }
            Foundation.exit(code.rawValue)
        }
    }
}
