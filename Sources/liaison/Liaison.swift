import ArgumentParser
import Foundation
import LiaisonCore

/// The command line, and nothing more: every command hands its parsed arguments to a module.
@main
struct Liaison: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "liaison",
        abstract: "Record and review partnership working in adult social care.",
        subcommands: [
            DashboardCommand.self, DemoCommand.self, WallCommand.self,
            AddCommand.self, ReportCommand.self, ExportCommand.self, ImportCommand.self, CheckCommand.self,
            ThemesCommand.self,
        ],
        defaultSubcommand: DashboardCommand.self
    )

    /// ArgumentParser's own `main`, except that what it prints passes through `InertText`: its
    /// messages quote the arguments given (`Unknown option '…'`), which may hold escape sequences.
    static func main() {
        do {
            var command = try parseAsRoot()
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
