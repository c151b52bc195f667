import ArgumentParser
import LiaisonCore

struct AddContactCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "contact", abstract: "Record a contact with a partner, and any advice.")
    @OptionGroup var options: StoreOptions
    @Option(help: "The person's id or exact name.") var person: String
    @Option(help: "The partner's id or exact name.") var partner: String
    @Option(help: "phone, email, visit, meeting, video or letter") var channel: String
    @Option var summary: String
    @Option(help: "The advice or instruction, in the partner's words.") var advice: String?
    @Option(help: "When it happened (default: now).") var when: String?
    @Option(help: "incoming or outgoing") var direction: String?
    @Option(help: "requested, received or not-needed") var confirmation: String?
    @Option(name: .customLong("confirmation-note"), help: "How it was requested, its reference, or why none is needed.") var confirmationNote: String?
    @Option(name: .customLong("care-plan-change")) var carePlanChange: String?
    @Option(name: .customLong("care-plan-reason")) var carePlanReason: String?
    @Flag(help: "We shared information about the person.") var shared = false
    @Option(help: "best-interests or safeguarding, when sharing without a basis") var exception: String?
    @Option(help: "Why the exception applies.") var reason: String?
    @Option(name: .customLong("decided-by"), help: "Who decided (best interests) or authorised (safeguarding); default: you.") var decidedBy: String?
    @Option(name: .customLong("capacity-assessed-by"), help: "Best interests: who assessed that the person lacks capacity for this decision.") var capacityAssessedBy: String?
    @Option(name: .customLong("capacity-assessed-on"), help: "Best interests: the date of that assessment.") var capacityAssessedOn: String?
    @Option(name: .customLong("capacity-decision"), help: "Best interests: the decision capacity was assessed for.") var capacityDecision: String?
    @Option(help: "Best interests: who was consulted (family, advocate, professionals).") var consulted: String?
    @Option(help: "The partnership's nature in four words: low|high, inter-agency|single|multi, informal|formal, direct|indirect.") var nature: String?

    func run() throws {
        try reportingFailures {
            let store = try options.open(scope: .directory)
            var arguments = AddContactArguments(
                person: person, partner: partner, channel: channel, summary: summary, advice: advice, when: when,
                direction: direction, confirmation: confirmation, confirmationNote: confirmationNote,
                carePlanChange: carePlanChange, carePlanReason: carePlanReason, shared: shared, exception: exception, reason: reason)
            arguments.decidedBy = decidedBy
            arguments.capacityAssessedBy = capacityAssessedBy
            arguments.capacityAssessedOn = capacityAssessedOn
            arguments.capacityDecision = capacityDecision
            arguments.consulted = consulted
            arguments.nature = nature
            let contact = try store.add(contact: arguments)
            print(contact.id)
        }
    }
}
