import ArgumentParser
import Dashboard

@main
struct Liaison: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "liaison",
        abstract: "Record and review partnership working in adult social care.",
        subcommands: [AddCommand.self, ExportCommand.self, ImportCommand.self, CheckCommand.self, DemoCommand.self]
    )

    func run() throws {
        print("Liaison")
    }
}
