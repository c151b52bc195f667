import ArgumentParser
import LiaisonCore

struct AddPersonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "person", abstract: "Add a person the service supports.")
    @OptionGroup var options: StoreOptions
    @Option var name: String
    @Option var preferred: String?
    @Option var location: String?
    @Option(name: .customLong("key-worker")) var keyWorker: String?
    @Option(help: "consent, representative, best-interests, safeguarding, none or withdrawn") var basis: String?
    @Option(name: .customLong("basis-by"), help: "The attorney or deputy, who decided, or who authorised.") var basisBy: String?
    @Option(name: .customLong("basis-reason")) var basisReason: String?
    @Option(name: .customLong("basis-review")) var basisReview: String?

    func run() throws {
        try reportingFailures {
            let store = try options.open(scope: .directory)
            let person = try store.add(person: AddPersonArguments(
                name: name, preferred: preferred, location: location, keyWorker: keyWorker, basis: basis,
                basisBy: basisBy, basisReason: basisReason, basisReview: basisReview))
            print(person.id)
        }
    }
}
