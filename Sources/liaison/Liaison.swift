import ArgumentParser

/// The command line, and nothing more: every command hands its parsed arguments to a module.
@main
struct Liaison: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "liaison",
        abstract: "Record and review partnership working in adult social care.",
        subcommands: [
            DashboardCommand.self, DemoCommand.self, WallCommand.self,
            AddCommand.self, ConfirmCommand.self, LeaveCommand.self, ReadmitCommand.self, ReportCommand.self, ExportCommand.self, ImportCommand.self, CheckCommand.self,
            ThemesCommand.self,
        ],
        defaultSubcommand: DashboardCommand.self
    )
}
