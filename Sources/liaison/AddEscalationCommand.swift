import ArgumentParser
import LiaisonCore

struct AddEscalationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "escalation", abstract: "Raise a disagreement, concern or complaint.")
    @OptionGroup var options: StoreOptions
    @Option(help: "\(Escalation.Kind.allCases.map(\.rawValue).joined(separator: ", "))") var kind: String
    @Option var summary: String
    @Option var person: String?
    @Option var partner: String?
    @Option(help: "The manager told; picked from the staff list in the store's settings file when it has one.") var manager: String?
    @Flag(help: "Urgent: its own, shorter timescales (by default acknowledged within 4 hours, resolved within 3 days).") var urgent = false
    @Option(name: .customLong("their-reference")) var theirReference: String?
    @Option(name: .customLong("sent-on")) var sentOn: String?

    func run() throws {
        try reportingFailures {
            let store = try options.open(scope: .directory)
            let escalation = try store.add(
                escalationOfKind: kind, summary: summary, person: person, partner: partner, manager: manager,
                theirReference: theirReference, sentOn: sentOn, urgent: urgent)
            print(escalation.id)
        }
    }
}
