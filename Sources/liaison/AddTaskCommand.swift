import ArgumentParser
import LiaisonCore

struct AddTaskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "task", abstract: "Add a task or a promise with its due time.")
    @OptionGroup var options: StoreOptions
    @Option var title: String
    @Option var person: String?
    @Option var partner: String?
    @Option(help: "One of our staff or a partner (default: you).") var owner: String?
    @Option var due: String
    @Flag(help: "A courtesy promise, such as a call back.") var promise = false

    func run() throws {
        try reportingFailures {
            let store = try options.open(scope: .directory)
            print(try store.add(taskTitled: title, person: person, partner: partner, owner: owner, due: due, promise: promise).id)
        }
    }
}
