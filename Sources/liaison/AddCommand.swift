import ArgumentParser

/// `liaison add …`: one record from a script; prints its id alone on stdout.
struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add one record and print its id.",
        subcommands: [AddPersonCommand.self, AddPartnerCommand.self, AddContactCommand.self, AddTaskCommand.self, AddEscalationCommand.self]
    )
}
